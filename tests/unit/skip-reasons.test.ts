import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SkipReasons } from "@/components/import/skip-reasons";

const html = (reasons: Record<string, number> | undefined) =>
  renderToStaticMarkup(createElement(SkipReasons, { reasons }));

describe("a source's skip reasons", () => {
  it("lists each reason with its count, most frequent first, and escapes them", () => {
    const markup = html({ "listed twice by the source": 1, "missing or invalid: title, <b>": 2 });
    expect(markup).toContain("<summary");
    expect(markup).toContain("Why 3 postings were skipped");
    expect(markup.indexOf("missing or invalid")).toBeLessThan(markup.indexOf("listed twice"));
    expect(markup).toContain("2 × missing or invalid: title, &lt;b&gt;");
  });

  it("shows nothing when nothing was skipped (or before the first sync)", () => {
    expect(html({})).toBe("");
    expect(html(undefined)).toBe("");
  });
});
