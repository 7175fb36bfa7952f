import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import { searchHref } from "@/lib/guides/live";
import { backendGuide } from "@/content/guides/backend";
import { companies, guides, jobs, roadmapMilestones, roadmapProgress, skills, userSkills, users } from "@/db/schema";
import { getProfile, updateProfile } from "@/lib/accounts/profile";
import { countProgress, readiness } from "@/lib/roadmap/progress";
import { getProgressByUser, getRoadmapByGuideSlug, getRoadmapDemand, getSharedRoadmap } from "@/lib/roadmap/queries";
import { mergeBrowserProgress, setMilestoneStatus, setRoadmapShared } from "@/lib/roadmap/service";
import type { RoadmapView } from "@/lib/roadmap/types";
import { createTestDatabase, rowsOf, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
let roadmap: RoadmapView;
let guideId: number;
const DAY = 86_400_000;

async function newUser(name: string) {
  return (
    await t.db
      .insert(users)
      .values({ email: `${name.toLowerCase()}-${Math.random()}@example.test`, name })
      .returning({ id: users.id })
  )[0]!.id;
}
const profileSkills = async (userId: string) =>
  (
    await t.db
      .select({ slug: skills.slug })
      .from(userSkills)
      .innerJoin(skills, eq(skills.id, userSkills.skillId))
      .where(eq(userSkills.userId, userId))
  )
    .map((r) => r.slug)
    .sort();
const set = (userId: string, milestone: string, status: "todo" | "learning" | "done" | "skipped", at?: Date) =>
  setMilestoneStatus(t.db, userId, guideId, { milestone, status }, at);

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { jobs: 0 });
  roadmap = (await getRoadmapByGuideSlug("backend-engineer", t.db))!;
  guideId = roadmap.guide.id;
});
afterAll(() => t?.drop());

describe(`roadmap content (${process.env.TEST_DB})`, () => {
  it("has a skill milestone for exactly the guide's skill-area skills, the five certifications, topics and projects", async () => {
    const areaSkills = rowsOf<{ slug: string }>(
      await t.db.execute(
        sql`select s.slug from guide_skill_area_skills gs join guide_skill_areas a on a.id = gs.area_id join skills s on s.id = gs.skill_id where a.guide_id = ${guideId}`,
      ),
    ).map((r) => r.slug);
    const skillMilestones = roadmap.milestones.filter((m) => m.kind === "skill").map((m) => m.skill!.slug);
    expect(areaSkills).toHaveLength(32);
    expect(skillMilestones.sort()).toEqual(areaSkills.sort());
    const certs = rowsOf<{ name: string }>(
      await t.db.execute(sql`select name from certifications where guide_id = ${guideId}`),
    ).map((r) => r.name);
    expect(
      roadmap.milestones
        .filter((m) => m.kind === "certification")
        .map((m) => m.title)
        .sort(),
    ).toEqual(certs.sort());
    expect(roadmap.milestones.filter((m) => m.kind === "topic").map((m) => m.slug)).toEqual(
      expect.arrayContaining(["sql-joins", "sql-indexes", "sql-explain-analyze", "sql-transactions"]),
    );
    expect(roadmap.milestones.filter((m) => m.kind === "project").length).toBeGreaterThanOrEqual(5);
    // Every level has milestones, and every area heading is one of the guide's areas or an extra group.
    expect(new Set(roadmap.milestones.map((m) => m.level))).toEqual(
      new Set(["junior", "mid", "senior", "lead", "principal"]),
    );
  });

  it("re-seeding updates milestones in place and keeps progress", async () => {
    const ana = await newUser("Ana");
    await set(ana, "sql-joins", "learning");
    const before = rowsOf<{ id: number; slug: string }>(
      await t.db.execute(sql`select id, slug from roadmap_milestones order by id`),
    );
    await t.db.update(roadmapMilestones).set({ title: "Old title" }).where(eq(roadmapMilestones.slug, "sql-joins"));
    await seedDatabase(t.db, { jobs: 0 });
    const after = rowsOf<{ id: number; slug: string }>(
      await t.db.execute(sql`select id, slug from roadmap_milestones order by id`),
    );
    expect(after).toEqual(before);
    expect(
      (await getRoadmapByGuideSlug("backend-engineer", t.db))!.milestones.find((m) => m.slug === "sql-joins")!.title,
    ).toBe("SQL: joins and aggregates");
    expect((await getProgressByUser(ana, guideId, t.db))["sql-joins"]?.status).toBe("learning");
  });

  it("refuses a roadmap whose skill milestones differ from the guide's skills", async () => {
    const { seedRoadmap } = await import("@/db/seed/roadmap");
    const ids = new Map(
      (await t.db.select({ id: skills.id, slug: skills.slug }).from(skills)).map((s) => [s.slug, s.id]),
    );
    const backendRoadmap = { guide: backendGuide.slug, milestones: [...backendGuide.roadmap] };
    const withoutGo = {
      ...backendRoadmap,
      milestones: backendRoadmap.milestones.filter((m) => m.slug !== "go"),
    };
    await expect(seedRoadmap(t.db, withoutGo, ids)).rejects.toThrow(/missing: go/);
    const withRedis = {
      ...backendRoadmap,
      milestones: [
        ...backendRoadmap.milestones,
        {
          slug: "redis",
          level: "senior" as const,
          area: "x",
          kind: "skill" as const,
          skill: "redis",
          title: "Redis",
          description: "",
        },
      ],
    };
    await expect(seedRoadmap(t.db, withRedis, ids)).rejects.toThrow(/not in the guide: redis/);
  });
});

