import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GUIDE_MODULES } from "@/content/guides";
import { seedDatabase } from "@/db/seed";
import { getGuideLiveFigures, type LiveSearchFigure } from "@/lib/guides/live";
import { MIN_LEVEL_SAMPLE } from "@/lib/guides/queries";
import { getDemandTrend, TREND_WEEKS } from "@/lib/guides/trend";
import { fromURLSearchParams, parseSearchParams } from "@/lib/search/params";
import { searchJobs } from "@/lib/search/response";
import { createTestDatabase, rowsOf, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db);
});
afterAll(() => t?.drop());

/** The search a figure links to, run as /jobs runs it (from the link's query string). */
async function linkedSearch(href: string) {
  const url = new URL(href, "http://ladder.test");
  expect(url.pathname).toBe("/jobs");
  const parsed = parseSearchParams(fromURLSearchParams(url.searchParams));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return searchJobs(parsed.params, { histogram: true }, t.db);
}

async function expectEqualsItsSearch(f: LiveSearchFigure) {
  const s = await linkedSearch(f.href);
  expect({ count: s.total, median: s.histogram?.median ?? null, sample: s.histogram?.sampleSize ?? 0 }).toEqual({
    count: f.count,
    median: f.median,
    sample: f.sample,
  });
}

/** Open listings counted straight from the table, independently of the search code. */
async function openCount(family: string, extra = sql`true`) {
  const [row] = rowsOf<{ n: number }>(
    await t.db.execute(sql`select count(*)::int as n from jobs where status = 'published'
      and (valid_through is null or valid_through > now()) and role_family = ${family} and ${extra}`),
  );
  return Number(row!.n);
}

describe(`guide live figures (${process.env.TEST_DB})`, () => {
  for (const guide of GUIDE_MODULES) {
    it(`${guide.slug}: every figure equals the search it links to, and every level has one`, async () => {
      const live = await getGuideLiveFigures(guide.slug, t.db);
      expect(live.overall.href).toBe(`/jobs?guide=${guide.slug}`);
      expect(live.overall.count).toBe(await openCount(guide.roleFamily));
      expect(live.overall.count).toBeGreaterThan(0);
      expect(live.overall.median).not.toBeNull();
      await expectEqualsItsSearch(live.overall);
      expect(live.remote.count).toBe(await openCount(guide.roleFamily, sql`workplace = 'remote'`));
      await expectEqualsItsSearch(live.remote);
      expect(live.freelance.count).toBe(await openCount(guide.roleFamily, sql`employment_type = 'freelance'`));
      await expectEqualsItsSearch(live.freelance);
      for (const level of live.levels) {
        expect(level.href).toContain(`level=${level.level}`);
        expect(level.count).toBe(await openCount(guide.roleFamily, sql`level = ${level.level}`));
        // The seed gives every family enough listings showing pay for a live median per level.
        expect(level.sample).toBeGreaterThanOrEqual(MIN_LEVEL_SAMPLE);
        await expectEqualsItsSearch(level);
      }
      expect(live.hiring.length).toBeGreaterThan(0);
      for (const company of live.hiring) expect((await linkedSearch(company.href)).total).toBe(company.count);
    });
  }

  it("counts postings per family and week over the last 13 weeks", async () => {
    const trend = await getDemandTrend(t.db);
    expect(trend.weekStarts).toHaveLength(TREND_WEEKS);
    const [row] = rowsOf<{ n: number }>(
      await t.db.execute(sql`select count(*)::int as n from jobs where role_family = 'mobile'
        and published_at is not null and published_at >= now() - interval '91 days' and removed_at is null`),
    );
    expect(trend.counts.mobile.reduce((a, b) => a + b, 0)).toBe(Number(row!.n));
    expect(trend.counts.mobile).toHaveLength(TREND_WEEKS);
  });
});
