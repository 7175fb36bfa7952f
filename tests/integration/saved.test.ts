import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedDatabase } from "@/db/seed";
import { jobs, savedJobs, users } from "@/db/schema";
import { getSavedJobIdsByUser, getSavedJobsByUser, setJobSaved, updateSavedJob } from "@/lib/saved/service";
import { trackerUpdateSchema } from "@/lib/saved/validation";
import type { CurrentUser } from "@/lib/auth/session";
import { createTestDatabase, rowsOf, type TestDatabase } from "../helpers/db";

// The server actions run as in Next, minus the request: the session and the app's database
// are the test's.
const ctx = vi.hoisted(() => ({ db: null as unknown, user: null as CurrentUser | null }));
vi.mock("@/db", () => ({
  db: new Proxy({}, { get: (_t, prop) => Reflect.get(ctx.db as object, prop, ctx.db) }),
}));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => ctx.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { setSavedAction } = await import("@/app/me/jobs/actions");

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
  ctx.db = t.db;
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
    const results = await Promise.all(Array.from({ length: 50 }, () => setJobSaved(t.db, ana, openJob, true)));
    expect(results.every((r) => r.ok && r.value.saved)).toBe(true);
    const [row] = rowsOf<{ n: number }>(
      await t.db.execute(sql`select count(*)::int as n from saved_jobs where user_id = ${ana} and job_id = ${openJob}`),
    );
    expect(row!.n).toBe(1);
    expect(await getSavedJobIdsByUser(t.db, ana)).toEqual([openJob]);
  });

  it("refuses drafts and unknown listings", async () => {
    expect(await setJobSaved(t.db, ana, draftJob, true)).toMatchObject({ ok: false, reason: "not_found" });
    expect(await setJobSaved(t.db, ana, 987654, true)).toMatchObject({ ok: false, reason: "not_found" });
  });

  it("moves a role through the stages with notes and dates, for its owner only", async () => {
    const [entry] = await getSavedJobsByUser(t.db, ana);
    expect(entry!.stage).toBe("saved");
    expect(await updateSavedJob(t.db, bo, { id: entry!.id, stage: "offer", notes: "mine now" })).toMatchObject({
      ok: false,
      reason: "not_found",
    });
    expect(
      await updateSavedJob(t.db, ana, { id: entry!.id, stage: "applied", notes: "Sent CV and portfolio" }),
    ).toMatchObject({ ok: true });
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
    expect(await updateSavedJob(t.db, ana, form)).toMatchObject({ ok: true });
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

  it("refuses implausible tracker dates: applied in the future or long ago, a next step a century away", () => {
    const bad = trackerUpdateSchema.safeParse({ id: "1", appliedOn: "2999-01-01", nextStepOn: "1900-01-01" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path[0]).sort()).toEqual(["appliedOn", "nextStepOn"]);
    const old = trackerUpdateSchema.safeParse({ id: "1", appliedOn: "1900-01-01" });
    expect(old.success).toBe(false);
    const today = new Date().toISOString().slice(0, 10);
    expect(trackerUpdateSchema.safeParse({ id: "1", appliedOn: today, nextStepOn: today }).success).toBe(true);
  });

  it("keeps a card in place after it is edited (the tracker is ordered by when a role was saved)", async () => {
    const [first, second] = await t.db.select({ id: jobs.id }).from(jobs).where(eq(jobs.status, "published")).limit(2);
    await setJobSaved(t.db, bo, first!.id, true);
    await setJobSaved(t.db, bo, second!.id, true);
    const before = (await getSavedJobsByUser(t.db, bo)).map((e) => e.id);
    const older = before[before.length - 1]!;
    expect((await updateSavedJob(t.db, bo, { id: older, notes: "Called them" })).ok).toBe(true);
    expect((await getSavedJobsByUser(t.db, bo)).map((e) => e.id)).toEqual(before);
    await setJobSaved(t.db, bo, first!.id, false);
    await setJobSaved(t.db, bo, second!.id, false);
  });

  it("keeps a role in the tracker after its listing closes, marked as closed", async () => {
    await t.db.update(jobs).set({ status: "closed" }).where(eq(jobs.id, openJob));
    const [entry] = await getSavedJobsByUser(t.db, ana);
    expect(entry!.isOpen).toBe(false);
    expect(entry!.job.id).toBe(openJob);
  });

  it("unsaves, and saving again starts over", async () => {
    await setJobSaved(t.db, ana, openJob, false);
    await setJobSaved(t.db, ana, openJob, false);
    expect(await t.db.select().from(savedJobs).where(eq(savedJobs.userId, ana))).toEqual([]);
    await setJobSaved(t.db, ana, openJob, true);
    const [entry] = await getSavedJobsByUser(t.db, ana);
    expect(entry).toMatchObject({ stage: "saved", notes: "", appliedOn: null });
  });

  it('takes the action\'s yes/no by value: "false" unsaves, it never saves', async () => {
    ctx.user = { id: bo, email: "bo@example.test", name: null, role: "seeker" };
    const ids = () => getSavedJobIdsByUser(t.db, bo);
    expect(await setSavedAction({ jobId: openJob, saved: true })).toMatchObject({ ok: true, value: { saved: true } });
    expect(await ids()).toEqual([openJob]);
    expect(await setSavedAction({ jobId: String(openJob), saved: "false" })).toMatchObject({
      ok: true,
      value: { saved: false },
    });
    expect(await ids()).toEqual([]);
    expect(await setSavedAction({ jobId: openJob, saved: "false" })).toMatchObject({
      ok: true,
      value: { saved: false },
    });
    expect(await ids()).toEqual([]);
    // Anything but a real yes/no is refused (by the type, and at run time), and changes nothing.
    // @ts-expect-error "maybe" is not a yes/no
    expect(await setSavedAction({ jobId: openJob, saved: "maybe" })).toMatchObject({ ok: false, reason: "invalid" });
    expect(await setSavedAction({ jobId: "1e3", saved: true })).toMatchObject({ ok: false, reason: "invalid" });
    expect(await ids()).toEqual([]);
    ctx.user = null;
    expect(await setSavedAction({ jobId: openJob, saved: true })).toMatchObject({
      ok: false,
      reason: "unauthenticated",
    });
    expect(await ids()).toEqual([]);
  });
});
