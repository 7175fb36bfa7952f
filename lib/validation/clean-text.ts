/*
 * Zod-free, so browser code can use it without loading zod (lib/search/query-string.ts).
 * lib/validation/fields.ts builds its schemas on it.
 */

/** C0 controls other than tab, LF and CR, DEL, C1 controls, and the non-characters U+FFFE/U+FFFF. */
const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
/**
 * In one line (names, titles, search text) also the bidirectional embeddings, overrides and
 * isolates (U+202A-U+202E, U+2066-U+2069): right-to-left text needs none of them, and an
 * override makes a name read backwards (the "Trojan Source" spoofing, CVE-2021-42574).
 */
const FORBIDDEN_IN_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;
/** A lone UTF-16 surrogate (invalid in UTF-8, XML and Postgres text). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether text is safe to store and to show in HTML and XML (multi-line: tabs and newlines allowed). */
export function isCleanText(value: string, multiline = false): boolean {
  return !(multiline ? FORBIDDEN_IN_TEXT : FORBIDDEN_IN_LINE).test(value) && !LONE_SURROGATE.test(value);
}
