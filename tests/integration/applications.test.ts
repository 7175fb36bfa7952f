import fs from "node:fs";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedDatabase } from "@/db/seed";
import {
  applicationEvents,
  applications,
  fileDownloads,
  files,
  jobReports,
  jobs,
  mailMessages,
  roadmapMilestones,
  savedJobs,
  screeningQuestions,
  users,
  userSkills,
} from "@/db/schema";
import { getApplicantsForJob, getStageCountsByCompany } from "@/lib/applications/queries";
import {
  addApplicationNote,
  applyToJob,
  cvAccess,
  deleteApplication,
  moveApplication,
  rejectApplications,
  withdrawApplication,
} from "@/lib/applications/service";
import { getDefaultCv } from "@/lib/accounts/default-cv";
import { getSavedJobsByUser, updateSavedJob } from "@/lib/saved/service";
import { readFileFor } from "@/lib/files/store";
import { recruiterOps } from "@/lib/recruiters/service";
import { isoDay } from "@/lib/recruiters/validation";
import { setMilestoneStatus } from "@/lib/roadmap/service";
import type { CurrentUser } from "@/lib/auth/session";
import { fieldErrorsOf } from "@/lib/result";
import { createTestDatabase, rowsOf, type TestDatabase } from "../helpers/db";
import { ladderListingForm } from "../helpers/listing-form";

// The server actions run as in Next, minus the request: the session and the app's database
// are the test's (as in saved.test.ts).
const ctx = vi.hoisted(() => ({ db: null as unknown, user: null as CurrentUser | null }));
vi.mock("@/db", () => ({
  db: new Proxy({}, { get: (_t, prop) => Reflect.get(ctx.db as object, prop, ctx.db) }),
}));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => ctx.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({ redirect: vi.fn() }));
const actions = await import("@/app/applications/actions");
const profileActions = await import("@/app/me/profile/actions");

const fixture = (name: string) =>
  new Uint8Array(fs.readFileSync(path.join(import.meta.dirname, "../fixtures/files", name)));
const PDF = fixture("cv.pdf");
const DOCX = fixture("cv.docx");
const HTML_AS_PDF = fixture("page-renamed.pdf");
const SVG_AS_PDF = fixture("image-renamed.pdf");
// The first bytes of an ELF executable and of a Windows one (MZ, with a PE header offset).
const ELF = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(56).fill(0)]);

let t: TestDatabase;
const ids = { owner: "", member: "", other: "", seeker: "", seeker2: "", seeker3: "", admin: "" };
let companyA = 0;
let ladderJob = 0; // company A, applications on Ladder, two questions (one required)
let externalJob = 0; // company A, external link
let closedJob = 0; // company A, on Ladder, closed
let q1 = 0; // required yes/no
let q2 = 0; // optional number

const listing = (over: Record<string, unknown> = {}) =>
  ladderListingForm({
    questionPrompt: ["Can you work in the EU without a visa?", "How many years of Go?", ""],
    questionKind: ["yes_no", "number", "short_text"],
    questionRequired: ["required", "optional", "optional"],
    ...over,
  });

const form = (over: Record<string, unknown> = {}) => ({
  jobId: String(ladderJob),
  name: "Ada Lovelace",
  email: "ada@example.com",
  headline: "Backend engineer",
  location: "Lisbon",
  yearsExperience: "4",
  coverNote: "I like queues.",
  [`q${q1}`]: "yes",
  [`q${q2}`]: "3",
  ...over,
});

/** Every row an application action could touch, as one comparable string. */
async function snapshot(): Promise<string> {
  const tables = [
    "applications",
    "application_answers",
    "application_notes",
    "application_events",
    "files",
    "file_downloads",
    "saved_jobs",
    "users",
  ];
  const parts: string[] = [];
  for (const table of tables) {
    const rows = rowsOf(await t.db.execute(sql.raw(`select * from ${table} order by 1, 2`)));
    parts.push(`${table}:${JSON.stringify(rows)}`);
  }
  return parts.join("\n");
}

async function apply(
  userId: string,
  over: Record<string, unknown> = {},
  file: Uint8Array | null = PDF,
  name = "cv.pdf",
) {
  return applyToJob(t.db, userId, form(over), file ? { name, bytes: file } : null);
}