describe(`roadmap progress (${process.env.TEST_DB})`, () => {
  it("counts done and skipped as complete, per level and overall", async () => {
    const bo = await newUser("Bo");
    await set(bo, "sql", "done");
    await set(bo, "git", "done");
    await set(bo, "project-crud-api", "done");
    await set(bo, "mysql", "skipped");
    await set(bo, "rest", "learning");
    await set(bo, "kubernetes", "learning");
    await set(bo, "kubernetes", "todo");
    const progress = await getProgressByUser(bo, guideId, t.db);
    const total = roadmap.milestones.length;
    expect(countProgress(roadmap.milestones, progress)).toEqual({
      total,
      done: 3,
      learning: 1,
      skipped: 1,
      completed: 4,
      percent: Math.floor((4 / total) * 100),
    });
    const junior = roadmap.milestones.filter((m) => m.level === "junior");
    expect(countProgress(junior, progress)).toMatchObject({
      total: junior.length,
      completed: 4,
      percent: Math.floor((4 / junior.length) * 100),
    });
    expect(
      countProgress(
        roadmap.milestones.filter((m) => m.level === "senior"),
        progress,
      ),
    ).toMatchObject({ completed: 0, percent: 0 });
    expect(countProgress([], {})).toMatchObject({ total: 0, percent: 0 });
  });

  it("keeps skill milestones and the profile's skills in step, both ways", async () => {
    const cy = await newUser("Cy");
    await set(cy, "sql", "done");
    await set(cy, "docker", "done");
    expect(await profileSkills(cy)).toEqual(["docker", "sql"]);
    await set(cy, "docker", "learning");
    await set(cy, "sql", "skipped");
    expect(await profileSkills(cy)).toEqual([]);
    // Topics never touch the profile.
    await set(cy, "sql-joins", "done");
    expect(await profileSkills(cy)).toEqual([]);

    // A skill added on the profile is done on the roadmap; removed there, it is no longer done.
    const profile = {
      name: "Cy",
      headline: "",
      location: "",
      yearsExperience: null,
      targetGuide: "",
      targetLevel: "" as const,
      visibility: "private" as const,
      workplacePreference: "" as const,
    };
    await set(cy, "go", "done");
    await updateProfile(t.db, cy, { ...profile, skills: ["kubernetes", "rust"] });
    const p = await getProgressByUser(cy, guideId, t.db);
    expect(p["kubernetes"]).toEqual({ status: "done", updatedAt: null });
    expect(p["go"]?.status).toBe("todo");
    expect(p["docker"]?.status).toBe("learning");
    expect((await getProfile(t.db, cy))!.skills).toEqual(["kubernetes", "rust"]);
  });

  it("reports an unknown milestone as a field error and writes nothing", async () => {
    const di = await newUser("Di");
    expect(await set(di, "no-such-milestone", "done")).toMatchObject({
      ok: false,
      issues: [{ path: "milestone", message: "Unknown milestone" }],
    });
    const [other] = await t.db
      .insert(guides)
      .values({
        slug: "other-guide",
        title: "Other",
        roleFamily: "frontend",
        summary: "",
        whatIs: "",
        vsOther: "",
        author: "",
      })
      .returning({ id: guides.id });
    // A milestone slug of another guide is unknown on this one.
    expect(await setMilestoneStatus(t.db, di, other!.id, { milestone: "sql", status: "done" })).toMatchObject({
      ok: false,
    });
    expect(await t.db.select().from(roadmapProgress).where(eq(roadmapProgress.userId, di))).toEqual([]);
    expect(await profileSkills(di)).toEqual([]);
  });

  it("keeps each user's progress to themselves", async () => {
    const ed = await newUser("Ed");
    const flo = await newUser("Flo");
    await set(ed, "sql", "done");
    await set(ed, "sql-joins", "learning");
    await set(flo, "sql-joins", "skipped");
    expect(await getProgressByUser(flo, guideId, t.db)).toEqual({
      "sql-joins": { status: "skipped", updatedAt: expect.any(String) },
    });
    expect(await profileSkills(flo)).toEqual([]);
    const ed2 = await getProgressByUser(ed, guideId, t.db);
    expect(ed2["sql-joins"]?.status).toBe("learning");
    expect(ed2["sql"]?.status).toBe("done");
    // Flo merging browser progress changes Flo's account only.
    await mergeBrowserProgress(t.db, flo, guideId, [
      { milestone: "sql", status: "skipped", updatedAt: new Date().toISOString() },
    ]);
    expect((await getProgressByUser(ed, guideId, t.db))["sql"]?.status).toBe("done");
    expect(await profileSkills(ed)).toEqual(["sql"]);
  });
});

