import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedDatabase } from "@/db/seed";
import { companies, jobReports, jobs, moderationEvents, users } from "@/db/schema";
import type { Database } from "@/db";
import type { CurrentUser } from "@/lib/auth/session";
import { getJobBySlug } from "@/lib/jobs/queries";
import { getSimilarOpenJobs } from "@/lib/jobs/similar";
import {
  getCompaniesForAdmin,
  getOpenReportGroups,
  getRecentModerationEvents,
  getRemovedListings,
  getReportByUser,
} from "@/lib/moderation/queries";
import {
  dismissReports,
  isAdmin,
  reportListing,
  restoreListing,
  setCompanyVerified,
  unpublishListing,
} from "@/lib/moderation/service";
import { reportSchema } from "@/lib/moderation/validation";
import { parseSearchParams } from "@/lib/search/params";
import { getJobsBySearch } from "@/lib/search/query";
import { revalidateTag } from "next/cache";
import { createTestDatabase, rowsOf, type TestDatabase } from "../helpers/db";

// The server actions run as they do in Next, minus the request: the session and the app's
// database are swapped for the test's, and cache revalidation is recorded.
const ctx = vi.hoisted(() => ({ db: null as unknown, user: null as CurrentUser | null }));
vi.mock("@/db", () => ({
  db: new Proxy({}, { get: (_t, prop) => Reflect.get(ctx.db as object, prop, ctx.db) }),
}));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => ctx.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));

const adminActions = await import("@/app/admin/actions");
const reportActions = await import("@/app/jobs/[slug]/actions");

let t: TestDatabase;
let db: Database;
const people = {} as Record<"seeker" | "seeker2" | "recruiter" | "admin", CurrentUser>;
let openJob: { id: number; slug: string; companyId: number; title: string };
let otherOpenJob: number;
let draftJob: number;
let removedJob: number;

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const as = (who: keyof typeof people | null) => {
  ctx.user = who ? people[who] : null;
};
const search = async (qs: string) => {
  const r = parseSearchParams(Object.fromEntries(new URLSearchParams(qs)));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return getJobsBySearch(r.value, db);
};

/** Every row an admin action could touch, as text: equal before and after means nothing changed. */
async function snapshot() {
  const [row] = rowsOf<{ s: string }>(
    await db.execute(sql`select concat_ws('|',
      (select string_agg(concat_ws(',', id, status, removed_at, removed_by, removed_reason, updated_at), ';' order by id) from jobs),
      (select string_agg(concat_ws(',', id, job_id, user_id, reason, note, status, resolved_at, resolved_by, updated_at), ';' order by id) from job_reports),
      (select string_agg(concat_ws(',', id, verified), ';' order by id) from companies),
      (select count(*) from moderation_events)) as s`),
  );
  return row!.s;
}

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  ctx.db = db;
  await seedDatabase(db, { jobs: 400 });
  const made = await db
    .insert(users)
    .values([
      { email: "sam@example.test", role: "seeker" as const },
      { email: "sue@example.test", role: "seeker" as const },
      { email: "rita@example.test", role: "recruiter" as const },
      { email: "ada@example.test", role: "admin" as const },
    ])
    .returning({ id: users.id, email: users.email, role: users.role });
  (["seeker", "seeker2", "recruiter", "admin"] as const).forEach((k, i) => {
    people[k] = { id: made[i]!.id, email: made[i]!.email, name: null, role: made[i]!.role };
  });
  const [o, o2] = rowsOf<{ id: number; slug: string; company_id: number; title: string }>(
    await db.execute(
      sql`select id, slug, company_id, title from jobs where status = 'published' and valid_through > now() order by id limit 2`,
    ),
  );
  openJob = { id: o!.id, slug: o!.slug, companyId: o!.company_id, title: o!.title };
  otherOpenJob = o2!.id;
  const [d] = rowsOf<{ id: number }>(
    await db.execute(sql`select id from jobs where status = 'draft' order by id limit 1`),
  );
  draftJob = d!.id;
  const [r] = rowsOf<{ id: number }>(
    await db.execute(sql`update jobs set status = 'closed', removed_at = now(), removed_reason = 'seeded for tests'
    where id = (select id from jobs where status = 'published' order by id desc limit 1) returning id`),
  );
  removedJob = r!.id;
});
afterAll(() => t?.drop());

