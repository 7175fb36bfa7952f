/** Keyset cursors: the sort key of the last row seen, opaque to clients (base64url JSON). */
export type NewestCursor = { p: string; id: number };

export function encodeCursor(value: NewestCursor): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** Returns null for anything that is not a cursor this module made. */
export function decodeCursor(raw: string): NewestCursor | null {
  if (raw.length > 200 || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (
      typeof value === "object" &&
      value !== null &&
      typeof (value as NewestCursor).p === "string" &&
      !Number.isNaN(Date.parse((value as NewestCursor).p)) &&
      Number.isSafeInteger((value as NewestCursor).id)
    ) {
      return { p: (value as NewestCursor).p, id: (value as NewestCursor).id };
    }
  } catch {
    // fall through
  }
  return null;
}
