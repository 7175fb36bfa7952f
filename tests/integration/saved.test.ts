import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import { jobs, savedJobs, users } from "@/db/schema";
import { getSavedJobIdsByUser, getSavedJobsByUser, saveJob, unsaveJob, updateSavedJob } from "@/lib/saved/service";
import { trackerUpdateSchema } from "@/lib/saved/validation";
import { createTestDatabase, rowsOf, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
let ana: string;
let bo: string;
let openJob: number;
let draftJob: number;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { jobs: 80 });
  const made = await t.db
    .insert(users)
    .values([{ email: "ana@example.test" }, { email: "bo@example.test" }])
    .returning({ id: users.id });
  [ana, bo] = [made[0]!.id, made[1]!.id];
  const [o] = rowsOf<{ id: number }>(
    await t.db.execute(
      sql`select id from jobs where status = 'published' and valid_through > now() order by id limit 1`,
    ),
  );
  const [d] = rowsOf<{ id: number }>(
    await t.db.execute(sql`select id from jobs where status = 'draft' order by id limit 1`),
  );
  openJob = o!.id;
  draftJob = d!.id;
});
afterAll(() => t?.drop());

describe(`saved roles (${process.env.TEST_DB})`, () => {
  it("keeps one row however many times, and however concurrently, a role is saved", async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => saveJob(t.db, ana, openJob)));
    expect(results.every((r) => r.saved)).toBe(true);
    const [row] = rowsOf<{ n: number }>(
      await t.db.execute(sql`select count(*)::int as n from saved_jobs where user_id = ${ana} and job_id = ${openJob}`),
    );
    expect(row!.n).toBe(1);
    expect(await getSavedJobIdsByUser(t.db, ana)).toEqual([openJob]);
  });

  it("refuses drafts and unknown listings", async () => {
    expect(await saveJob(t.db, ana, draftJob)).toEqual({ saved: false });
    expect(await saveJob(t.db, ana, 987654)).toEqual({ saved: false });
  });

  it("moves a role through the stages with notes and dates, for its owner only", async () => {
    const [entry] = await getSavedJobsByUser(t.db, ana);
    expect(entry!.stage).toBe("saved");
    expect(await updateSavedJob(t.db, bo, { id: entry!.id, stage: "offer", notes: "mine now" })).toBe(false);
    expect(await updateSavedJob(t.db, ana, { id: entry!.id, stage: "applied", notes: "Sent CV and portfolio" })).toBe(
      true,
    );
    let [after] = await getSavedJobsByUser(t.db, ana);
    expect(after).toMatchObject({ stage: "applied", notes: "Sent CV and portfolio" });
    expect(after!.appliedOn).toBe(new Date().toISOString().slice(0, 10));
    const form = trackerUpdateSchema.parse({
      id: String(entry!.id),
      stage: "interviewing",
      nextStep: "System design round",
      nextStepOn: "2026-12-03",
      appliedOn: "2026-11-20",
    });
    expect(await updateSavedJob(t.db, ana, form)).toBe(true);
    [after] = await getSavedJobsByUser(t.db, ana);
    expect(after).toMatchObject({
      stage: "interviewing",
      nextStep: "System design round",
      nextStepOn: "2026-12-03",
      appliedOn: "2026-11-20",
    });
    expect(await getSavedJobsByUser(t.db, ana, "applied")).toEqual([]);
    expect(await getSavedJobsByUser(t.db, bo)).toEqual([]);
  });

  it("rejects bad tracker input with field-level messages", () => {
    const r = trackerUpdateSchema.safeParse({
      id: "1",
      stage: "hired",
      appliedOn: "yesterday",
      notes: "x".repeat(5001),
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0]).sort()).toEqual(["appliedOn", "notes", "stage"]);
  });

  it("keeps a role in the tracker after its listing closes, marked as closed", async () => {
    await t.db.update(jobs).set({ status: "closed" }).where(eq(jobs.id, openJob));
    const [entry] = await getSavedJobsByUser(t.db, ana);
    expect(entry!.isOpen).toBe(false);
    expect(entry!.job.id).toBe(openJob);
  });

  it("unsaves, and saving again starts over", async () => {
    await unsaveJob(t.db, ana, openJob);
    await unsaveJob(t.db, ana, openJob);
    expect(await t.db.select().from(savedJobs).where(eq(savedJobs.userId, ana))).toEqual([]);
    await saveJob(t.db, ana, openJob);
    const [entry] = await getSavedJobsByUser(t.db, ana);
    expect(entry).toMatchObject({ stage: "saved", notes: "", appliedOn: null });
  });
});
