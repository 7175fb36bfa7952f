import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SalaryHistogram } from "@/components/search/salary-histogram";
import type { ApiHistogram } from "@/lib/search/types";

const caption = (data: ApiHistogram) =>
  renderToStaticMarkup(createElement(SalaryHistogram, { data }))
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

// The histogram has 16 buckets (lib/search/histogram.ts); the count goes in the first.
const bucket = (count: number) =>
  Array.from({ length: 16 }, (_, i) => ({ from: 20_000 * i, to: 20_000 * (i + 1), count: i ? 0 : count }));

describe("salary histogram caption", () => {
  it("agrees in number with how many listings show pay", () => {
    expect(caption({ buckets: bucket(1), median: 110_000, sampleSize: 1, sampled: false })).toContain(
      "1 listing that shows pay",
    );
    expect(caption({ buckets: bucket(30), median: 110_000, sampleSize: 30, sampled: false })).toContain(
      "30 listings that show pay",
    );
    expect(caption({ buckets: bucket(1500), median: 110_000, sampleSize: 1500, sampled: true })).toContain(
      "1,500 newest listings that show pay",
    );
  });
});