beforeAll(async () => {
  t = await createTestDatabase();
  ctx.db = t.db;
  await seedDatabase(t.db, { jobs: 60 });
  const made = await t.db
    .insert(users)
    .values([
      // Recruiters publish only from a confirmed address.
      { email: "owner@a.test", role: "recruiter", name: "Owner A", emailVerified: new Date() },
      { email: "member@a.test", role: "recruiter", emailVerified: new Date() },
      { email: "other@b.test", role: "recruiter", emailVerified: new Date() },
      { email: "ada@x.test", role: "seeker", name: "Ada" },
      { email: "grace@x.test", role: "seeker", name: "Grace" },
      { email: "linus@x.test", role: "seeker", name: "Linus" },
      { email: "admin@x.test", role: "admin" },
    ])
    .returning({ id: users.id });
  (["owner", "member", "other", "seeker", "seeker2", "seeker3", "admin"] as const).forEach(
    (k, i) => (ids[k] = made[i]!.id),
  );
  const a = await recruiterOps.createCompany(t.db, ids.owner, {
    name: "Apply Co",
    size: "11-50",
    website: "",
    about: "",
  });
  const b = await recruiterOps.createCompany(t.db, ids.other, {
    name: "Other Co",
    size: "1-10",
    website: "",
    about: "",
  });
  if (!a.ok || !b.ok) throw new Error(JSON.stringify([a, b]));
  companyA = a.value.id;
  const invite = await recruiterOps.createInvite(t.db, ids.owner, { companyId: companyA });
  if (!invite.ok) throw new Error("invite");
  await recruiterOps.acceptInvite(t.db, ids.member, { token: invite.value.token });
  const made1 = await recruiterOps.createJob(t.db, ids.owner, { ...listing(), companyId: companyA, publish: true });
  const made2 = await recruiterOps.createJob(t.db, ids.owner, {
    ...listing({ title: "External Role", applyMode: "external", apply: "https://jobs.example/1" }),
    companyId: companyA,
    publish: true,
  });
  const made3 = await recruiterOps.createJob(t.db, ids.owner, {
    ...listing({ title: "Closed Role" }),
    companyId: companyA,
    publish: true,
  });
  if (!made1.ok || !made2.ok || !made3.ok) throw new Error(JSON.stringify([made1, made2, made3]));
  ladderJob = made1.value.id;
  externalJob = made2.value.id;
  closedJob = made3.value.id;
  await recruiterOps.closeJob(t.db, ids.owner, { jobId: closedJob });
  const qs = await t.db
    .select()
    .from(screeningQuestions)
    .where(eq(screeningQuestions.jobId, ladderJob))
    .orderBy(screeningQuestions.position);
  expect(qs.map((q) => [q.kind, q.required])).toEqual([
    ["yes_no", true],
    ["number", false],
  ]);
  q1 = qs[0]!.id;
  q2 = qs[1]!.id;
});
afterAll(() => t?.drop());