describe(`reporting a listing (${process.env.TEST_DB})`, () => {
  it("answers a bad reason and a note over 1,000 characters with field errors, and saves nothing", async () => {
    as("seeker");
    const state = await reportActions.reportListingAction(
      {},
      form({ jobId: String(openJob.id), reason: "boring", note: "x".repeat(1001) }),
    );
    expect(Object.keys(state.errors ?? {}).sort()).toEqual(["note", "reason"]);
    expect(state.values).toMatchObject({ reason: "boring", note: "x".repeat(1001) });
    expect(reportSchema.safeParse({ jobId: "abc", reason: "scam" }).error!.issues[0]!.path).toEqual(["jobId"]);
    expect(await db.select().from(jobReports)).toEqual([]);
  });

  it("sends a signed-out visitor away without saving anything", async () => {
    as(null);
    const state = await reportActions.reportListingAction({}, form({ jobId: String(openJob.id), reason: "scam" }));
    expect(state.message).toMatch(/sign in/i);
    expect(await db.select().from(jobReports)).toEqual([]);
  });

  it("keeps one report per user and listing: a second one updates it, even concurrently", async () => {
    as("seeker");
    const first = await reportActions.reportListingAction(
      {},
      form({ jobId: String(openJob.id), reason: "scam", note: "  Asks for a fee to apply  " }),
    );
    expect(first).toMatchObject({ ok: true, message: expect.stringMatching(/^Thanks/) });
    const again = await reportActions.reportListingAction(
      {},
      form({ jobId: String(openJob.id), reason: "misleading_pay", note: "Pay is commission only" }),
    );
    expect(again).toMatchObject({ ok: true, message: expect.stringMatching(/updated/) });
    const burst = await Promise.all(
      Array.from({ length: 10 }, () =>
        reportListing(db, people.seeker2.id, { jobId: openJob.id, reason: "duplicate", note: "" }),
      ),
    );
    expect(burst.filter((r) => r.ok && r.value.status === "created")).toHaveLength(1);
    const rows = await db.select().from(jobReports).where(eq(jobReports.jobId, openJob.id));
    expect(rows).toHaveLength(2);
    expect(await getReportByUser(people.seeker.id, openJob.id, db)).toMatchObject({
      reason: "misleading_pay",
      note: "Pay is commission only",
      status: "open",
    });
  });

  it("refuses drafts and unknown listings", async () => {
    expect(await reportListing(db, people.seeker.id, { jobId: draftJob, reason: "scam", note: "" })).toMatchObject({
      ok: false,
      reason: "not_found",
    });
    expect(await reportListing(db, people.seeker.id, { jobId: 999_999, reason: "scam", note: "" })).toMatchObject({
      ok: false,
      reason: "not_found",
    });
  });

  it("groups open reports by listing for the admin, with counts, reasons and notes", async () => {
    await reportListing(db, people.recruiter.id, { jobId: otherOpenJob, reason: "expired", note: "" });
    const groups = await getOpenReportGroups(50, db);
    expect(groups.map((g) => g.job.id)).toEqual([openJob.id, otherOpenJob]);
    expect(groups[0]).toMatchObject({
      reports: 2,
      reporters: 2,
      job: { slug: openJob.slug, isOpen: true, removedAt: null },
      reasons: expect.arrayContaining([
        { reason: "misleading_pay", count: 1 },
        { reason: "duplicate", count: 1 },
      ]),
      notes: [{ reason: "misleading_pay", note: "Pay is commission only", createdAt: expect.any(Date) }],
    });
    expect(groups[0]!.latestAt).toBeInstanceOf(Date);
  });
});

// Every exported admin action, called by a seeker and by a recruiter with otherwise valid input.
const refusalCases: Record<keyof typeof adminActions, () => FormData> = {
  unpublishListingAction: () => form({ jobId: String(openJob.id), reason: "Scam: asks applicants for money" }),
  // A removed listing, so a restore that skipped the check would change something.
  restoreListingAction: () => form({ jobId: String(removedJob) }),
  dismissReportsAction: () => form({ jobId: String(openJob.id) }),
  setCompanyVerifiedAction: () => form({ companyId: String(openJob.companyId), verified: "true" }),
};

