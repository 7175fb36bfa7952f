import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import { companies, jobSkills, jobs, skills, userSkills, users, type JobLevel } from "@/db/schema";
import { getMatchedJobsByUser, getMatchViewerByUser } from "@/lib/matches/queries";
import { decodeScore } from "@/lib/matches/sql";
import { fromURLSearchParams, parseSearchParams } from "@/lib/search/params";
import { getJobsBySearch } from "@/lib/search/query";
import { searchJobs } from "@/lib/search/response";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
const DAY = 86_400_000;
const now = Date.now();
// Skills of our own, so the seeded skills' listings never mix in; plus a skill id past the
// width of jobs.skill_mask (256), which is counted from skill_ids instead.
const MINE = ["mx-alpha", "mx-beta", "mx-gamma", "mx-delta"];
let ana: string; // MINE + mx-wide; 3 years (mid), target senior: fits mid and senior
let bo: string; // kubernetes + mx-other only
let cy: string; // no skills
let di: string; // only mx-wide, a skill id past the mask
const id: Record<string, number> = {};

async function addListing(
  slug: string,
  skillSlugs: string[],
  level: JobLevel,
  ageDays: number,
  extra: Partial<typeof jobs.$inferInsert> = {},
) {
  const [company] = await t.db.select().from(companies).limit(1);
  const skillRows = skillSlugs.length
    ? await t.db.select({ id: skills.id, name: skills.name }).from(skills).where(inArray(skills.slug, skillSlugs))
    : [];
  const [row] = await t.db
    .insert(jobs)
    .values({
      companyId: company!.id,
      companyName: company!.name,
      slug,
      title: `Engineer ${slug}`,
      roleFamily: "backend",
      description: "Constructed for the match tests.",
      level,
      employmentType: "full_time",
      workplace: "remote",
      location: "Remote (Europe)",
      applyUrl: "https://example.test/apply",
      status: "published",
      publishedAt: new Date(now - ageDays * DAY),
      validThrough: new Date(now + 30 * DAY),
      skillIds: skillRows.map((s) => s.id).sort((a, b) => a - b),
      skillsText: skillRows.map((s) => s.name).join(" "),
      ...extra,
    })
    .returning({ id: jobs.id });
  if (skillRows.length) await t.db.insert(jobSkills).values(skillRows.map((s) => ({ jobId: row!.id, skillId: s.id })));
  id[slug] = row!.id;
}

async function addUser(
  email: string,
  skillSlugs: string[],
  profile: { yearsExperience?: number | null; targetLevel?: JobLevel | null } = {},
) {
  const [u] = await t.db
    .insert(users)
    .values({ email, name: email, ...profile })
    .returning({ id: users.id });
  if (skillSlugs.length) {
    const rows = await t.db.select({ id: skills.id }).from(skills).where(inArray(skills.slug, skillSlugs));
    await t.db.insert(userSkills).values(rows.map((s) => ({ userId: u!.id, skillId: s.id })));
  }
  return u!.id;
}

const P = (qs: string) => {
  const r = parseSearchParams(fromURLSearchParams(new URLSearchParams(qs)));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { jobs: 0 });
  await t.db.insert(skills).values([
    ...MINE.map((slug) => ({
      slug,
      name: slug.replace("mx-", "Mx ").replace(/\b\w/g, (c) => c.toUpperCase()),
      category: "test",
    })),
    { slug: "mx-other", name: "Mx Other", category: "test" },
  ]);
  await t.db.execute(
    sql`insert into skills (id, slug, name, category) overriding system value values (300, 'mx-wide', 'Mx Wide', 'test')`,
  );

  await addListing("l1-perfect-mid", ["mx-alpha", "mx-beta"], "mid", 1); // 2/2, level fits: 100002
  await addListing("l2-perfect-junior", ["mx-alpha", "mx-beta", "mx-gamma", "mx-delta"], "junior", 2); // 4/4, one level below: 100001
  await addListing("l3-half-new", ["mx-alpha", "kubernetes"], "senior", 1); // 1/2: 50002
  await addListing("l4-half-old", ["mx-alpha", "mx-beta", "kubernetes", "mx-other"], "senior", 3); // 2/4: 50002, older
  // Same score and date as l4: the higher id comes first.
  const l4 = await t.db.select({ p: jobs.publishedAt }).from(jobs).where(eq(jobs.slug, "l4-half-old"));
  await addListing("l5-half-twin", ["mx-alpha", "mx-beta", "kubernetes", "mx-other"], "senior", 0, {
    publishedAt: l4[0]!.p,
  });
  await addListing("l6-third-principal", ["mx-alpha", "kubernetes", "mx-other"], "principal", 0); // 1/3, two levels above: 33330
  await addListing("l7-wide", ["mx-wide", "mx-other", "kubernetes", "mx-gamma"], "lead", 4); // 2/4 via the wide id, one above: 50001
  await addListing("l8-none-shared", ["kubernetes", "mx-other"], "mid", 1); // shares nothing with ana
  await addListing("l9-no-skills", [], "mid", 2);
  // Perfect matches that must never appear: closed, expired, draft.
  await addListing("x-closed", ["mx-alpha"], "mid", 1, { status: "closed" });
  await addListing("x-expired", ["mx-alpha"], "mid", 40, { validThrough: new Date(now - DAY) });
  await addListing("x-draft", ["mx-alpha"], "mid", 1, { status: "draft", publishedAt: null });

  ana = await addUser("ana@example.test", [...MINE, "mx-wide"], { yearsExperience: 3, targetLevel: "senior" });
  bo = await addUser("bo@example.test", ["kubernetes", "mx-other"]);
  cy = await addUser("cy@example.test", []);
  di = await addUser("di@example.test", ["mx-wide"], { targetLevel: "lead" });
});
afterAll(() => t?.drop());

