import { describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/search/cursor";
import { parseSearchParamsLenient } from "@/lib/search/params";
import { fromURLSearchParams, readSearchParams } from "@/lib/search/query-string";

// The browser's zod-free reading of /jobs URLs must apply exactly what the server applies.
const newest = encodeCursor({ s: "newest", p: "2026-01-02T03:04:05.000Z", id: 7 });
const relevance = encodeCursor({ s: "relevance", t: 0, r: 0.5, p: "2026-01-02T03:04:05.000Z", id: 7 });
const CASES = [
  "",
  "q=%20go%20%20developer%20&level=mid&level=senior&type=freelance,contract&salaryMin=120000&includeNoSalary=1",
  "workplace=remote,hybrid&skill=go&skill=rust&company=tesorio&location=%20Berlin%20&postedWithin=7&guide=backend-engineer",
  "sort=salary&limit=50",
  "sort=relevance",
  "q=x&sort=relevance&cursor=" + relevance,
  "cursor=" + newest,
  "cursor=" + relevance,
  "sort=relevance&cursor=" + relevance,
  "cursor=not-a-cursor&level=mid",
  "level=boss&workplace=remote",
  "level=junior,mid,senior,lead,principal,junior",
  "skill=a,b,c,d,e,f,g,h,i,j,k",
  "skill=Bad_Slug",
  "salaryMin=-1&postedWithin=0",
  "salaryMin=12.5&postedWithin=366",
  "salaryMin=abc&limit=0",
  "limit=51",
  "limit=20&limit=30",
  "q=a&q=b",
  "includeNoSalary=maybe",
  "includeNoSalary=true",
  "q=" + "x".repeat(201),
  "q=%00bad",
  "location=" + "y".repeat(101),
  "sort=match",
  "sort=bogus&q=go",
  "company=&guide=&q=%20%20",
];

describe("readSearchParams (browser) against parseSearchParamsLenient (server)", () => {
  for (const qs of CASES) {
    it(`reads "${qs.slice(0, 60)}" the same way`, () => {
      const raw = fromURLSearchParams(new URLSearchParams(qs));
      expect(readSearchParams(raw)).toEqual(parseSearchParamsLenient(raw).params);
    });
  }
});
