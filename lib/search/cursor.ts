/** Keyset cursors, opaque to clients (base64url JSON). Each names the sort it belongs to. */
export type SearchSort = "relevance" | "newest" | "salary" | "match";

export type Cursor =
  // newest: the last row's published_at and id
  | { s: "newest"; p: string; id: number }
  // salary: the last row's annual USD top of range (null sorts last) and id
  | { s: "salary"; v: number | null; id: number }
  // relevance, tier 0: inside the ranked candidate set (score, published_at, id);
  // tier 1: past it, matches older than the set, newest first
  | { s: "relevance"; t: 0; r: number; p: string; id: number }
  | { s: "relevance"; t: 1; p: string; id: number }
  // match (signed in): the last row's match score (lib/matches/sql.ts), published_at and id
  | { s: "match"; m: number; p: string; id: number };

// btoa/atob work in browsers and Node alike; cursor JSON is plain ASCII.
const toBase64Url = (text: string) => btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const fromBase64Url = (raw: string) => atob(raw.replace(/-/g, "+").replace(/_/g, "/"));

export function encodeCursor(c: Cursor): string {
  return toBase64Url(JSON.stringify(c));
}

// Checked after decoding: a hand-made cursor reaches SQL only with the types and ranges
// its columns take (integer ids and scores, timestamps as this module wrote them).
const MAX_INT = 2_147_483_647;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const isDate = (v: unknown): v is string =>
  typeof v === "string" &&
  ISO_INSTANT.test(v) &&
  v >= "1970" &&
  v < "3000" &&
  // A real calendar day (no February 30th), which Date.parse alone would roll over.
  !Number.isNaN(Date.parse(v)) &&
  new Date(v).toISOString().slice(0, 19) === v.slice(0, 19);
const isInt = (v: unknown): v is number => Number.isSafeInteger(v) && Math.abs(v as number) <= MAX_INT;
const isId = (v: unknown): v is number => isInt(v) && v > 0;

/** Null for anything this module did not make. */
export function decodeCursor(raw: string): Cursor | null {
  if (raw.length > 400 || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  let v: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(fromBase64Url(raw));
    if (typeof parsed !== "object" || parsed === null) return null;
    v = parsed as Record<string, unknown>;
  } catch {
    return null;
  }
  if (!isId(v.id)) return null;
  if (v.s === "newest" && isDate(v.p)) return { s: "newest", p: v.p, id: v.id };
  if (v.s === "salary" && (v.v === null || isInt(v.v))) return { s: "salary", v: v.v as number | null, id: v.id };
  if (v.s === "relevance" && v.t === 0 && isInt(v.r) && isDate(v.p))
    return { s: "relevance", t: 0, r: v.r as number, p: v.p, id: v.id };
  if (v.s === "relevance" && v.t === 1 && isDate(v.p)) return { s: "relevance", t: 1, p: v.p, id: v.id };
  if (v.s === "match" && isInt(v.m) && isDate(v.p)) return { s: "match", m: v.m as number, p: v.p, id: v.id };
  return null;
}
