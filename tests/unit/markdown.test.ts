import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/markdown";
import { markdownToText, parseMarkdown, safeHref } from "@/lib/markdown/markdown";

const html = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }));

/**
 * Every tag and attribute name in the output. Text is escaped (`<` becomes `&lt;`), so
 * each `<` starts a real element, and quotes inside attribute values are escaped too.
 */
function tagsAndAttributes(markup: string) {
  const tags = new Set<string>();
  const attrs = new Set<string>();
  for (const [, name, rest] of markup.matchAll(/<\/?([a-zA-Z0-9]+)([^>]*)>/g)) {
    tags.add(name!.toLowerCase());
    const stripped = rest!.replace(/="[^"]*"/g, "=");
    for (const [, attr] of stripped.matchAll(/([^\s=/]+)=?/g)) attrs.add(attr!.toLowerCase());
  }
  return { tags, attrs };
}
const ALLOWED_TAGS = new Set([
  "div",
  "p",
  "br",
  "strong",
  "em",
  "code",
  "pre",
  "a",
  "ul",
  "ol",
  "li",
  "h3",
  "h4",
  "blockquote",
  "hr",
]);
const ALLOWED_ATTRS = new Set(["class", "href", "rel", "start"]);

const PAYLOADS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">click</a>',
  "<svg onload=alert(1)>",
  '<iframe src="https://evil.example"></iframe>',
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click](java\tscript:alert(1))",
  "[click](  javascript:alert(1)  )",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[click](vbscript:msgbox(1))",
  "[click](file:///etc/passwd)",
  "[x](//evil.example/path)",
  "[x](/relative/path)",
  "![pixel](https://evil.example/track.gif)",
  "<javascript:alert(1)>",
  '[a](https://ok.example "title" onmouseover="alert(1)")',
  "**<b onclick=alert(1)>bold</b>**",
  "`<script>alert(1)</script>`",
  "```\n<script>alert(1)</script>\n```",
  "> <style>body{display:none}</style>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  '[a](https://ok.example/"onmouseover="alert(1))',
  "<a href='data:text/html,<script>alert(1)</script>'>x</a>",
];

describe("Markdown rendering is inert", () => {
  for (const payload of PAYLOADS) {
    it(`renders ${JSON.stringify(payload).slice(0, 60)} without markup or unsafe links`, () => {
      const out = html(payload);
      const { tags, attrs } = tagsAndAttributes(out);
      for (const t of tags) expect(ALLOWED_TAGS, `tag <${t}> in ${out}`).toContain(t);
      for (const a of attrs) expect(ALLOWED_ATTRS, `attribute ${a} in ${out}`).toContain(a);
      for (const [, href] of out.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https?:\/\/[^/]|mailto:)/);
      expect(out).not.toMatch(/<(script|img|svg|iframe|style)/i);
      expect(out.toLowerCase()).not.toMatch(/href="(javascript|data|vbscript|file):/);
    });
  }

  it("shows typed HTML as text", () => {
    expect(html("<script>alert(1)</script>")).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("keeps a refused link's words and drops its target", () => {
    const out = html("Apply [here](javascript:alert(1)) today");
    expect(out).toContain("Apply here today");
    expect(out).not.toContain("<a");
  });

  it("marks every link noopener nofollow ugc", () => {
    const out = html(
      "See [our blog](https://acme.example/blog), <https://acme.example/jobs> and https://acme.example/team.",
    );
    const links = [...out.matchAll(/<a [^>]*>/g)].map((m) => m[0]);
    expect(links).toHaveLength(3);
    for (const l of links) expect(l).toContain('rel="noopener nofollow ugc"');
    expect(out).toContain('href="https://acme.example/team"'); // the full stop is not part of the link
  });

  it("allows only absolute http(s) and mailto hrefs", () => {
    expect(safeHref("https://acme.example/x?y=1#z")).toBe("https://acme.example/x?y=1#z");
    expect(safeHref("mailto:jobs@acme.example")).toBe("mailto:jobs@acme.example");
    for (const bad of [
      "javascript:alert(1)",
      " javascript:alert(1)",
      "java\nscript:alert(1)",
      "\u0001javascript:alert(1)",
      "data:text/html,x",
      "/jobs",
      "//evil.example",
      "ftp://x.example",
      "https://",
      "",
    ]) {
      expect(safeHref(bad), bad).toBeNull();
    }
  });
});

describe("Markdown structure", () => {
  it("renders the seed's descriptions: paragraphs and lists", () => {
    const out = html("Acme is hiring.\n\nWhat you will do:\n\n- Build APIs\n- Run them\n\nPay is shown up front.");
    expect(out).toContain("<p>Acme is hiring.</p>");
    expect(out).toMatch(/<h3[^>]*>What you will do<\/h3>/);
    expect(out).toMatch(/<ul[^>]*><li>Build APIs<\/li><li>Run them<\/li><\/ul>/);
  });

  it("handles headings, emphasis, code, ordered lists, quotes and rules", () => {
    const blocks = html(
      "## About us\n\n**Bold** and *em* and `code` and snake_case_name\n\n3. third\n4. fourth\n\n> quoted\n\n---",
    );
    expect([...blocks.matchAll(/<(h3|p|ol|blockquote|hr)[\s>]/g)].map((m) => m[1])).toEqual([
      "h3",
      "p",
      "ol",
      "blockquote",
      "p",
      "hr",
    ]);
    const out = html("**Bold** and *em* and `code` and snake_case_name");
    expect(out).toContain("<strong>Bold</strong>");
    expect(out).toContain("<em>em</em>");
    expect(out).toContain("snake_case_name");
    expect(html("3. third\n4. fourth")).toContain('start="3"');
  });

  it("parses hostile input quickly", () => {
    const started = performance.now();
    for (const s of [
      "[".repeat(20_000),
      "*a".repeat(10_000),
      "`".repeat(20_000),
      "_".repeat(20_000),
      "[a](".repeat(5_000),
      "> ".repeat(10_000),
    ]) {
      parseMarkdown(s);
    }
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("gives the plain text for length checks", () => {
    expect(markdownToText("## Hi\n\n- **one**\n- [two](https://x.example)")).toBe("Hi one two");
  });

  it("renders CommonMark lists, nested lists, code and emphasis as a reader expects", () => {
    const out = html(
      [
        "What you will do:",
        "",
        "1. Design the payments API",
        "   - idempotent writes",
        "   - retries with `Idempotency-Key`",
        "2. Run it *on call*, with __one__ rota",
        "",
        "* a star list",
        "+ a plus list",
        "",
        "Then a paragraph.",
        "",
        "    indented code <b>stays</b> text",
        "",
        "```ts",
        "const x = 1 < 2;",
        "```",
      ].join("\n"),
    );
    expect(out).toMatch(
      /<ol[^>]*><li>Design the payments API<ul[^>]*><li>idempotent writes<\/li><li>retries with <code[^>]*>Idempotency-Key<\/code><\/li><\/ul><\/li><li>Run it <em>on call<\/em>, with <strong>one<\/strong> rota<\/li><\/ol>/,
    );
    // A new bullet character starts a new list (CommonMark).
    expect(out.match(/<ul[^>]*><li>a star list<\/li><\/ul><ul[^>]*><li>a plus list<\/li><\/ul>/)).not.toBeNull();
    expect(out).toContain("<code>indented code &lt;b&gt;stays&lt;/b&gt; text\n</code>");
    expect(out).toContain("<code>const x = 1 &lt; 2;\n</code>");
    expect(parseMarkdown("a\nb").some((t) => t.type === "inline")).toBe(true);
  });
});
