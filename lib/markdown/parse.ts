/*
 * A small Markdown parser for listing descriptions. It produces plain data (no HTML
 * strings): components/markdown.tsx turns it into React elements, so every character of
 * the input ends up as escaped text and raw HTML can never reach the page. The only
 * attribute taken from the input is a link's href, and only after safeHref() allows it.
 *
 * Supported: # headings, paragraphs (single newlines are line breaks), - / * / + lists,
 * 1. lists, > quotes, ``` code blocks, --- rules, **strong**, *em* / _em_, `code`,
 * [text](https://…), <https://…> and bare https:// links. Images are not supported:
 * ![alt](src) shows as a link at most, so a description cannot load remote content.
 * Scans that look for a closing delimiter are bounded, so no input is slow to parse.
 */

export type Inline =
  | { t: "text"; v: string }
  | { t: "br" }
  | { t: "code"; v: string }
  | { t: "strong"; c: Inline[] }
  | { t: "em"; c: Inline[] }
  | { t: "link"; href: string; c: Inline[] };

export type Block =
  | { t: "h"; level: 3 | 4; c: Inline[] }
  | { t: "p"; c: Inline[] }
  | { t: "ul"; items: Inline[][] }
  | { t: "ol"; start: number; items: Inline[][] }
  | { t: "quote"; c: Inline[] }
  | { t: "code"; v: string }
  | { t: "hr" };

const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * The href to use for a link, or null when it is not an absolute http(s) or mailto URL.
 * Relative links, `javascript:`, `data:`, `vbscript:`, `file:` and anything the URL
 * parser rejects are refused; the WHATWG parser strips the tabs, newlines and control
 * characters that browsers ignore, so "java\nscript:" is seen as what it is.
 */
export function safeHref(raw: string): string | null {
  const candidate = raw.trim();
  if (!candidate || candidate.length > 2000) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== "mailto:" && !url.hostname) return null;
  return url.href;
}

