import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import { companies, jobs } from "@/db/schema";
import { getGuideBySlug, getGuideFigures, getGuides, levelPay, MIN_LEVEL_SAMPLE } from "@/lib/guides/queries";
import { getJobBySlug, getLatestJobs, getSiteCounts } from "@/lib/jobs/queries";
import { createTestDatabase, rowsOf, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db);
  // Four listings sharing a rare word, one per state: only the open one may ever show.
  const [company] = await t.db.select().from(companies).limit(1);
  const base = {
    companyId: company!.id,
    companyName: company!.name,
    roleFamily: "backend" as const,
    description: "Work on the zyxqua ingestion service.",
    level: "mid" as const,
    employmentType: "full_time" as const,
    workplace: "remote" as const,
    location: "Remote (Europe)",
    applyUrl: "https://example.test/apply",
  };
  const now = Date.now();
  await t.db.insert(jobs).values([
    {
      ...base,
      slug: "zyxqua-open",
      title: "Zyxqua Engineer",
      status: "published",
      publishedAt: new Date(now - DAY),
      validThrough: new Date(now + 30 * DAY),
    },
    { ...base, slug: "zyxqua-draft", title: "Zyxqua Engineer", status: "draft" },
    {
      ...base,
      slug: "zyxqua-closed",
      title: "Zyxqua Engineer",
      status: "closed",
      publishedAt: new Date(now - 5 * DAY),
      validThrough: new Date(now + 30 * DAY),
    },
    {
      ...base,
      slug: "zyxqua-expired",
      title: "Zyxqua Engineer",
      status: "published",
      publishedAt: new Date(now - 50 * DAY),
      validThrough: new Date(now - DAY),
    },
  ]);
});
afterAll(() => t?.drop());

const openCount = async (extra = sql`true`) =>
  rowsOf<{ n: number }>(
    await t.db.execute(
      sql`select count(*)::int as n from jobs where status = 'published' and (valid_through is null or valid_through > now()) and ${extra}`,
    ),
  )[0]!.n;