describe(`merging browser progress on sign-in (${process.env.TEST_DB})`, () => {
  it("keeps the newer status per milestone and never drops one set on only one side", async () => {
    const gi = await newUser("Gi");
    const now = Date.now();
    const iso = (msAgo: number) => new Date(now - msAgo).toISOString();
    await set(gi, "sql", "done", new Date(now - 5 * DAY)); // newer than the browser's: stays
    await set(gi, "rest", "learning", new Date(now - 5 * DAY)); // older than the browser's: replaced
    await set(gi, "git", "done", new Date(now - 5 * DAY)); // only in the account: kept
    await updateProfile(t.db, gi, {
      name: "Gi",
      headline: "",
      location: "",
      yearsExperience: null,
      targetGuide: "",
      targetLevel: "",
      visibility: "private",
      workplacePreference: "",
      skills: ["sql", "git", "rest", "docker"],
    });
    // docker came from the profile (no roadmap record): the browser cannot undo it.
    await set(gi, "rest", "learning", new Date(now - 5 * DAY));

    const result = await mergeBrowserProgress(t.db, gi, guideId, [
      { milestone: "sql", status: "todo", updatedAt: iso(9 * DAY) },
      { milestone: "rest", status: "done", updatedAt: iso(1 * DAY) },
      { milestone: "sql-joins", status: "skipped", updatedAt: iso(2 * DAY) }, // only in the browser: added
      { milestone: "docker", status: "todo", updatedAt: iso(0) },
      { milestone: "jwt", status: "done", updatedAt: new Date(now + 365 * DAY).toISOString() }, // future clock: counts as now
      { milestone: "gone-from-roadmap", status: "done", updatedAt: iso(0) },
    ]);
    expect(result.merged).toBe(3);
    expect(result.ignored).toBe(1);
    const p = result.progress;
    expect(p["sql"]?.status).toBe("done");
    expect(p["rest"]?.status).toBe("done");
    expect(p["git"]?.status).toBe("done");
    expect(p["sql-joins"]?.status).toBe("skipped");
    expect(p["docker"]?.status).toBe("done");
    expect(p["jwt"]?.status).toBe("done");
    expect(new Date(p["jwt"]!.updatedAt!).getTime()).toBeLessThanOrEqual(Date.now());
    expect(await profileSkills(gi)).toEqual(["docker", "git", "jwt", "rest", "sql"]);
    expect(await getProgressByUser(gi, guideId, t.db)).toEqual(p);

    // Merging the same browser data again changes nothing.
    expect(
      (await mergeBrowserProgress(t.db, gi, guideId, [{ milestone: "rest", status: "done", updatedAt: iso(1 * DAY) }]))
        .merged,
    ).toBe(0);
  });
});

