import { decodeHTML } from "entities";
import TurndownService from "turndown";
import { safeHref } from "@/lib/markdown/markdown";
import { DESCRIPTION_MAX } from "@/lib/recruiters/validation";

/*
 * Imported descriptions arrive as HTML; listings store the project's Markdown, which
 * lib/markdown renders with raw HTML off (typed tags stay text), links only through
 * safeHref() and images off. So the HTML is converted, never kept: turndown (a kept
 * converter) turns structure into Markdown, and elements that carry no text for a reader
 * (scripts, styles, frames, forms, images) are dropped with their content. Whatever markup
 * survives as text is escaped by the renderer like anything a recruiter types.
 */

const turndown = new TurndownService({
  headingStyle: "atx",
  bulletListMarker: "-",
  codeBlockStyle: "fenced",
  emDelimiter: "*",
});
// Added rules outrank turndown's own (its image rule would otherwise keep images).
turndown.addRule("drop", {
  filter: ["script", "style", "iframe", "object", "embed", "form", "img", "noscript", "template", "head"],
  replacement: () => "",
});
// A link the renderer would refuse (javascript:, relative, data:) keeps only its words.
turndown.addRule("unsafeLink", {
  filter: (node) => node.nodeName === "A" && !safeHref(node.getAttribute("href") ?? ""),
  replacement: (content) => content,
});

/** The note appended where an oversized description was cut. */
export const CUT_NOTE = "*This description was cut to fit; the full text is on the company's page.*";
export const EMPTY_NOTE = "*The company published no description; see its page for details.*";

/**
 * Markdown for a description published as HTML, at most DESCRIPTION_MAX (20,000)
 * characters: a longer one is cut at the last paragraph (else line, else word) that fits
 * and ends with CUT_NOTE. `entityEncoded`: the HTML itself is entity-escaped, as in
 * Greenhouse's `content` ("&lt;p&gt;…"), so it is decoded once first.
 */
export function htmlToMarkdown(html: string, options: { entityEncoded?: boolean } = {}): string {
  const decoded = options.entityEncoded ? decodeHTML(html) : html;
  // Bound the work before parsing: turndown's parser (domino) and turndown itself recurse
  // once per nesting level, so a posting nested thousands deep ran for minutes and then threw
  // "Maximum call stack size exceeded". Past HTML_MAX characters the rest could never fit in
  // DESCRIPTION_MAX anyway; past DEPTH_MAX levels the structure is not a reader's, so it is
  // flattened to its text (paragraphs kept) instead of being converted.
  const cut = decoded.length > HTML_MAX;
  // A tag cut in two goes too.
  const source = cut ? decoded.slice(0, HTML_MAX).replace(/<[^<>]*$/, "") : decoded;
  const converted =
    nestingDepth(source) > DEPTH_MAX
      ? flattenToText(source)
      : turndown
          .turndown(source)
          // Non-breaking spaces (from &nbsp;) read as spaces; three or more blank lines as one.
          .replace(/\u00a0/g, " ")
          .replace(/\n{3,}/g, "\n\n")
          .trim();
  if (!converted) return cut ? CUT_NOTE : EMPTY_NOTE;
  const markdown = cutDescription(converted);
  return cut && !markdown.endsWith(CUT_NOTE) ? `${markdown}\n\n${CUT_NOTE}` : markdown;
}

/**
 * The most HTML (characters, after entity decoding) a description is converted from: ten
 * times DESCRIPTION_MAX, room for markup around 20,000 characters of text. The rest is cut
 * (with CUT_NOTE) before parsing, so no posting costs more than this much parsing.
 */
export const HTML_MAX = 10 * DESCRIPTION_MAX;

/**
 * The deepest tag nesting converted as structure. Real descriptions nest a few levels (a list
 * in a list in a div); 64 leaves a wide margin and stays far below the depth at which the
 * parser's recursion exhausts the stack (a few thousand levels, measured with 2,000).
 */
export const DEPTH_MAX = 64;