describe(`admin actions refuse everyone but admins (${process.env.TEST_DB})`, () => {
  it("has a refusal test for every exported action of the admin and report modules", () => {
    expect(Object.keys(adminActions).sort()).toEqual(Object.keys(refusalCases).sort());
    // The report module's actions are tested signed out above; a new one must be added here too.
    expect(Object.keys(reportActions)).toEqual(["reportListingAction"]);
    // And the source agrees with what the module exports (no action hidden behind a re-export).
    const source = readFileSync(path.join(import.meta.dirname, "../../app/admin/actions.ts"), "utf8");
    const declared = [...source.matchAll(/^export (?:async function|const) (\w+)/gm)].map((m) => m[1]).sort();
    expect(declared).toEqual(Object.keys(refusalCases).sort());
  });

  for (const name of Object.keys(refusalCases) as (keyof typeof adminActions)[]) {
    for (const who of ["seeker", "recruiter"] as const) {
      it(`${name} refuses a ${who} and changes no row`, async () => {
        const before = await snapshot();
        as(who);
        const state = await adminActions[name]({}, refusalCases[name]());
        expect(state.ok).toBeFalsy();
        expect(state.message).toMatch(/only admins/i);
        expect(await snapshot()).toBe(before);
      });
    }
  }

  it("refuses a session that still says admin after the user was demoted (the role is read from the database)", async () => {
    const before = await snapshot();
    ctx.user = { ...people.seeker, role: "admin" };
    for (const name of Object.keys(refusalCases) as (keyof typeof adminActions)[]) {
      const state = await adminActions[name]({}, refusalCases[name]());
      expect(state.message).toMatch(/only admins/i);
    }
    expect(await snapshot()).toBe(before);
    expect(await isAdmin(db, people.seeker.id)).toBe(false);
    expect(await isAdmin(db, people.admin.id)).toBe(true);
  });

  it("refuses at the service level too", async () => {
    const before = await snapshot();
    for (const who of [people.seeker.id, people.recruiter.id, "no-such-user"]) {
      expect(await unpublishListing(db, who, { jobId: openJob.id, reason: "because" })).toMatchObject({
        ok: false,
        reason: "forbidden",
      });
      expect(await restoreListing(db, who, { jobId: removedJob })).toMatchObject({ ok: false, reason: "forbidden" });
      expect(await dismissReports(db, who, { jobId: openJob.id })).toMatchObject({ ok: false, reason: "forbidden" });
      expect(await setCompanyVerified(db, who, { companyId: openJob.companyId, verified: true })).toMatchObject({
        ok: false,
        reason: "forbidden",
      });
    }
    expect(await snapshot()).toBe(before);
  });
});