const ANA_ORDER = [
  "l1-perfect-mid",
  "l2-perfect-junior",
  "l3-half-new",
  "l5-half-twin",
  "l4-half-old",
  "l7-wide",
  "l6-third-principal",
];

describe(`matches (${process.env.TEST_DB})`, () => {
  it("ranks by share of skills done, then level fit, then newest, then id", async () => {
    const page = await getMatchedJobsByUser(ana, { limit: 50 }, t.db);
    expect(page.items.map((m) => m.job.slug)).toEqual(ANA_ORDER);
    expect(page.items.map((m) => [m.done, m.total])).toEqual([
      [2, 2],
      [4, 4],
      [1, 2],
      [2, 4],
      [2, 4],
      [2, 4],
      [1, 3],
    ]);
    expect(page.items.map((m) => decodeScore(m.score))).toEqual([
      { share: 1, levelFit: 2 },
      { share: 1, levelFit: 1 },
      { share: 0.5, levelFit: 2 },
      { share: 0.5, levelFit: 2 },
      { share: 0.5, levelFit: 2 },
      { share: 0.5, levelFit: 1 },
      { share: 0.3333, levelFit: 0 },
    ]);
    expect(page.items.map((m) => m.level)).toEqual([
      "Your level",
      "One level below you",
      "Your level",
      "Your level",
      "Your level",
      "One level above you",
      "2 levels above you",
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it("says which skills are missing and links them to the roadmap, or to a search", async () => {
    const page = await getMatchedJobsByUser(ana, { limit: 50 }, t.db);
    const l4 = page.items.find((m) => m.job.slug === "l4-half-old")!;
    expect(l4.missing).toEqual([
      { slug: "kubernetes", name: "Kubernetes", href: "/guides/backend-engineer/roadmap#skill-kubernetes" },
      { slug: "mx-other", name: "Mx Other", href: "/jobs?skill=mx-other" },
    ]);
    expect(page.items.find((m) => m.job.slug === "l1-perfect-mid")!.missing).toEqual([]);
  });

  it("finds the same matches through the GIN index and through the mask", async () => {
    for (const user of [ana, bo, di]) {
      const auto = await getMatchedJobsByUser(user, { limit: 50 }, t.db);
      expect(auto.items.length).toBeGreaterThan(0);
      for (const candidates of ["index", "mask"] as const) {
        expect(await getMatchedJobsByUser(user, { limit: 50, candidates }, t.db)).toEqual(auto);
      }
    }
  });

  it("pages with keyset cursors, visiting every match exactly once", async () => {
    const seen: string[] = [];
    let after = null;
    for (let i = 0; i < 20; i++) {
      const page: Awaited<ReturnType<typeof getMatchedJobsByUser>> = await getMatchedJobsByUser(
        ana,
        { limit: 2, after },
        t.db,
      );
      seen.push(...page.items.map((m) => m.job.slug));
      if (!page.nextCursor) break;
      after = page.nextCursor;
    }
    expect(seen).toEqual(ANA_ORDER);
  });

  it("past the rank cap, ranks the newest candidates and lists older ones by date, each once", async () => {
    const walk = async (candidates: "index" | "mask") => {
      const seen: string[] = [];
      let after = null;
      for (let i = 0; i < 20; i++) {
        const page: Awaited<ReturnType<typeof getMatchedJobsByUser>> = await getMatchedJobsByUser(
          ana,
          { limit: 2, after, rankCap: 3, candidates },
          t.db,
        );
        seen.push(...page.items.map((m) => m.job.slug));
        if (!page.nextCursor) return seen;
        after = page.nextCursor;
      }
      throw new Error("paging did not end");
    };
    // Through the mask, the ranked set is the newest three open listings: l6, then l8 l3
    // (same time as l1: id desc). Ana shares skills with l3 and l6, ranked by match; older
    // listings sharing a skill follow newest first (l1 is older than l3 only by id).
    expect(await walk("mask")).toEqual([
      "l3-half-new",
      "l6-third-principal",
      "l1-perfect-mid",
      "l2-perfect-junior",
      "l5-half-twin",
      "l4-half-old",
      "l7-wide",
    ]);
    // Through the GIN index (few candidates), it is the newest three that share a skill.
    expect(await walk("index")).toEqual([
      "l1-perfect-mid",
      "l3-half-new",
      "l6-third-principal",
      "l2-perfect-junior",
      "l5-half-twin",
      "l4-half-old",
      "l7-wide",
    ]);
    // The search's match sort with a filter, past a small cap: each listing once, none lost.
    const viewer = (await getMatchViewerByUser(ana, t.db))!;
    for (const qs of ["sort=match&level=senior", "sort=match&workplace=remote", "sort=match&skill=kubernetes"]) {
      const seenSearch: string[] = [];
      let cursor = "";
      for (let i = 0; i < 30; i++) {
        const page = await getJobsBySearch(P(`${qs}&limit=1${cursor ? `&cursor=${cursor}` : ""}`), t.db, {
          match: viewer,
          matchCap: 2,
        });
        seenSearch.push(...page.items.map((j) => j.slug));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      const byDate = await getJobsBySearch(P(`${qs.replace("sort=match", "sort=newest")}&limit=50`), t.db);
      expect([...seenSearch].sort(), qs).toEqual(byDate.items.map((j) => j.slug).sort());
    }
    const sorted = await getJobsBySearch(P("sort=match&limit=50"), t.db, {
      match: (await getMatchViewerByUser(ana, t.db))!,
      matchCap: 3,
    });
    expect(new Set(sorted.items.map((j) => j.slug)).size).toBe(sorted.items.length);
    expect(sorted.items.length).toBe(ANA_ORDER.length + 2);
  });

  it("never shows closed, expired or draft listings", async () => {
    const all = (await getMatchedJobsByUser(ana, { limit: 50 }, t.db)).items.map((m) => m.job.slug);
    expect(all.filter((s) => s.startsWith("x-"))).toEqual([]);
    const searched = await getJobsBySearch(P("sort=match&limit=50"), t.db, {
      match: (await getMatchViewerByUser(ana, t.db))!,
    });
    expect(searched.items.map((j) => j.slug).filter((s) => s.startsWith("x-"))).toEqual([]);
  });

  it("uses only the user's own skills", async () => {
    const page = await getMatchedJobsByUser(bo, { limit: 50 }, t.db);
    // Bo has kubernetes and mx-other: l8 is a full match for Bo and never one for Ana.
    expect(page.items[0]!.job.slug).toBe("l8-none-shared");
    expect(page.items.map((m) => m.job.slug)).not.toContain("l1-perfect-mid");
    expect(page.items.every((m) => m.job.skills.some((s) => ["kubernetes", "mx-other"].includes(s.slug)))).toBe(true);
    expect(page.profile?.skills.map((s) => s.slug)).toEqual(["kubernetes", "mx-other"]);
    // Without years or target level, level ranks nothing: equal shares fall back to newest.
    expect(page.items.every((m) => m.level === null && decodeScore(m.score).levelFit === 0)).toBe(true);
    expect((await getMatchedJobsByUser(ana, { limit: 50 }, t.db)).items.map((m) => m.job.slug)).not.toContain(
      "l8-none-shared",
    );
  });

  it("finds and counts skills whose ids lie past the mask", async () => {
    const page = await getMatchedJobsByUser(di, { limit: 50 }, t.db);
    expect(page.items.map((m) => [m.job.slug, m.done, m.total, decodeScore(m.score)])).toEqual([
      ["l7-wide", 1, 4, { share: 0.25, levelFit: 2 }],
    ]);
  });

  it("has nothing to rank for a user without skills, or an unknown user", async () => {
    expect(await getMatchedJobsByUser(cy, {}, t.db)).toEqual({
      items: [],
      nextCursor: null,
      profile: { skills: [], yearsExperience: null, targetLevel: null },
    });
    expect(await getMatchedJobsByUser("no-such-user", {}, t.db)).toEqual({
      items: [],
      nextCursor: null,
      profile: null,
    });
  });

  it("adds a best-match sort to the search that keeps every result and pages exactly once", async () => {
    const viewer = (await getMatchViewerByUser(ana, t.db))!;
    const full = await getJobsBySearch(P("sort=match&limit=50"), t.db, { match: viewer });
    // Listings sharing no skill still belong to the search: after the matches, by level fit, then newest.
    expect(full.items.map((j) => j.slug)).toEqual([...ANA_ORDER, "l8-none-shared", "l9-no-skills"]);
    expect(full.total).toBe((await getJobsBySearch(P("limit=50"), t.db)).total);
    const seen: string[] = [];
    let cursor = "";
    for (let i = 0; i < 20; i++) {
      const page = await getJobsBySearch(P(`sort=match&limit=3${cursor ? `&cursor=${cursor}` : ""}`), t.db, {
        match: viewer,
      });
      seen.push(...page.items.map((j) => j.slug));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(full.items.map((j) => j.slug));
    // A skill filter under the match sort (tested on the skill mask) keeps exactly the
    // listings the same filter keeps under the date sort, and an unknown skill keeps none.
    for (const skill of ["kubernetes", "mx-wide", "kubernetes&skill=mx-other"]) {
      const byMatch = await getJobsBySearch(P(`sort=match&limit=50&skill=${skill}`), t.db, { match: viewer });
      const byDate = await getJobsBySearch(P(`sort=newest&limit=50&skill=${skill}`), t.db);
      expect(byDate.items.length, skill).toBeGreaterThan(0);
      expect(byMatch.items.map((j) => j.slug).sort(), skill).toEqual(byDate.items.map((j) => j.slug).sort());
    }
    expect((await getJobsBySearch(P("sort=match&skill=no-such-skill"), t.db, { match: viewer })).items).toEqual([]);
    // Filters still apply under the match sort.
    const seniors = await getJobsBySearch(P("sort=match&level=senior"), t.db, { match: viewer });
    expect(seniors.items.map((j) => j.slug)).toEqual(["l3-half-new", "l5-half-twin", "l4-half-old"]);
  });

  it("with words, ranks the newest matches of the text and lists older ones by date, each once", async () => {
    const viewer = (await getMatchViewerByUser(ana, t.db))!;
    const walk = async (qs: string, matchCap?: number) => {
      const seen: string[] = [];
      let cursor = "";
      for (let i = 0; i < 20; i++) {
        const page = await getJobsBySearch(P(`${qs}&limit=2${cursor ? `&cursor=${cursor}` : ""}`), t.db, {
          match: viewer,
          matchCap,
        });
        seen.push(...page.items.map((j) => j.slug));
        if (!page.nextCursor) return seen;
        cursor = page.nextCursor;
      }
      throw new Error("paging did not end");
    };
    // Newest first the open listings are l6, then l8 l3 l1 (same time: id desc), l9 l2, l5 l4, l7.
    // Capped at 4: {l6, l8, l3, l1} by match, then the older ones newest first.
    expect(await walk("q=engineer&sort=match", 4)).toEqual([
      "l1-perfect-mid",
      "l3-half-new",
      "l6-third-principal",
      "l8-none-shared",
      "l9-no-skills",
      "l2-perfect-junior",
      "l5-half-twin",
      "l4-half-old",
      "l7-wide",
    ]);
    // Under the cap the ranking is exact.
    expect(await walk("q=engineer&sort=match")).toEqual([...ANA_ORDER, "l8-none-shared", "l9-no-skills"]);
  });

  it("shows each result's match to a signed-in searcher, and nothing to others", async () => {
    const viewer = (await getMatchViewerByUser(ana, t.db))!;
    const mine = await searchJobs(P("sort=match&limit=3"), { viewer }, t.db);
    expect(mine.items.map((j) => j.match)).toEqual([
      { done: 2, total: 2 },
      { done: 4, total: 4 },
      { done: 1, total: 2 },
    ]);
    const anon = await searchJobs(P("limit=3"), {}, t.db);
    expect(anon.items.every((j) => j.match === undefined)).toBe(true);
  });

  it("rejects a cursor from another sort", () => {
    const r = parseSearchParams({
      sort: "newest",
      cursor: btoa(JSON.stringify({ s: "match", m: 5, p: new Date().toISOString(), id: 3 })).replace(/=+$/, ""),
    });
    expect(r.ok).toBe(false);
  });
});