describe(`applying on Ladder (${process.env.TEST_DB})`, () => {
  it("stores the posting form's apply mode and refuses an external listing without a link", async () => {
    const [row] = await t.db
      .select({ mode: jobs.applyMode, url: jobs.applyUrl })
      .from(jobs)
      .where(eq(jobs.id, ladderJob));
    expect(row).toEqual({ mode: "ladder", url: "" });
    const bad = await recruiterOps.createJob(t.db, ids.owner, {
      ...listing({ applyMode: "external" }),
      companyId: companyA,
    });
    expect(!bad.ok && fieldErrorsOf(bad.issues).apply?.[0]).toMatch(/where to apply/);
  });

  it("refuses wrong files by content, empty and oversize files, with a field-level message and no row", async () => {
    const before = await snapshot();
    const cases: [Uint8Array, string, RegExp][] = [
      [HTML_AS_PDF, "cv.pdf", /PDF or a Word/],
      [SVG_AS_PDF, "cv.pdf", /PDF or a Word/],
      [ELF, "cv.pdf", /PDF or a Word/],
      [new Uint8Array(0), "cv.pdf", /empty/],
      [new Uint8Array(5 * 1024 * 1024 + 1).fill(0x25), "big.pdf", /at most 5 MB/],
    ];
    for (const [bytes, name, message] of cases) {
      const r = await apply(ids.seeker, {}, bytes, name);
      expect(r.ok).toBe(false);
      expect(!r.ok && fieldErrorsOf(r.issues).cv?.[0]).toMatch(message);
    }
    const none = await apply(ids.seeker, {}, null);
    expect(!none.ok && fieldErrorsOf(none.issues).cv?.[0]).toMatch(/Choose your CV: a PDF or Word/);
    expect(await snapshot()).toBe(before);
  });

  it("enforces required answers and answer kinds, all field errors at once", async () => {
    const before = await snapshot();
    const r = await apply(ids.seeker, { [`q${q1}`]: "", [`q${q2}`]: "lots", email: "nope" }, HTML_AS_PDF);
    expect(r.ok).toBe(false);
    const errors = !r.ok ? fieldErrorsOf(r.issues) : {};
    expect(errors[`q${q1}`]?.[0]).toMatch(/required/);
    expect(errors[`q${q2}`]?.[0]).toMatch(/number/);
    expect(errors.email?.[0]).toMatch(/email/);
    expect(errors.cv?.[0]).toMatch(/PDF/);
    expect(await snapshot()).toBe(before);
  });

  it("takes number answers from 0 to 1,000,000 only, on the question's field", async () => {
    const before = await snapshot();
    // A wrong file keeps every case from writing; only the answer's own error is looked at.
    for (const bad of ["-3", "-0.5", "1e3", "1000001", "99999999", "3,5", "0x10", "4.567", "Infinity"]) {
      const r = await apply(ids.seeker, { [`q${q2}`]: bad }, HTML_AS_PDF);
      expect(!r.ok && fieldErrorsOf(r.issues)[`q${q2}`]?.[0], bad).toMatch(/number from 0 to 1,000,000/);
    }
    for (const good of ["0", "3", "4.5", "0.25", "1000000"]) {
      const r = await apply(ids.seeker, { [`q${q2}`]: good }, HTML_AS_PDF);
      expect(!r.ok && fieldErrorsOf(r.issues)[`q${q2}`], good).toBeUndefined();
    }
    expect(await snapshot()).toBe(before);
  });

  it("caps the cover note and short text answers, naming the cap", async () => {
    const made = await recruiterOps.createJob(t.db, ids.owner, {
      ...listing({
        title: "Short Text Role",
        questionPrompt: ["Why this team?", "", ""],
        questionKind: ["short_text", "yes_no", "yes_no"],
        questionRequired: ["required", "optional", "optional"],
      }),
      companyId: companyA,
      publish: true,
    });
    if (!made.ok) throw new Error(JSON.stringify(made));
    const [q] = await t.db.select().from(screeningQuestions).where(eq(screeningQuestions.jobId, made.value.id));
    const before = await snapshot();
    const r = await applyToJob(
      t.db,
      ids.seeker,
      { ...form({ coverNote: "x".repeat(200_000) }), jobId: String(made.value.id), [`q${q!.id}`]: "y".repeat(301) },
      { name: "cv.pdf", bytes: PDF },
    );
    expect(r.ok).toBe(false);
    const errors = !r.ok ? fieldErrorsOf(r.issues) : {};
    expect(errors.coverNote?.[0]).toMatch(/cover note to 3,000 characters/);
    expect(errors[`q${q!.id}`]?.[0]).toMatch(/300 characters/);
    expect(await snapshot()).toBe(before);
  });

  it("refuses a closed listing, an external one, and non-seekers", async () => {
    const before = await snapshot();
    const closed = await apply(ids.seeker, { jobId: String(closedJob) });
    expect(closed).toMatchObject({ ok: false, reason: "conflict", message: /no longer accepting/ });
    const external = await apply(ids.seeker, { jobId: String(externalJob) });
    expect(external).toMatchObject({ ok: false, reason: "conflict" });
    for (const who of [ids.owner, ids.other, ids.admin, "no-such-user"]) {
      expect(await apply(who)).toMatchObject({ ok: false, reason: "forbidden" });
    }
    expect(await snapshot()).toBe(before);
  });

  it("applies once: a PDF, answers, an event for mail, the tracker at applied with today's date", async () => {
    const r = await apply(ids.seeker, { submissionId: "form-aaaaaaaa" });
    expect(r).toMatchObject({ ok: true, value: { alreadySent: false } });
    const [app] = await t.db.select().from(applications).where(eq(applications.userId, ids.seeker));
    expect(app).toMatchObject({ stage: "new", name: "Ada Lovelace", yearsExperience: 4, jobId: ladderJob });
    const [file] = await t.db.select().from(files).where(eq(files.id, app!.cvFileId!));
    expect(file).toMatchObject({ mediaType: "application/pdf", name: "cv.pdf", size: PDF.byteLength });
    expect(Buffer.compare(file!.data, Buffer.from(PDF))).toBe(0);
    const [tracker] = await t.db
      .select()
      .from(savedJobs)
      .where(and(eq(savedJobs.userId, ids.seeker), eq(savedJobs.jobId, ladderJob)));
    expect(tracker).toMatchObject({ stage: "applied", appliedOn: isoDay(new Date()) });
    // The receipt is queued as the application commits (mailed from the queue: application-mail.test.ts).
    const events = await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, app!.id));
    expect(events).toMatchObject([{ kind: "received", mailedAt: expect.any(Date) }]);
    const [receipt] = await t.db
      .select()
      .from(mailMessages)
      .where(eq(mailMessages.key, `application_event:${events[0]!.id}`));
    expect(receipt).toMatchObject({ to: "ada@x.test", template: "application_received" });

    // The same form again (a double-click): the same application, nothing new.
    const before = await snapshot();
    expect(await apply(ids.seeker, { submissionId: "form-aaaaaaaa" })).toMatchObject({
      ok: true,
      value: { applicationId: app!.id, alreadySent: true },
    });
    // Another form: refused as a second application.
    const again = await apply(ids.seeker, { submissionId: "form-bbbbbbbb" });
    expect(again).toMatchObject({ ok: false, reason: "conflict" });
    expect(!again.ok && fieldErrorsOf(again.issues).form?.[0]).toMatch(/already applied/);
    expect(await snapshot()).toBe(before);
  });

  it("makes one application of two concurrent sends of the same form", async () => {
    const [x, y] = await Promise.all([
      apply(ids.seeker2, { submissionId: "form-cccccccc", name: "Grace Hopper" }, DOCX, "grace.docx"),
      apply(ids.seeker2, { submissionId: "form-cccccccc", name: "Grace Hopper" }, DOCX, "grace.docx"),
    ]);
    expect(x.ok && y.ok).toBe(true);
    expect(x.ok && y.ok && x.value.applicationId === y.value.applicationId).toBe(true);
    const rows = await t.db.select().from(applications).where(eq(applications.userId, ids.seeker2));
    expect(rows).toHaveLength(1);
    const owned = await t.db.select({ mediaType: files.mediaType }).from(files).where(eq(files.ownerId, ids.seeker2));
    expect(owned).toEqual([{ mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }]);
  });

  it("keeps a default CV on the profile and reuses it as a copy", async () => {
    const first = await applyToJob(t.db, ids.seeker3, form({ cvSource: "profile", name: "Linus" }), null);
    expect(!first.ok && fieldErrorsOf(first.issues).cv?.[0]).toMatch(/no CV yet/);
    const r = await apply(ids.seeker3, { name: "Linus", saveAsDefault: "on", [`q${q2}`]: "" }, DOCX, "linus.docx");
    expect(r.ok).toBe(true);
    const [u] = await t.db.select({ cv: users.defaultCvFileId }).from(users).where(eq(users.id, ids.seeker3));
    const [app] = await t.db.select().from(applications).where(eq(applications.userId, ids.seeker3));
    expect(u!.cv).not.toBeNull();
    expect(app!.cvFileId).not.toBe(u!.cv);
  });
});