describe(`readiness and live demand (${process.env.TEST_DB})`, () => {
  it("is ready for a level once its skills and topics and those below are done or skipped", async () => {
    const req = (level: string) =>
      roadmap.milestones.filter((m) => m.level === level && (m.kind === "skill" || m.kind === "topic"));
    const mark = (ms: typeof roadmap.milestones, status: "done" | "skipped") =>
      Object.fromEntries(ms.map((m) => [m.slug, { status, updatedAt: null }]));
    expect(readiness(roadmap.levels, roadmap.milestones, {})).toMatchObject({
      ready: null,
      next: { level: { level: "junior" } },
    });
    const junior = { ...mark(req("junior"), "done"), python: { status: "skipped" as const, updatedAt: null } };
    const r1 = readiness(roadmap.levels, roadmap.milestones, junior);
    expect(r1.ready?.level).toBe("junior");
    expect(r1.next?.level.level).toBe("mid");
    expect(r1.next?.missing.map((m) => m.slug).sort()).toEqual(
      req("mid")
        .map((m) => m.slug)
        .sort(),
    );
    // Learning is not complete.
    expect(
      readiness(roadmap.levels, roadmap.milestones, { ...junior, git: { status: "learning", updatedAt: null } }).ready,
    ).toBeNull();
    const all = mark(
      roadmap.milestones.filter((m) => m.kind === "skill" || m.kind === "topic"),
      "done",
    );
    expect(readiness(roadmap.levels, roadmap.milestones, all)).toMatchObject({
      ready: { level: "principal" },
      next: null,
    });
  });

  it("counts open listings per skill and per level with their median pay", async () => {
    const [company] = await t.db
      .insert(companies)
      .values({ slug: "roadmap-co", name: "Roadmap Co" })
      .returning({ id: companies.id });
    const id = async (slug: string) =>
      (await t.db.select({ id: skills.id }).from(skills).where(eq(skills.slug, slug)))[0]!.id;
    const [sqlId, goId, rustId] = [await id("sql"), await id("go"), await id("rust")];
    const before = await getRoadmapDemand({ slug: "backend-engineer" }, t.db);
    const base = {
      companyId: company!.id,
      roleFamily: "backend" as const,
      description: "x",
      level: "mid" as const,
      employmentType: "full_time" as const,
      workplace: "remote" as const,
      location: "Remote",
      applyUrl: "https://example.test",
    };
    const open = {
      status: "published" as const,
      publishedAt: new Date(),
      validThrough: new Date(Date.now() + 30 * DAY),
    };
    await t.db.insert(jobs).values([
      {
        ...base,
        ...open,
        slug: "rm-1",
        title: "A",
        skillIds: [sqlId, goId].sort(),
        salaryMin: 100_000,
        salaryMax: 120_000,
      },
      {
        ...base,
        ...open,
        slug: "rm-2",
        title: "B",
        skillIds: [sqlId],
        salaryMin: 140_000,
        salaryMax: 160_000,
        level: "senior",
      },
      { ...base, ...open, slug: "rm-3", title: "C", skillIds: [sqlId, rustId].sort(), roleFamily: "frontend" },
      {
        ...base,
        slug: "rm-closed",
        title: "D",
        skillIds: [sqlId, goId].sort(),
        status: "closed",
        publishedAt: new Date(),
        salaryMin: 900_000,
      },
      {
        ...base,
        ...open,
        slug: "rm-expired",
        title: "E",
        skillIds: [goId],
        validThrough: new Date(Date.now() - DAY),
        salaryMin: 900_000,
      },
      { ...base, slug: "rm-draft", title: "F", skillIds: [goId], status: "draft" },
    ]);
    const d = await getRoadmapDemand({ slug: "backend-engineer" }, t.db);
    // Skill demand (lib/guides/demand.ts): open listings of the guide's family (the frontend
    // one with SQL does not count), each the total of the search it links to; median of the
    // middle of each range (the one pay point).
    expect(d.skills[String(sqlId)]).toEqual({
      open: 2,
      medianPay: 130_000,
      href: searchHref({ guide: "backend-engineer", skill: "sql" }),
    });
    expect(d.skills[String(goId)]).toEqual({
      open: 1,
      medianPay: 110_000,
      href: searchHref({ guide: "backend-engineer", skill: "go" }),
    });
    // Rust is not on the roadmap: not computed.
    expect(d.skills[String(rustId)]).toBeUndefined();
    expect(before.skills[String(sqlId)]).toMatchObject({ open: 0, medianPay: null });
    expect(d.levels.mid).toEqual({
      open: 1,
      medianPay: 110_000,
      href: searchHref({ guide: "backend-engineer", level: "mid" }),
    });
    expect(d.levels.senior).toEqual({
      open: 1,
      medianPay: 150_000,
      href: searchHref({ guide: "backend-engineer", level: "senior" }),
    });
  });
});

describe(`public share (${process.env.TEST_DB})`, () => {
  it("is off by default, shows progress and a first name only, and stops working when turned off", async () => {
    const hal = await newUser("Hal Jordan");
    await t.db.update(users).set({ headline: "secret headline" }).where(eq(users.id, hal));
    await set(hal, "sql", "done");
    const rows = await t.db
      .select()
      .from(roadmapProgress)
      .where(and(eq(roadmapProgress.userId, hal)));
    expect(rows).toHaveLength(1);
    const token = await setRoadmapShared(t.db, hal, guideId, true);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await setRoadmapShared(t.db, hal, guideId, true)).toBe(token);
    const shared = await getSharedRoadmap(token!, t.db);
    expect(shared?.firstName).toBe("Hal");
    expect(shared?.progress).toEqual({ sql: { status: "done", updatedAt: null } });
    expect(JSON.stringify(shared)).not.toMatch(/example\.test|secret headline|Jordan/);
    await setRoadmapShared(t.db, hal, guideId, false);
    expect(await getSharedRoadmap(token!, t.db)).toBeNull();
    const again = await setRoadmapShared(t.db, hal, guideId, true);
    expect(again).not.toBe(token);
    expect(await getSharedRoadmap(token!, t.db)).toBeNull();
  });
});
