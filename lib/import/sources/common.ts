import { z } from "zod";
import { SourceError, type RawPosting, type Skip, type SourceRead } from "../types";

/**
 * JSON.parse's reviver for sources: NUL characters ("\\u0000") are dropped from every string,
 * since Postgres refuses them in text and one would fail the whole sync's transaction.
 */
export const withoutNul = (_key: string, value: unknown) =>
  typeof value === "string" && value.includes("\0") ? value.replaceAll("\0", "") : value;

/** The JSON of a source's answer (NULs dropped, see withoutNul), or a SourceError saying it was not JSON. */
export function parseJson(body: string, what: string): unknown {
  try {
    return JSON.parse(body, withoutNul);
  } catch {
    throw new SourceError(`${what} answered with something that is not JSON`);
  }
}

/** A date a source wrote (ISO text or epoch milliseconds), or null when it is not one. */
export function toDate(v: unknown): Date | null {
  if (typeof v !== "string" && typeof v !== "number") return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** An http(s) URL, or null: a posting without one has nowhere to apply. */
export const httpUrl = z
  .string()
  .trim()
  .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol));

/** Text that may be missing or null at the source. */
export const maybeText = z.string().nullish();

/**
 * Reads each item of a source's list on its own: an item the schema refuses is skipped with
 * the fields it lacks (one bad posting never stops the others).
 */
export function readEach<T>(
  items: unknown[],
  schema: z.ZodType<T>,
  toRaw: (item: T) => RawPosting,
  idOf: (item: unknown) => string | null,
): SourceRead {
  const postings: RawPosting[] = [];
  const skipped: Skip[] = [];
  for (const item of items) {
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((i) => i.path.join(".") || "posting"))].join(", ");
      skipped.push({ externalId: idOf(item), reason: `missing or invalid: ${fields}` });
      continue;
    }
    postings.push(toRaw(parsed.data));
  }
  return { postings, skipped };
}

export const idField = (key: string) => (item: unknown) => {
  const v = item && typeof item === "object" ? (item as Record<string, unknown>)[key] : undefined;
  return typeof v === "string" || typeof v === "number" ? String(v) : null;
};

export const nonEmpty = z.string().trim().min(1);
