/**
 * Text for an XML element or attribute (Atom feeds): markup characters escaped, and the
 * characters XML 1.0 forbids anywhere (C0 controls but tab, LF and CR; lone surrogates;
 * U+FFFE and U+FFFF; https://www.w3.org/TR/xml/#charsets) removed, so one bad title
 * stored before the input checks existed cannot make a whole feed ill-formed.
 */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}