// Elements that never hold children, so their start tags do not deepen the nesting.
const VOID = new Set("area base br col embed hr img input link meta param source track wbr".split(" "));
// Elements whose end tag may be left out: a second one in a row closes the first.
const SELF_ENDING = new Set("p li dt dd option tr td th".split(" "));

/**
 * The deepest nesting of tags in `html` (0 for plain text), found in one scan of its tags
 * before anything is parsed: a start tag opens a level (not void or self-closed ones; a
 * <p>, <li>, <dt>, <dd>, <option>, <tr>, <td> or <th> right inside one of its kind closes
 * that one first, as parsers do), an end tag closes up to its open element (one never opened
 * is ignored). The scan stops once the depth passes `stopAt` (answering stopAt + 1), which
 * keeps it linear in the length of `html`.
 */
export function nestingDepth(html: string, stopAt = DEPTH_MAX): number {
  const open: string[] = [];
  let deepest = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    if (m[3] || VOID.has(name)) continue;
    if (SELF_ENDING.has(name) && open.at(-1) === name) open.pop();
    open.push(name);
    deepest = Math.max(deepest, open.length);
    if (deepest > stopAt) return stopAt + 1;
  }
  return deepest;
}

/**
 * `html` without its script and style elements (content included), in one pass: a lazy
 * regular expression would rescan the rest of the text for every unclosed "<script".
 * An unclosed one drops everything after it, as a browser would not show it either.
 */
function dropScripts(html: string): string {
  const lower = html.toLowerCase();
  let out = "";
  let from = 0;
  for (;;) {
    const open = /<(script|style)\b/g;
    open.lastIndex = from;
    const m = open.exec(lower);
    if (!m) return out + html.slice(from);
    out += `${html.slice(from, m.index)} `;
    const close = lower.indexOf(`</${m[1]}`, m.index);
    if (close < 0) return out;
    const end = lower.indexOf(">", close);
    if (end < 0) return out;
    from = end + 1;
  }
}

/**
 * The text of an HTML fragment as Markdown paragraphs, without parsing it: block tags become
 * line breaks, other tags go, entities are decoded, and Markdown's own signs are escaped so the
 * text reads as written. Used for descriptions nested deeper than DEPTH_MAX.
 */
function flattenToText(html: string): string {
  const text = decodeHTML(
    dropScripts(html)
      .replace(/<\/?(p|div|li|ul|ol|h[1-6]|br|tr|table|section|article|blockquote|pre)\b[^<>]*>/gi, "\n")
      .replace(/<[^<>]*>/g, " "),
  );
  return text
    .split("\n")
    .map((line) => line.replace(/[\s\u00a0]+/g, " ").trim())
    .filter(Boolean)
    .map((line) =>
      line
        .replace(/[\\`*_[\]#<>|~]/g, "\\$&")
        .replace(/^(\d+)\./, "$1\\.")
        .replace(/^([-+])/, "\\$1"),
    )
    .join("\n\n");
}

/** `markdown` itself when it fits DESCRIPTION_MAX, else its longest head that does, plus CUT_NOTE. */
export function cutDescription(markdown: string, max = DESCRIPTION_MAX): string {
  if (markdown.length <= max) return markdown;
  const room = max - CUT_NOTE.length - 2;
  const head = markdown.slice(0, room);
  // Prefer a paragraph break, then a line break, then a space in the last quarter of the room.
  const floor = Math.floor(room * 0.75);
  const at = [head.lastIndexOf("\n\n"), head.lastIndexOf("\n"), head.lastIndexOf(" ")].find((i) => i >= floor);
  return `${head.slice(0, at ?? room).trimEnd()}\n\n${CUT_NOTE}`;
}

/** The text of an HTML fragment (for parsing pay from a description), entities decoded. */
export function htmlToText(html: string): string {
  // Bounded like htmlToMarkdown: pay and skills are found well within the first HTML_MAX characters.
  return decodeHTML(dropScripts(html.slice(0, HTML_MAX)).replace(/<[^<>]*>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}