describe(`admin moderation (${process.env.TEST_DB})`, () => {
  it("rejects a missing removal reason with a field error", async () => {
    as("admin");
    const before = await snapshot();
    const state = await adminActions.unpublishListingAction({}, form({ jobId: String(openJob.id), reason: " " }));
    expect(Object.keys(state.errors ?? {})).toEqual(["reason"]);
    expect(await snapshot()).toBe(before);
  });

  it("unpublishes a listing: gone from search results and counts at once, reports closed, who/when/why kept", async () => {
    const word = openJob.title.split(/\s+/).find((w) => w.length > 3)!;
    const beforeAll = await search("limit=50");
    const beforeText = await search(`q=${encodeURIComponent(word)}&limit=50`);
    expect(beforeText.items.map((j) => j.id)).toContain(openJob.id);

    as("admin");
    const state = await adminActions.unpublishListingAction(
      {},
      form({ jobId: String(openJob.id), reason: "Scam: asks applicants for money" }),
    );
    expect(state).toMatchObject({ ok: true, message: "Listing removed from Ladder." });

    // No manual cache reset: the action's revalidateListings() cleared the summary cache.
    expect(vi.mocked(revalidateTag)).toHaveBeenCalledWith("listings", { expire: 0 });
    const afterAll = await search("limit=50");
    const afterText = await search(`q=${encodeURIComponent(word)}&limit=50`);
    expect(afterAll.total).toBe(beforeAll.total - 1);
    expect(afterText.total).toBe(beforeText.total - 1);
    expect(afterText.items.map((j) => j.id)).not.toContain(openJob.id);

    const [job] = await db.select().from(jobs).where(eq(jobs.id, openJob.id));
    expect(job).toMatchObject({
      status: "closed",
      removedBy: people.admin.id,
      removedReason: "Scam: asks applicants for money",
    });
    expect(job!.removedAt).toBeInstanceOf(Date);
    const reports = await db.select().from(jobReports).where(eq(jobReports.jobId, openJob.id));
    expect(reports.map((r) => [r.status, r.resolvedBy])).toEqual(reports.map(() => ["actioned", people.admin.id]));
    expect((await getOpenReportGroups(50, db)).map((g) => g.job.id)).not.toContain(openJob.id);
    const events = await db.select().from(moderationEvents).where(eq(moderationEvents.jobId, openJob.id));
    expect(events).toMatchObject([
      { action: "unpublish", actorId: people.admin.id, note: "Scam: asks applicants for money" },
    ]);
    // Its page stays reachable, closed and marked removed.
    expect(await getJobBySlug(openJob.slug, db)).toMatchObject({
      id: openJob.id,
      isOpen: false,
      removedAt: expect.any(Date),
    });
    expect((await getRemovedListings(20, db))[0]).toMatchObject({
      id: openJob.id,
      removedBy: people.admin.email,
      removedReason: "Scam: asks applicants for money",
    });
  });

  it("keeps a removed listing removed: it cannot be published again, and cannot be reported", async () => {
    await expect(db.update(jobs).set({ status: "published" }).where(eq(jobs.id, openJob.id))).rejects.toThrow();
    expect(await reportListing(db, people.seeker2.id, { jobId: openJob.id, reason: "scam", note: "" })).toMatchObject({
      ok: false,
      reason: "not_found",
    });
    // A reviewed report is not reopened by reporting again.
    const [reviewed] = await db
      .select({ status: jobReports.status })
      .from(jobReports)
      .where(eq(jobReports.userId, people.seeker.id));
    expect(reviewed!.status).toBe("actioned");
  });

  it("refuses to reopen a dismissed report; dismissing leaves the listing alone", async () => {
    as("admin");
    const fresh = rowsOf<{ id: number }>(
      await db.execute(
        sql`select id from jobs where status = 'published' and valid_through > now() and id <> ${otherOpenJob} order by id desc limit 1`,
      ),
    )[0]!.id;
    await reportListing(db, people.seeker.id, { jobId: fresh, reason: "duplicate", note: "" });
    expect(await adminActions.dismissReportsAction({}, form({ jobId: String(fresh) }))).toMatchObject({
      ok: true,
      message: "Reports dismissed.",
    });
    expect(await reportListing(db, people.seeker.id, { jobId: fresh, reason: "scam", note: "really" })).toMatchObject({
      ok: false,
      reason: "conflict",
    });
    as("seeker");
    const state = await reportActions.reportListingAction({}, form({ jobId: String(fresh), reason: "scam" }));
    expect(state.message).toMatch(/already reported .* reviewed/);
    const [job] = await db
      .select({ status: jobs.status, removedAt: jobs.removedAt })
      .from(jobs)
      .where(eq(jobs.id, fresh));
    expect(job).toEqual({ status: "published", removedAt: null });
  });

  it("restores a removed listing as closed, so its recruiter can publish it again", async () => {
    as("admin");
    expect(await adminActions.restoreListingAction({}, form({ jobId: String(openJob.id) }))).toMatchObject({
      ok: true,
    });
    const [job] = await db
      .select({ status: jobs.status, removedAt: jobs.removedAt })
      .from(jobs)
      .where(eq(jobs.id, openJob.id));
    expect(job).toEqual({ status: "closed", removedAt: null });
    await db.update(jobs).set({ status: "published" }).where(eq(jobs.id, openJob.id));
  });

  it("marks a company verified and unverified, and the listings' cards follow", async () => {
    as("admin");
    await db.update(companies).set({ verified: false }).where(eq(companies.id, openJob.companyId));
    const verified = async () =>
      (await db.select({ v: companies.verified }).from(companies).where(eq(companies.id, openJob.companyId)))[0]!.v;
    const slug = (await db.select({ s: companies.slug }).from(companies).where(eq(companies.id, openJob.companyId)))[0]!
      .s;
    expect(
      await adminActions.setCompanyVerifiedAction({}, form({ companyId: String(openJob.companyId), verified: "true" })),
    ).toMatchObject({ ok: true });
    expect(await verified()).toBe(true);
    expect((await search(`company=${slug}&limit=5`)).items.every((j) => j.company.verified)).toBe(true);
    expect(
      await adminActions.setCompanyVerifiedAction(
        {},
        form({ companyId: String(openJob.companyId), verified: "false" }),
      ),
    ).toMatchObject({ ok: true });
    expect(await verified()).toBe(false);
    // The admin's company list: filtered by name, with each company's open roles counted.
    const name = (await db.select({ n: companies.name }).from(companies).where(eq(companies.id, openJob.companyId)))[0]!
      .n;
    const [row] = rowsOf<{ n: number }>(
      await db.execute(
        sql`select count(*)::int as n from jobs where company_id = ${openJob.companyId} and status = 'published' and (valid_through is null or valid_through > now())`,
      ),
    );
    expect(await getCompaniesForAdmin(name.slice(1, 6), 50, db)).toContainEqual({
      id: openJob.companyId,
      slug,
      name,
      verified: false,
      openJobs: row!.n,
    });
    expect(await getCompaniesForAdmin("%_no such company", 50, db)).toEqual([]);
    const events = await getRecentModerationEvents(5, db);
    expect(events.slice(0, 2).map((e) => [e.action, e.actor, e.companyName])).toEqual([
      ["unverify_company", people.admin.email, name],
      ["verify_company", people.admin.email, name],
    ]);
    const bad = await adminActions.setCompanyVerifiedAction({}, form({ companyId: "x", verified: "maybe" }));
    expect(Object.keys(bad.errors ?? {}).sort()).toEqual(["companyId", "verified"]);
  });
});