const FENCE = /^\s{0,3}```/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const ORDERED = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;

function startsBlock(line: string): boolean {
  return (
    FENCE.test(line) ||
    HEADING.test(line) ||
    RULE.test(line) ||
    BULLET.test(line) ||
    ORDERED.test(line) ||
    QUOTE.test(line)
  );
}

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, "\n").replace(/\0/g, "\uFFFD").split("\n");
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!line.trim()) {
      i++;
      continue;
    }
    if (FENCE.test(line)) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !FENCE.test(lines[i]!)) body.push(lines[i++]!);
      i++; // the closing fence (or the end)
      blocks.push({ t: "code", v: body.join("\n") });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ t: "h", level: heading[1]!.length <= 2 ? 3 : 4, c: parseInline(heading[2]!) });
      i++;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ t: "hr" });
      i++;
      continue;
    }
    const bullet = BULLET.test(line);
    const ordered = ORDERED.exec(line);
    if (bullet || ordered) {
      const pattern = bullet ? BULLET : ORDERED;
      const items: string[] = [];
      while (i < lines.length && lines[i]!.trim()) {
        const m = pattern.exec(lines[i]!);
        if (m) items.push(bullet ? m[1]! : m[2]!);
        else if (startsBlock(lines[i]!)) break;
        else items[items.length - 1] += "\n" + lines[i]!.trim(); // a wrapped item
        i++;
      }
      const parsed = items.map((text) => parseInline(text));
      blocks.push(
        bullet
          ? { t: "ul", items: parsed }
          : { t: "ol", start: Math.min(Number(ordered![1]), 1_000_000), items: parsed },
      );
      continue;
    }
    if (QUOTE.test(line)) {
      const body: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i]!)) body.push(QUOTE.exec(lines[i++]!)![1]!);
      blocks.push({ t: "quote", c: parseInline(body.join("\n").trim()) });
      continue;
    }
    const body: string[] = [];
    while (i < lines.length && lines[i]!.trim() && (body.length === 0 || !startsBlock(lines[i]!)))
      body.push(lines[i++]!.trim());
    blocks.push({ t: "p", c: parseInline(body.join("\n")) });
  }
  return blocks;
}

// How far a scan for a closing delimiter may look: keeps parsing linear on hostile input.
const MAX_SPAN = 1_000;
const PUNCTUATION = /[!-/:-@[-`{-~]/;
const BARE_URL = /^https?:\/\/[^\s<>"]+/i;

/** Inline Markdown to nodes. Unmatched delimiters stay as the characters typed. */
export function parseInline(text: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let buffer = "";
  const flush = () => {
    if (buffer) out.push({ t: "text", v: buffer });
    buffer = "";
  };
  const push = (node: Inline) => {
    flush();
    out.push(node);
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const rest = () => text.slice(i, i + MAX_SPAN);

    if (ch === "\\" && i + 1 < text.length && PUNCTUATION.test(text[i + 1]!)) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === "\n") {
      push({ t: "br" });
      i++;
      continue;
    }
    if (ch === "`") {
      const ticks = /^`+/.exec(text.slice(i))![0];
      const close = text.indexOf(ticks, i + ticks.length);
      if (close !== -1 && close - i < MAX_SPAN) {
        push({
          t: "code",
          v: text
            .slice(i + ticks.length, close)
            .replace(/\n/g, " ")
            .trim(),
        });
        i = close + ticks.length;
        continue;
      }
      buffer += ticks;
      i += ticks.length;
      continue;
    }
    if (ch === "[" || (ch === "!" && text[i + 1] === "[")) {
      const open = ch === "!" ? i + 1 : i;
      const link = matchLink(text, open);
      if (link && depth < 3) {
        if (ch === "!") buffer += "!"; // no images: the "!" stays as text
        const href = safeHref(link.url);
        const label = parseInline(link.label, depth + 1);
        if (href) push({ t: "link", href, c: label });
        else {
          // A refused link keeps its words and loses its target.
          flush();
          out.push(...label);
        }
        i = link.end;
        continue;
      }
    }
    if (ch === "<") {
      const m = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/i.exec(rest());
      const href = m ? safeHref(m[1]!) : null;
      if (m && href) {
        push({ t: "link", href, c: [{ t: "text", v: m[1]! }] });
        i += m[0].length;
        continue;
      }
    }
    if ((ch === "h" || ch === "H") && (i === 0 || /[\s(]/.test(text[i - 1]!))) {
      const m = BARE_URL.exec(rest());
      if (m) {
        const url = m[0].replace(/[.,;:!?)'"\]]+$/, "");
        const href = safeHref(url);
        if (href) {
          push({ t: "link", href, c: [{ t: "text", v: url }] });
          i += url.length;
          continue;
        }
      }
    }
    if ((ch === "*" || ch === "_") && depth < 6) {
      const double = text[i + 1] === ch;
      const delim = double ? ch + ch : ch;
      const start = i + delim.length;
      // Underscores inside words (snake_case) are not emphasis.
      const wordBefore = ch === "_" && i > 0 && /\w/.test(text[i - 1]!);
      if (!wordBefore && start < text.length && !/\s/.test(text[start]!)) {
        const close = findClose(text, delim, start);
        if (close !== -1) {
          const inner = parseInline(text.slice(start, close), depth + 1);
          push(double ? { t: "strong", c: inner } : { t: "em", c: inner });
          i = close + delim.length;
          continue;
        }
      }
      buffer += delim;
      i += delim.length;
      continue;
    }
    buffer += ch;
    i++;
  }
  flush();
  return out;
}

function findClose(text: string, delim: string, from: number): number {
  let at = from;
  const limit = Math.min(text.length, from + MAX_SPAN);
  while (at < limit) {
    const close = text.indexOf(delim, at);
    if (close === -1 || close >= limit) return -1;
    const before = text[close - 1]!;
    const after = text[close + delim.length];
    const doubledSingle = delim.length === 1 && (after === delim || before === delim);
    const wordAfter = delim[0] === "_" && after !== undefined && /\w/.test(after);
    if (close > from && !/\s/.test(before) && !doubledSingle && !wordAfter) return close;
    at = close + delim.length;
  }
  return -1;
}

/** [label](url "title") starting at `open` (a "["), or null. */
function matchLink(text: string, open: number): { label: string; url: string; end: number } | null {
  let depth = 0;
  let close = -1;
  const limit = Math.min(text.length, open + MAX_SPAN);
  for (let j = open; j < limit; j++) {
    const c = text[j];
    if (c === "\\") j++;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) {
      close = j;
      break;
    }
  }
  if (close === -1 || text[close + 1] !== "(") return null;
  const m = /^\(\s*<?([^\s()<>]*(?:\([^\s()<>]*\)[^\s()<>]*)*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/.exec(
    text.slice(close + 1, close + 1 + MAX_SPAN),
  );
  if (!m) return null;
  return { label: text.slice(open + 1, close), url: m[1]!, end: close + 1 + m[0].length };
}

/** Plain text of a description (for counting words or a preview line). */
export function markdownToText(source: string): string {
  const text = (nodes: Inline[]): string =>
    nodes
      .map((n) => (n.t === "text" || n.t === "code" ? n.v : n.t === "br" ? " " : "c" in n ? text(n.c) : ""))
      .join("");
  return parseMarkdown(source)
    .map((b) =>
      b.t === "ul" || b.t === "ol" ? b.items.map(text).join(" ") : b.t === "code" ? b.v : b.t === "hr" ? "" : text(b.c),
    )
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}
