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
  const source = options.entityEncoded ? decodeHTML(html) : html;
  const markdown = turndown
    .turndown(source)
    // Non-breaking spaces (from &nbsp;) read as spaces; three or more blank lines as one.
    .replace(/\u00a0/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (!markdown) return EMPTY_NOTE;
  return cutDescription(markdown);
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
  return decodeHTML(html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]*>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}