describe(`job queries (${process.env.TEST_DB})`, () => {
  it("loads one listing in full, and refuses drafts and unknown slugs", async () => {
    const job = await getJobBySlug("zyxqua-open", t.db);
    expect(job?.isOpen).toBe(true);
    expect(job?.company.name).toBeTruthy();
    expect(await getJobBySlug("zyxqua-draft", t.db)).toBeNull();
    expect(await getJobBySlug("does-not-exist", t.db)).toBeNull();
    // A closed or expired listing stays reachable, marked as no longer open.
    expect((await getJobBySlug("zyxqua-closed", t.db))?.isOpen).toBe(false);
    expect((await getJobBySlug("zyxqua-expired", t.db))?.isOpen).toBe(false);
  });

  it("counts the home page figures over open listings, and lists the newest", async () => {
    const counts = await getSiteCounts(t.db);
    expect(counts.openJobs).toBe(await openCount());
    expect(counts.remoteJobs).toBe(await openCount(sql`workplace = 'remote'`));
    const latest = await getLatestJobs(5, t.db);
    const times = latest.map((j) => j.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const [newest] = rowsOf<{ id: number }>(
      await t.db.execute(
        sql`select id from jobs where status = 'published' and valid_through > now() order by published_at desc, id desc limit 1`,
      ),
    );
    expect(latest[0]!.id).toBe(newest!.id);
  });
});

describe(`home page counts (${process.env.TEST_DB})`, () => {
  // getSiteCounts sums open_job_counts (kept by triggers) for the days after today and
  // reads today's closings from jobs: every write and the passing of time must show at once.
  const direct = async () =>
    rowsOf<{ openJobs: number; hiringCompanies: number; remoteJobs: number; newThisWeek: number }>(
      await t.db.execute(sql`select count(*)::int as "openJobs", count(distinct company_id)::int as "hiringCompanies",
        (count(*) filter (where workplace = 'remote'))::int as "remoteJobs",
        (count(*) filter (where published_at > now() - interval '7 days'))::int as "newThisWeek"
        from jobs where status = 'published' and (valid_through is null or valid_through > now())`),
    )[0]!;

  it("stay exact through inserts, closes, renewals, deletes, expiry and the 7-day edge", async () => {
    expect(await getSiteCounts(t.db)).toEqual(await direct());
    const [company] = await t.db
      .select()
      .from(companies)
      .orderBy(sql`id desc`)
      .limit(1);
    const now = Date.now();
    const endOfToday = new Date(now).setUTCHours(24, 0, 0, 0);
    const base = {
      companyId: company!.id,
      companyName: company!.name,
      roleFamily: "data" as const,
      description: "Counting listings.",
      level: "mid" as const,
      employmentType: "full_time" as const,
      workplace: "remote" as const,
      location: "Remote (Worldwide)",
      applyUrl: "https://example.test/apply",
      status: "published" as const,
    };
    // Posted just inside and just outside the last 7 days; one closing later today (read
    // from jobs, not from the counts table), one already past its date, one without a date.
    await t.db.insert(jobs).values([
      {
        ...base,
        slug: "count-edge-in",
        title: "Edge In",
        publishedAt: new Date(now - 7 * DAY + 60_000),
        validThrough: new Date(now + 20 * DAY),
      },
      {
        ...base,
        slug: "count-edge-out",
        title: "Edge Out",
        publishedAt: new Date(now - 7 * DAY - 60_000),
        validThrough: new Date(now + 20 * DAY),
      },
      {
        ...base,
        slug: "count-today",
        title: "Today",
        publishedAt: new Date(now - DAY),
        validThrough: new Date(now + (endOfToday - now) / 2 + 1_000),
      },
      {
        ...base,
        slug: "count-past",
        title: "Past",
        publishedAt: new Date(now - 9 * DAY),
        validThrough: new Date(now - 1_000),
      },
      {
        ...base,
        slug: "count-open-ended",
        title: "Open ended",
        publishedAt: new Date(now - 2 * DAY),
        validThrough: null,
      },
    ]);
    expect(await getSiteCounts(t.db)).toEqual(await direct());
    await t.db.update(jobs).set({ status: "closed" }).where(eq(jobs.slug, "count-edge-in"));
    await t.db
      .update(jobs)
      .set({ workplace: "onsite", location: "Berlin, Germany" })
      .where(eq(jobs.slug, "count-open-ended"));
    expect(await getSiteCounts(t.db)).toEqual(await direct());
    // Renewed, then expired by its date passing (no write at the moment it closes).
    await t.db
      .update(jobs)
      .set({ validThrough: new Date(now + 40 * DAY) })
      .where(eq(jobs.slug, "count-past"));
    await t.db
      .update(jobs)
      .set({ validThrough: new Date(Date.now() + 1_500) })
      .where(eq(jobs.slug, "count-today"));
    expect(await getSiteCounts(t.db)).toEqual(await direct());
    await new Promise((r) => setTimeout(r, 2_000));
    const afterExpiry = await getSiteCounts(t.db);
    expect(afterExpiry).toEqual(await direct());
    await t.db.delete(jobs).where(sql`${jobs.slug} like 'count-%'`);
    expect(await getSiteCounts(t.db)).toEqual(await direct());
    expect(afterExpiry.openJobs).toBeGreaterThan(1000);
  });
});

describe(`guide queries (${process.env.TEST_DB})`, () => {
  it("lists guides and loads every section of the backend guide", async () => {
    expect((await getGuides(t.db)).map((g) => g.slug)).toContain("backend-engineer");
    const guide = await getGuideBySlug("backend-engineer", t.db);
    expect(guide).not.toBeNull();
    expect(guide!.levels.map((l) => l.level)).toEqual(["junior", "mid", "senior", "lead", "principal"]);
    expect(guide!.skillAreas).toHaveLength(12);
    expect(guide!.skillAreas.every((a) => a.skills.length > 0)).toBe(true);
    expect(guide!.certifications).toHaveLength(5);
    expect(guide!.faqs).toHaveLength(5);
    expect(guide!.timeline.length).toBeGreaterThanOrEqual(6);
    expect(await getGuideBySlug("nope", t.db)).toBeNull();
  });

  it("computes live figures equal to direct SQL over open backend listings", async () => {
    const guide = (await getGuideBySlug("backend-engineer", t.db))!;
    const f = await getGuideFigures(guide, t.db);
    const backend = sql`role_family = 'backend'`;
    expect(f.openPositions).toBe(await openCount(backend));
    expect(f.remoteCount).toBe(await openCount(sql`${backend} and workplace = 'remote'`));
    expect(f.freelanceCount).toBe(await openCount(sql`${backend} and employment_type = 'freelance'`));
    const [direct] = rowsOf<{ median: number; n: number }>(
      await t.db
        .execute(sql`select round(percentile_cont(0.5) within group (order by (salary_min_usd + salary_max_usd) / 2.0))::int as median, count(*)::int as n
        from jobs where role_family = 'backend' and status = 'published' and (valid_through is null or valid_through > now()) and salary_min_usd is not null`),
    );
    expect(f.medianPay).toBe(direct!.median);
    expect(f.withPay).toBe(direct!.n);
    // Each level's percentiles equal percentile_cont over the same listings, computed directly.
    const levels = rowsOf<{ level: string; n: number; p25: number; p50: number; p75: number }>(
      await t.db.execute(sql`select level, count(*)::int as n,
          round(percentile_cont(0.25) within group (order by (salary_min_usd + salary_max_usd) / 2.0))::int as p25,
          round(percentile_cont(0.5) within group (order by (salary_min_usd + salary_max_usd) / 2.0))::int as p50,
          round(percentile_cont(0.75) within group (order by (salary_min_usd + salary_max_usd) / 2.0))::int as p75
        from jobs where role_family = 'backend' and status = 'published' and (valid_through is null or valid_through > now())
          and salary_min_usd is not null group by level`),
    );
    expect(levels).toHaveLength(5);
    for (const d of levels) {
      const live = levelPay(f, d.level);
      expect(live, d.level).toEqual({ enough: true, count: d.n, p25: d.p25, p50: d.p50, p75: d.p75 });
      expect(d.n).toBeGreaterThanOrEqual(MIN_LEVEL_SAMPLE);
    }
  });

  it("says not enough data for a level with fewer listings than the threshold", async () => {
    const guide = (await getGuideBySlug("backend-engineer", t.db))!;
    // Keep MIN_LEVEL_SAMPLE - 1 open principal backend listings that show pay; close the rest.
    const keep = rowsOf<{ id: number }>(
      await t.db
        .execute(sql`select id from jobs where role_family = 'backend' and level = 'principal' and status = 'published'
        and (valid_through is null or valid_through > now()) and salary_min_usd is not null order by id limit ${MIN_LEVEL_SAMPLE - 1}`),
    ).map((r) => r.id);
    await t.db.execute(sql`update jobs set status = 'closed' where role_family = 'backend' and level = 'principal'
      and status = 'published' and id not in ${keep}`);
    const f = await getGuideFigures(guide, t.db);
    expect(levelPay(f, "principal")).toEqual({ enough: false, count: MIN_LEVEL_SAMPLE - 1 });
    expect(levelPay(f, "senior").enough).toBe(true);
  });

  it("excludes a listing from the figures once it closes", async () => {
    const guide = (await getGuideBySlug("backend-engineer", t.db))!;
    const before = await getGuideFigures(guide, t.db);
    await t.db.update(jobs).set({ status: "closed" }).where(eq(jobs.slug, "zyxqua-open"));
    const after = await getGuideFigures(guide, t.db);
    expect(after.openPositions).toBe(before.openPositions - 1);
  });
});