describe(`similar open roles (${process.env.TEST_DB})`, () => {
  it("returns open roles of the same family and level that share a skill: never the listing itself, never closed ones", async () => {
    const [closed] = rowsOf<{ id: number }>(
      await db.execute(sql`select j.id from jobs j where j.status = 'closed' and cardinality(j.skill_ids) > 0
        and exists (select 1 from jobs o where o.status = 'published' and o.valid_through > now() and o.role_family = j.role_family and o.level = j.level and o.skill_ids && j.skill_ids and o.id <> j.id)
        order by j.id limit 1`),
    );
    const [listing] = await db.select().from(jobs).where(eq(jobs.id, closed!.id));
    // Close one of its would-be neighbours and expire another: neither may come back.
    const first = await getSimilarOpenJobs(listing!, 4, db);
    expect(first.length).toBeGreaterThan(0);
    await db.update(jobs).set({ status: "closed" }).where(eq(jobs.id, first[0]!.id));
    if (first[1])
      await db
        .update(jobs)
        .set({ validThrough: new Date(Date.now() - 1000) })
        .where(eq(jobs.id, first[1].id));
    const similar = await getSimilarOpenJobs(listing!, 4, db);
    expect(similar.length).toBeLessThanOrEqual(4);
    const ids = similar.map((j) => j.id);
    expect(ids).not.toContain(listing!.id);
    expect(ids).not.toContain(first[0]!.id);
    if (first[1]) expect(ids).not.toContain(first[1].id);
    if (ids.length === 0) return;
    const rows = await db
      .select()
      .from(jobs)
      .where(sql`${jobs.id} in ${ids}`);
    for (const r of rows) {
      expect(r.status).toBe("published");
      expect(r.validThrough === null || r.validThrough > new Date()).toBe(true);
      expect([r.roleFamily, r.level]).toEqual([listing!.roleFamily, listing!.level]);
      expect(r.skillIds.some((s) => listing!.skillIds.includes(s))).toBe(true);
    }
    // Most shared skills first.
    const shared = ids.map(
      (id) => rows.find((r) => r.id === id)!.skillIds.filter((s) => listing!.skillIds.includes(s)).length,
    );
    expect([...shared].sort((a, b) => b - a)).toEqual(shared);
  });
});