describe(`the recruiter's pipeline (${process.env.TEST_DB})`, () => {
  const appOf = async (userId: string) =>
    (await t.db.select().from(applications).where(eq(applications.userId, userId)))[0]!;

  it("lists applicants with answers and a match line counting roadmap progress, sorted and filtered", async () => {
    // Ada has done Go (on the roadmap) and PostgreSQL (on the profile).
    const [go] = await t.db
      .select()
      .from(roadmapMilestones)
      .where(sql`${roadmapMilestones.skillId} = (select id from skills where slug = 'go')`)
      .limit(1);
    const set = await setMilestoneStatus(t.db, ids.seeker, go!.guideId, { milestone: go!.slug, status: "done" });
    expect(set.ok).toBe(true);
    await t.db.insert(userSkills).values({
      userId: ids.seeker,
      skillId: sql`(select id from skills where slug = 'postgresql')` as unknown as number,
    });
    const list = await getApplicantsForJob(t.db, ids.member, ladderJob, { sort: "match" });
    expect(list?.applicants.map((a) => a.name)).toEqual(["Ada Lovelace", "Linus", "Grace Hopper"]);
    expect(list?.applicants[0]).toMatchObject({
      matchLine: "2 of 4 skills, 1 from roadmap progress",
      answers: [
        { prompt: "Can you work in the EU without a visa?", value: "yes" },
        { prompt: "How many years of Go?", value: "3" },
      ],
    });
    const byDate = await getApplicantsForJob(t.db, ids.owner, ladderJob, { sort: "date" });
    expect(byDate?.applicants.map((a) => a.name)).toEqual(["Linus", "Grace Hopper", "Ada Lovelace"]);
    expect((await getApplicantsForJob(t.db, ids.owner, ladderJob, { stage: "interviewing" }))?.applicants).toEqual([]);
    // Nobody else sees the list: another company's recruiter, a seeker, an admin.
    for (const who of [ids.other, ids.seeker, ids.admin])
      expect(await getApplicantsForJob(t.db, who, ladderJob)).toBeNull();
  });

  it("moves an applicant through the stages and the tracker follows", async () => {
    const ada = await appOf(ids.seeker);
    expect(await moveApplication(t.db, ids.member, { applicationId: ada.id, stage: "reviewing" })).toMatchObject({
      ok: true,
    });
    expect(await moveApplication(t.db, ids.member, { applicationId: ada.id, stage: "interviewing" })).toMatchObject({
      ok: true,
    });
    const [tracker] = await t.db
      .select()
      .from(savedJobs)
      .where(and(eq(savedJobs.userId, ids.seeker), eq(savedJobs.jobId, ladderJob)));
    expect(tracker!.stage).toBe("interviewing");
    const counts = await getStageCountsByCompany(t.db, companyA);
    expect(counts.get(ladderJob)).toEqual({ interviewing: 1, new: 2 });
    const bad = await moveApplication(t.db, ids.member, { applicationId: ada.id, stage: "withdrawn" });
    expect(bad).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("rejects in bulk with one message the applicants see, and keeps private notes", async () => {
    const grace = await appOf(ids.seeker2);
    const linus = await appOf(ids.seeker3);
    const r = await rejectApplications(t.db, ids.owner, {
      applicationIds: [grace.id, linus.id],
      message: "We hired someone else.",
    });
    expect(r).toMatchObject({ ok: true, value: { rejected: 2 } });
    expect(await appOf(ids.seeker2)).toMatchObject({ stage: "rejected", rejectionMessage: "We hired someone else." });
    const [tracker] = await t.db.select().from(savedJobs).where(eq(savedJobs.userId, ids.seeker3));
    expect(tracker!.stage).toBe("rejected");
    expect(
      await addApplicationNote(t.db, ids.member, { applicationId: grace.id, body: "Strong on Go." }),
    ).toMatchObject({ ok: true });
    const list = await getApplicantsForJob(t.db, ids.owner, ladderJob);
    expect(list?.applicants.find((a) => a.id === grace.id)?.notes).toMatchObject([{ body: "Strong on Go." }]);
  });

  it("serves a CV only to its applicant and the company's members, and records recruiters' downloads", async () => {
    const ada = await appOf(ids.seeker);
    expect(await cvAccess(t.db, ids.member, ada.id)).toBe(ada.cvFileId);
    expect(await cvAccess(t.db, ids.seeker, ada.id)).toBe(ada.cvFileId);
    for (const who of [ids.other, ids.seeker2, ids.admin, "nobody"])
      expect(await cvAccess(t.db, who, ada.id)).toBeNull();
    const file = await readFileFor(t.db, ada.cvFileId!, { userId: ids.member, applicationId: ada.id });
    expect(file?.mediaType).toBe("application/pdf");
    await readFileFor(t.db, ada.cvFileId!, { userId: ids.seeker });
    const log = await t.db.select().from(fileDownloads).where(eq(fileDownloads.fileId, ada.cvFileId!));
    expect(log).toMatchObject([{ userId: ids.member, applicationId: ada.id }]);
  });

  it("refuses every pipeline action to another company's recruiter, seekers and unknown users, changing no row", async () => {
    const ada = await appOf(ids.seeker);
    const grace = await appOf(ids.seeker2);
    const before = await snapshot();
    for (const who of [ids.other, ids.seeker, ids.seeker2, ids.admin, "nobody"]) {
      const results = [
        await moveApplication(t.db, who, { applicationId: ada.id, stage: "offer" }),
        await rejectApplications(t.db, who, { applicationIds: [ada.id], message: "no" }),
        await addApplicationNote(t.db, who, { applicationId: ada.id, body: "hm" }),
      ];
      for (const r of results) expect(r.ok).toBe(false);
    }
    // One foreign id in a bulk reject refuses the whole call.
    const [foreignJob] = await t.db
      .select({ id: jobs.id })
      .from(jobs)
      .where(sql`${jobs.companyId} <> ${companyA}`)
      .limit(1);
    expect(foreignJob).toBeDefined();
    expect(await rejectApplications(t.db, ids.owner, { applicationIds: [grace.id, 99_999] })).toMatchObject({
      ok: false,
      reason: "not_found",
    });
    // The applicant's own actions refuse everyone else.
    for (const who of [ids.seeker2, ids.owner, ids.other, ids.admin, "nobody"]) {
      expect(await withdrawApplication(t.db, who, { applicationId: ada.id })).toMatchObject({ ok: false });
      expect(await deleteApplication(t.db, who, { applicationId: ada.id })).toMatchObject({ ok: false });
    }
    expect(await snapshot()).toBe(before);
  });

  it("lets the applicant withdraw, then delete: the recruiter sees withdrawn and no data", async () => {
    const ada = await appOf(ids.seeker);
    // Applied on Ladder: the tracker's stage is the application's, and is not set by hand.
    const trackerOf = async (stage?: "interviewing") =>
      (await getSavedJobsByUser(t.db, ids.seeker, stage)).find((e) => e.job.id === ladderJob);
    const entry = await trackerOf();
    expect(entry).toMatchObject({ stage: "interviewing", onLadder: true });
    const beforeEdit = await snapshot();
    const byHand = await updateSavedJob(t.db, ids.seeker, { id: entry!.id, stage: "offer", notes: "Hoping" });
    expect(byHand).toMatchObject({ ok: false, reason: "forbidden" });
    expect(!byHand.ok && fieldErrorsOf(byHand.issues).stage?.[0]).toMatch(/follows the company's decisions/);
    expect(await snapshot()).toBe(beforeEdit);
    expect(await updateSavedJob(t.db, ids.seeker, { id: entry!.id, notes: "Hoping" })).toMatchObject({ ok: true });

    expect(await withdrawApplication(t.db, ids.seeker, { applicationId: ada.id })).toMatchObject({ ok: true });
    // Withdrawn: no tracker stage (listed under "All" only), whatever the stage was before.
    expect(await trackerOf()).toMatchObject({ stage: null, onLadder: true, notes: "Hoping" });
    expect(await trackerOf("interviewing")).toBeUndefined();
    expect((await updateSavedJob(t.db, ids.seeker, { id: entry!.id, stage: "interviewing" })).ok).toBe(false);
    expect(await moveApplication(t.db, ids.owner, { applicationId: ada.id, stage: "offer" })).toMatchObject({
      ok: false,
      reason: "conflict",
    });
    expect(await deleteApplication(t.db, ids.seeker, { applicationId: ada.id })).toMatchObject({ ok: true });
    const [row] = await t.db.select().from(applications).where(eq(applications.id, ada.id));
    expect(row).toMatchObject({ userId: null, stage: "withdrawn", name: "", email: "", coverNote: "", cvFileId: null });
    expect(await t.db.select().from(files).where(eq(files.id, ada.cvFileId!))).toEqual([]);
    const list = await getApplicantsForJob(t.db, ids.owner, ladderJob);
    expect(list?.applicants.find((a) => a.id === ada.id)).toMatchObject({
      stage: "withdrawn",
      name: "",
      answers: [],
      notes: [],
      hasCv: false,
      matchLine: "",
    });
    // Deleted: the seeker may apply again.
    expect((await apply(ids.seeker, { submissionId: "form-dddddddd" })).ok).toBe(true);
  });
});

describe(`the actions (${process.env.TEST_DB})`, () => {
  const formOf = (fields: Record<string, string>, file?: Uint8Array) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.append(k, v);
    if (file) f.append("cv", new File([Buffer.from(file)], "cv.pdf", { type: "application/pdf" }));
    return f;
  };

  it("refuses every action to a signed-out visitor, another seeker and another company's recruiter, changing no row", async () => {
    const [app] = await t.db.select().from(applications).where(eq(applications.userId, ids.seeker2));
    const applicationId = String(app!.id);
    const calls: Record<keyof typeof actions, () => FormData> = {
      applyAction: () => formOf(form({ submissionId: "form-zzzzzzzz" }) as Record<string, string>, PDF),
      withdrawApplicationAction: () => formOf({ applicationId }),
      deleteApplicationAction: () => formOf({ applicationId }),
      moveApplicationAction: () => formOf({ applicationId, stage: "offer" }),
      rejectApplicationsAction: () => formOf({ applicationIds: applicationId, message: "no" }),
      addNoteAction: () => formOf({ applicationId, body: "sneaky" }),
    };
    // Every exported action is listed above (a new one fails here until it has its refusal test).
    expect(Object.keys(calls).sort()).toEqual(Object.keys(actions).sort());
    const before = await snapshot();
    const who: (CurrentUser | null)[] = [
      null,
      { id: ids.seeker3, email: "linus@x.test", name: "Linus", role: "seeker" },
      { id: ids.other, email: "other@b.test", name: null, role: "recruiter" },
    ];
    for (const user of who) {
      ctx.user = user;
      for (const [name, make] of Object.entries(calls)) {
        // Another seeker may apply for themselves (they already did: a conflict); everything else is refused.
        const state = await actions[name as keyof typeof actions]({}, make());
        expect(state.ok, `${name} as ${user?.role ?? "signed out"}`).toBe(false);
      }
    }
    ctx.user = null;
    expect(await snapshot()).toBe(before);
  });

  it("asks for a CV when the file input was left empty, and calls an empty file empty", async () => {
    const [u] = await t.db.insert(users).values({ email: "nocv@x.test", role: "seeker", name: "No CV" }).returning();
    ctx.user = { id: u!.id, email: u!.email, name: "No CV", role: "seeker" };
    const before = await snapshot();
    // An empty file input arrives as a part with no bytes and no filename, which React
    // rebuilds as append(name, blob, undefined): a File named "undefined" ("blob" without it).
    for (const filename of [undefined, null]) {
      const unchosen = formOf(form({ name: "No CV" }) as Record<string, string>);
      const blob = new Blob([], { type: "application/octet-stream" });
      if (filename === undefined) unchosen.append("cv", blob, undefined);
      else unchosen.append("cv", blob);
      expect((unchosen.get("cv") as File).name).toBe(filename === undefined ? "undefined" : "blob");
      const none = await actions.applyAction({}, unchosen);
      expect(none.errors?.cv).toEqual(["Choose your CV: a PDF or Word (.docx) file, at most 5 MB"]);
    }
    const empty = await actions.applyAction(
      {},
      formOf(form({ name: "No CV" }) as Record<string, string>, new Uint8Array(0)),
    );
    expect(empty.errors?.cv?.[0]).toMatch(/This file is empty/);
    expect(await snapshot()).toBe(before);
    ctx.user = null;
  });

  it("applies through the action with a real multipart file", async () => {
    const [u] = await t.db.insert(users).values({ email: "kit@x.test", role: "seeker", name: "Kit" }).returning();
    ctx.user = { id: u!.id, email: u!.email, name: "Kit", role: "seeker" };
    const bad = await actions.applyAction({}, formOf(form({ name: "Kit" }) as Record<string, string>, SVG_AS_PDF));
    expect(bad.errors?.cv?.[0]).toMatch(/PDF or a Word/);
    const state = await actions.applyAction({}, formOf(form({ name: "Kit" }) as Record<string, string>, DOCX));
    expect(state?.errors).toBeUndefined();
    const [row] = await t.db.select().from(applications).where(eq(applications.userId, u!.id));
    expect(row).toMatchObject({ name: "Kit", stage: "new" });

    ctx.user = null;
  });
});

describe(`the default CV on the profile (${process.env.TEST_DB})`, () => {
  const cvForm = (bytes?: Uint8Array, name = "cv.pdf") => {
    const f = new FormData();
    if (bytes) f.append("cv", new File([Buffer.from(bytes)], name));
    return f;
  };
  const seekerUser = async (email: string) => {
    const [u] = await t.db.insert(users).values({ email, role: "seeker", name: "Mary" }).returning();
    return { id: u!.id, email, name: "Mary", role: "seeker" as const };
  };

  it("refuses a signed-out visitor, recruiters (this company's and another's) and an admin, and bad files; no row changes", async () => {
    const mary = await seekerUser("mary@x.test");
    const before = await snapshot();
    const refused: (CurrentUser | null)[] = [
      null,
      { id: ids.owner, email: "owner@a.test", name: null, role: "recruiter" },
      { id: ids.other, email: "other@b.test", name: null, role: "recruiter" },
      { id: ids.admin, email: "admin@x.test", name: null, role: "admin" },
    ];
    for (const user of refused) {
      ctx.user = user;
      expect((await profileActions.uploadDefaultCvAction({}, cvForm(PDF))).ok).toBe(false);
      expect((await profileActions.deleteDefaultCvAction({}, cvForm())).ok).toBe(false);
    }
    ctx.user = mary;
    const cases: [Uint8Array | undefined, RegExp][] = [
      [HTML_AS_PDF, /PDF or a Word/],
      [ELF, /PDF or a Word/],
      [new Uint8Array(0), /empty/],
      [new Uint8Array(5 * 1024 * 1024 + 1).fill(0x25), /at most 5 MB/],
      [undefined, /Choose your CV/],
    ];
    for (const [bytes, message] of cases) {
      const state = await profileActions.uploadDefaultCvAction({}, cvForm(bytes));
      expect(state.errors?.cv?.[0]).toMatch(message);
    }
    ctx.user = null;
    expect(await snapshot()).toBe(before);
  });

  it("uploads, replaces and deletes it; an application keeps the CV it was sent with", async () => {
    const [mary] = await t.db.select().from(users).where(eq(users.email, "mary@x.test"));
    ctx.user = { id: mary!.id, email: mary!.email, name: "Mary", role: "seeker" };
    expect(await profileActions.uploadDefaultCvAction({}, cvForm(PDF, "mary.pdf"))).toMatchObject({ ok: true });
    const first = await getDefaultCv(t.db, mary!.id);
    expect(first).toMatchObject({ name: "mary.pdf", size: PDF.byteLength });
    // Applying with "use my default CV" sends a copy.
    const sent = await applyToJob(t.db, mary!.id, form({ name: "Mary", cvSource: "profile" }), null);
    expect(sent.ok).toBe(true);
    const [app] = await t.db.select().from(applications).where(eq(applications.userId, mary!.id));
    expect(app!.cvFileId).not.toBe(first!.id);
    // Replacing it deletes the old file (it was the profile's only) and leaves the application's.
    expect(await profileActions.uploadDefaultCvAction({}, cvForm(DOCX, "mary-2024.docx"))).toMatchObject({ ok: true });
    const second = await getDefaultCv(t.db, mary!.id);
    expect(second).toMatchObject({ name: "mary-2024.docx" });
    expect(await t.db.select().from(files).where(eq(files.id, first!.id))).toEqual([]);
    const kept = await readFileFor(t.db, app!.cvFileId!, { userId: mary!.id });
    expect(kept).toMatchObject({ name: "mary.pdf", mediaType: "application/pdf" });
    expect(Buffer.from(kept!.data).equals(Buffer.from(PDF))).toBe(true);
    // Deleting it: gone from the profile and from files; the application still has its CV.
    expect(await profileActions.deleteDefaultCvAction({}, cvForm())).toMatchObject({ ok: true });
    expect(await getDefaultCv(t.db, mary!.id)).toBeNull();
    expect(await t.db.select().from(files).where(eq(files.id, second!.id))).toEqual([]);
    expect(await cvAccess(t.db, mary!.id, app!.id)).toBe(app!.cvFileId);
    ctx.user = null;
  });
});

describe(`an admin and a reported listing's applications (${process.env.TEST_DB})`, () => {
  it("sees none while the listing has no open report, and them (without notes, downloads recorded) while it has one", async () => {
    const [ada] = await t.db.select().from(applications).where(eq(applications.userId, ids.seeker));
    if (!ada) throw new Error("Ada's application");
    const none = async () => {
      expect(await getApplicantsForJob(t.db, ids.admin, ladderJob, { as: "admin" })).toBeNull();
      expect(await getApplicantsForJob(t.db, ids.admin, ladderJob)).toBeNull();
      expect(await cvAccess(t.db, ids.admin, ada.id)).toBeNull();
    };
    await none();
    const [report] = await t.db
      .insert(jobReports)
      .values({ jobId: ladderJob, userId: ids.seeker2, reason: "scam", note: "asks for a fee" })
      .returning();
    const list = await getApplicantsForJob(t.db, ids.admin, ladderJob, { as: "admin" });
    expect(list?.applicants.length).toBeGreaterThan(0);
    expect(list?.applicants.every((a) => a.notes.length === 0)).toBe(true);
    // The company's own view still has its notes.
    expect((await getApplicantsForJob(t.db, ids.owner, ladderJob))?.applicants.some((a) => a.notes.length)).toBe(true);
    // Only admins: a seeker or another company's recruiter asking as admin gets nothing.
    for (const who of [ids.seeker2, ids.other]) {
      expect(await getApplicantsForJob(t.db, who, ladderJob, { as: "admin" })).toBeNull();
      expect(await cvAccess(t.db, who, ada.id)).toBeNull();
    }
    expect(await cvAccess(t.db, ids.admin, ada.id)).toBe(ada.cvFileId);
    await readFileFor(t.db, ada.cvFileId!, { userId: ids.admin, applicationId: ada.id });
    const log = await t.db.select().from(fileDownloads).where(eq(fileDownloads.userId, ids.admin));
    expect(log).toMatchObject([{ fileId: ada.cvFileId, applicationId: ada.id }]);
    // Once the report is reviewed, the admin sees none again.
    await t.db.update(jobReports).set({ status: "dismissed" }).where(eq(jobReports.id, report!.id));
    await none();
  });
});
