import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import { guides, jobs, users } from "@/db/schema";
import { getMatchedJobsByUser } from "@/lib/matches/queries";
import { getProgressByUser } from "@/lib/roadmap/queries";
import { setMilestoneStatus } from "@/lib/roadmap/service";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
let userId: string;
const guideId = async (slug: string) =>
  (await t.db.select({ id: guides.id }).from(guides).where(eq(guides.slug, slug)))[0]!.id;

const familiesOf = async (items: { job: { id: number } }[]) =>
  items.length
    ? new Set(
        (
          await t.db
            .select({ f: jobs.roleFamily })
            .from(jobs)
            .where(
              inArray(
                jobs.id,
                items.map((m) => m.job.id),
              ),
            )
        ).map((r) => r.f),
      )
    : new Set<string>();

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db);
  userId = (
    await t.db.insert(users).values({ email: "progress@example.test", name: "Pat" }).returning({ id: users.id })
  )[0]!.id;
});
afterAll(() => t?.drop());

describe(`progress across guides (${process.env.TEST_DB})`, () => {
  it("a skill done on the frontend roadmap is done on every roadmap listing it, and nowhere else", async () => {
    for (const milestone of ["typescript", "react"]) {
      const r = await setMilestoneStatus(t.db, userId, await guideId("frontend-engineer"), {
        milestone,
        status: "done",
      });
      expect(r.ok).toBe(true);
    }
    const fullstack = await getProgressByUser(userId, await guideId("full-stack-developer"), t.db);
    expect(fullstack.typescript?.status).toBe("done");
    expect(fullstack.react?.status).toBe("done");
    const mobile = await getProgressByUser(userId, await guideId("mobile-developer"), t.db);
    expect(mobile.typescript?.status).toBe("done");
    expect(mobile["react-native"]).toBeUndefined();
    const data = await getProgressByUser(userId, await guideId("data-engineer"), t.db);
    expect(Object.keys(data)).toEqual([]);
  });

  it("matches can target any role family", async () => {
    const any = await getMatchedJobsByUser(userId, { limit: 50 }, t.db);
    expect((await familiesOf(any.items)).size).toBeGreaterThan(1);
    for (const family of ["frontend", "fullstack", "mobile"] as const) {
      const page = await getMatchedJobsByUser(userId, { limit: 20, roleFamily: family }, t.db);
      expect(page.items.length).toBeGreaterThan(0);
      expect([...(await familiesOf(page.items))]).toEqual([family]);
    }
    // Both ways of finding candidates honour the family.
    for (const candidates of ["index", "mask"] as const) {
      const page = await getMatchedJobsByUser(userId, { limit: 20, roleFamily: "mobile", candidates }, t.db);
      expect([...(await familiesOf(page.items))]).toEqual(["mobile"]);
    }
  });
});
