import MarkdownIt, { type Token } from "markdown-it";

/*
 * Listing descriptions are CommonMark, parsed by markdown-it with raw HTML off: typed tags
 * stay text. It answers tokens, not HTML; components/markdown.tsx turns them into React
 * elements, so every character of the input is escaped by React and the only attribute
 * taken from the input is a link's href, after safeHref() allows it. Single newlines are
 * line breaks (as people type descriptions), bare http(s) links and emails become links
 * (linkify, which leaves a sentence's full stop out), and images are off: `![alt](src)`
 * shows as a link at most, so a description never loads remote content.
 */
const md = new MarkdownIt("commonmark", { html: false, linkify: true, breaks: true });
md.enable(["linkify"]).disable(["image"]);
// Every link parses, so a refused one keeps its words (the renderer drops its target).
md.validateLink = () => true;

/** The description's tokens (markdown-it's block tokens; `inline` ones hold their children). */
export function parseMarkdown(source: string): Token[] {
  return md.parse(source, {});
}

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

/** The words a reader sees, one space between blocks and lines (for length checks). */
export function markdownToText(source: string): string {
  const words = parseMarkdown(source).flatMap((t) =>
    t.type === "inline"
      ? (t.children ?? []).map((c) => (c.type === "text" || c.type === "code_inline" ? c.content : " "))
      : t.type === "code_block" || t.type === "fence"
        ? [t.content]
        : [" "],
  );
  return words.join("").replace(/\s+/g, " ").trim();
}

/**
 * The description as an HTML string, for the JobPosting JSON-LD's `description` (search
 * engines read HTML there). markdown-it escapes every character of the input (raw HTML is
 * off); a link whose target safeHref() refuses keeps its words and loses its tag, as on
 * the page. Not for inserting into a page: the page renders components/markdown.tsx.
 */
export function markdownToHtml(source: string): string {
  const tokens = parseMarkdown(source);
  for (const block of tokens) {
    const children = block.children ?? [];
    // Each refused link_open is dropped with its matching link_close (links do not nest).
    let dropping = false;
    for (const t of children) {
      if (t.type === "link_open") {
        const href = safeHref(String(t.attrGet("href") ?? ""));
        if (href) t.attrSet("href", href);
        dropping = !href;
        if (dropping) hide(t);
      } else if (t.type === "link_close" && dropping) {
        hide(t);
        dropping = false;
      }
    }
  }
  return md.renderer.render(tokens, md.options, {}).trim();
}

/** Turns a token into empty text, so the renderer writes nothing for it. */
function hide(t: Token) {
  t.type = "text";
  t.tag = "";
  t.content = "";
  t.nesting = 0;
}
