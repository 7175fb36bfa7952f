/**
 * JSON for a `<script type="application/ld+json">` element. JSON.stringify leaves `<`, `>`
 * and `&` as they are, so a listing whose text holds `</script>` (or `<!--`) would end the
 * element early and the rest would be parsed as HTML. Each of them is written as its JSON
 * escape (`\u003c`...), which JSON parsers read back as the same character; U+2028 and
 * U+2029 are escaped too, for parsers that treat the text as JavaScript.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
