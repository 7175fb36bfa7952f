import { describe, expect, it } from "vitest";
import { companySeeds } from "@/db/seed/data/companies";
import { generateJob } from "@/db/seed/jobs";
import { decodeCursor, encodeCursor } from "@/lib/search/cursor";
import { fromURLSearchParams, parseSearchParams, toQueryString } from "@/lib/search/params";

const parse = (qs: string) => parseSearchParams(fromURLSearchParams(new URLSearchParams(qs)));

describe("search parameters", () => {
  it("applies defaults: newest first, 20 per page; relevance once there is a query", () => {
    expect(parse("")).toEqual({ ok: true, value: { includeNoSalary: false, limit: 20, sort: "newest" } });
    const r = parse(
      "q=%20go%20%20developer%20&level=mid&level=senior&type=freelance,contract&salaryMin=120000&includeNoSalary=1",
    );
    expect(r.ok && r.value).toMatchObject({
      q: "go developer",
      level: ["mid", "senior"],
      type: ["freelance", "contract"],
      salaryMin: 120000,
      includeNoSalary: true,
      sort: "relevance",
    });
  });

  it("rejects every bad parameter with its own field-level message", () => {
    const r = parse(
      `workplace=moon&level=boss&type=gig&salaryMin=-5&limit=500&cursor=zzz&postedWithin=0&company=Not%20A%20Slug&q=${"x".repeat(10_000)}`,
    );
    expect(r.ok).toBe(false);
    const paths = !r.ok ? r.issues.map((i) => i.path).sort() : [];
    expect(paths).toEqual([
      "company",
      "cursor",
      "level",
      "limit",
      "postedWithin",
      "q",
      "salaryMin",
      "type",
      "workplace",
    ]);
    if (!r.ok) expect(r.issues.find((i) => i.path === "limit")?.message).toBe("Limit must be 1 to 50");
  });

  it("refuses a scalar parameter given twice, naming it, and keeps repeatable ones", () => {
    for (const [qs, path] of [
      ["limit=20&limit=%22", "limit"],
      ["sort=newest&sort=junk", "sort"],
      ["q=go&q=rust", "q"],
      ["location=Berlin&location=Paris", "location"],
    ] as const) {
      const r = parse(qs);
      expect(r.ok, qs).toBe(false);
      expect(!r.ok && r.reason).toBe("invalid");
      expect(!r.ok && r.issues.map((i) => i.path)).toEqual([path]);
    }
    expect(parse("level=mid&level=senior&skill=go&skill=rust").ok).toBe(true);
  });

  it("refuses relevance without a query and a cursor of another sort", () => {
    expect(parse("sort=relevance")).toMatchObject({ ok: false, issues: [{ path: "sort" }] });
    const newest = encodeCursor({ s: "newest", p: "2026-11-01T10:00:00.000000Z", id: 4 });
    expect(parse(`sort=salary&cursor=${newest}`)).toMatchObject({ ok: false, issues: [{ path: "cursor" }] });
    expect(parse(`cursor=${newest}`).ok).toBe(true);
  });

  it("round-trips cursors and rejects forged ones", () => {
    const c = { s: "relevance", t: 0, r: 60792, p: "2026-11-01T10:00:00.123456Z", id: 42 } as const;
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor("not a cursor")).toBeNull();
    expect(decodeCursor(Buffer.from('{"s":"newest","p":"x","id":1}').toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from('{"s":"salary","v":"1","id":1}').toString("base64url"))).toBeNull();
  });

  it("writes a canonical query string that parses back to the same search", () => {
    const r = parse("skill=go&level=senior&q=api&sort=newest&limit=20");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const qs = toQueryString(r.value);
    expect(qs).toBe("q=api&level=senior&skill=go&sort=newest");
    expect(parse(qs)).toEqual(r);
  });
});

describe("listing generator", () => {
  it("is deterministic per index", () => {
    const now = new Date("2026-11-28T00:00:00Z");
    expect(generateJob(7, companySeeds, { now })).toEqual(generateJob(7, companySeeds, { now }));
    expect(generateJob(7, companySeeds, { now }).slug).not.toBe(generateJob(8, companySeeds, { now }).slug);
  });
});
