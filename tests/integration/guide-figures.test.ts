import { sql } from "drizzle-orm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GUIDE_MODULES } from "@/content/guides";
import { GuideArticle } from "@/components/guide/guide-article";
import { JOB_LEVELS } from "@/db/enums";
import { seedDatabase } from "@/db/seed";
import { formatMoney, LEVEL_LABEL } from "@/lib/format";
import { serializeGuide } from "@/lib/guides/cached";
import { getGuideSkillDemand } from "@/lib/guides/demand";
import { getGuideLiveFigures, searchHref, type LiveSearchFigure } from "@/lib/guides/live";
import { getRoadmapDemand } from "@/lib/roadmap/queries";
import { getGuideBySlug, getGuideFigures, MIN_LEVEL_SAMPLE } from "@/lib/guides/queries";
import { publicOrigin } from "@/lib/public-origin";
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
  return searchJobs(parsed.value, { histogram: true }, t.db);
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

  it("uses one pay point: the median is of the middle of each annualized range, equal in the guide and its search", async () => {
    for (const guide of GUIDE_MODULES) {
      const live = await getGuideLiveFigures(guide.slug, t.db);
      // Computed here independently: the middle of each range in annual USD, as-reported pay excluded.
      const [row] = rowsOf<{ median: number; n: number }>(
        await t.db.execute(sql`select round(percentile_cont(0.5) within group (order by
            (coalesce(salary_min_usd, salary_max_usd) + coalesce(salary_max_usd, salary_min_usd)) / 2.0))::int as median,
            count(*)::int as n
          from jobs where status = 'published' and (valid_through is null or valid_through > now())
            and role_family = ${guide.roleFamily} and coalesce(salary_max_usd, salary_min_usd) is not null`),
      );
      expect(live.overall.sample, guide.slug).toBe(Number(row!.n));
      expect(live.overall.median, guide.slug).toBe(Number(row!.median));
    }
  });

  // One search per skill, twice (guide and roadmap): slow on PGlite under load, so one test per guide.
  for (const guide of GUIDE_MODULES) {
    it(`${guide.slug}: one skill demand, equal to its linked search, the search's skill facet and the roadmap`, async () => {
      const demand = await getGuideSkillDemand(guide.slug, t.db);
      const roadmap = await getRoadmapDemand({ slug: guide.slug }, t.db);
      const facets = (await linkedSearch(`/jobs?guide=${guide.slug}`)).facets;
      // Every skill of every skill area has a figure.
      for (const area of guide.skillAreas)
        for (const skill of area.skills) expect(demand[skill], `${guide.slug} ${skill}`).toBeDefined();
      for (const d of Object.values(demand)) {
        expect(d.href).toBe(searchHref({ guide: guide.slug, skill: d.slug }));
        await expectEqualsItsSearch(d);
        // Counted independently: open listings of the family whose skills include it.
        expect(d.count, `${guide.slug} ${d.slug}`).toBe(
          await openCount(guide.roleFamily, sql`skill_ids @> array[${d.skillId}]::integer[]`),
        );
        // The unfiltered guide search's skill facet agrees wherever it lists the skill.
        const facet = facets.skills.find((f) => f.value === d.slug);
        if (facet) expect(facet.count, `${guide.slug} ${d.slug}`).toBe(d.count);
        // The roadmap shows the same figure and link for the skill.
        const r = roadmap.skills[String(d.skillId)];
        if (r) expect(r).toEqual({ open: d.count, medianPay: d.median, href: d.href });
      }
    }, 240_000);
  }

  it("claims no demand for a skill no open listing of the family asks for", async () => {
    const demand = await getGuideSkillDemand("mobile-developer", t.db);
    const perf = demand["performance"];
    expect(perf).toBeDefined();
    expect(perf!.count).toBe(await openCount("mobile", sql`skill_ids @> array[${perf!.skillId}]::integer[]`));
  });
});

describe(`guide page JSON-LD (${process.env.TEST_DB})`, () => {
  it("backend-engineer: the Occupation's median is the median the page shows, each level's too", async () => {
    const guide = serializeGuide((await getGuideBySlug("backend-engineer", t.db))!);
    const [figures, live, demand] = await Promise.all([
      getGuideFigures(guide, t.db),
      getGuideLiveFigures(guide.slug, t.db),
      getGuideSkillDemand(guide.slug, t.db),
    ]);
    const html = renderToStaticMarkup(createElement(GuideArticle, { guide, figures, live, demand }));
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
      (m) => JSON.parse(m[1]!) as Record<string, unknown>,
    );
    expect(blocks.map((b) => b["@type"])).toEqual(["Occupation", "BreadcrumbList"]);
    const occupation = blocks[0]!;
    expect(occupation.name).toBe(guide.title);
    expect(occupation.url).toBe(`${publicOrigin()}/guides/backend-engineer`);
    expect(occupation.occupationalCategory).toBe("15-1252 Software Developers");
    const salary = occupation.estimatedSalary as { name: string; median: number; currency: string }[];
    // What the page prints: "$131,500" in the median figure, "median $118,000" per level.
    const shown = (testId: string) =>
      html.match(new RegExp(`data-testid="${testId}"[^>]*>(?:median )?(?:<strong>)?([^<]+)<`))?.[1];
    expect(salary[0]!.currency).toBe("USD");
    expect(formatMoney(salary[0]!.median, "USD", false)).toBe(shown("figure-median-pay"));
    expect(salary[0]!.median).toBe(live.overall.median);
    const levels = salary.slice(1);
    expect(levels.length).toBeGreaterThan(0);
    for (const l of JOB_LEVELS) {
      const entry = levels.find((s) => s.name.startsWith(`${LEVEL_LABEL[l]} `));
      const onPage = shown(`level-median-${l}`);
      if (onPage === undefined) expect(entry).toBeUndefined();
      else expect(formatMoney(entry!.median, "USD", false)).toBe(onPage);
    }
  });
});
