import crypto from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  accountTokens,
  accounts,
  applicationAnswers,
  applicationEvents,
  applicationNotes,
  applications,
  companies,
  companyMembers,
  files,
  guides,
  jobs,
  loginAttempts,
  mailMessages,
  roadmapMilestones,
  roadmapProgress,
  roadmapShares,
  savedJobs,
  savedSearches,
  screeningQuestions,
  skills,
  users,
  userSkills,
} from "@/db/schema";
import { authenticate, getSessionState, registerUser } from "@/lib/accounts/service";
import { changeEmail, deleteAccount, switchAccountRole } from "@/lib/accounts/settings";
import { verifyEmail } from "@/lib/accounts/tokens";
import { startWorker } from "@/lib/queue";
import { createTestDatabase, rowsOf, type TestDatabase } from "../helpers/db";
import { createSmtpServer, smtpPort } from "../helpers/smtp";

const smtp = createSmtpServer(smtpPort(9));
process.env.SMTP_URL = smtp.url;
process.env.APP_URL = "http://ladder.test";

const PASSWORD = "correct horse battery";
let t: TestDatabase;
let stop: () => Promise<void>;
let companyId = 0;
let jobIds: number[] = [];
let questionId = 0;
let milestoneIds: number[] = [];
let skillId = 0;
let guideId = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  await smtp.start();
  stop = await startWorker({ database: t, pollingIntervalSeconds: 0.5, schedules: false });
  const [company] = await t.db.insert(companies).values({ slug: "acme", name: "Acme" }).returning();
  companyId = company!.id;
  const listing = (slug: string) => ({
    companyId,
    slug,
    title: `Engineer ${slug}`,
    description: "Build things.",
    level: "mid" as const,
    employmentType: "full_time" as const,
    workplace: "remote" as const,
    location: "Remote",
    applyUrl: "https://acme.example/jobs",
    applyMode: "ladder" as const,
    status: "published" as const,
    publishedAt: new Date(),
  });
  jobIds = (
    await t.db
      .insert(jobs)
      .values([listing("one"), listing("two")])
      .returning()
  ).map((j) => j.id);
  const [q] = await t.db
    .insert(screeningQuestions)
    .values({ jobId: jobIds[0]!, position: 1, kind: "short_text", prompt: "Why us?" })
    .returning();
  questionId = q!.id;
  const [skill] = await t.db.insert(skills).values({ slug: "go", name: "Go", category: "language" }).returning();
  skillId = skill!.id;
  const [guide] = await t.db
    .insert(guides)
    .values({
      slug: "backend",
      title: "Backend",
      roleFamily: "backend",
      summary: "s",
      whatIs: "w",
      vsOther: "v",
      author: "a",
    })
    .returning();
  guideId = guide!.id;
  milestoneIds = (
    await t.db
      .insert(roadmapMilestones)
      .values(
        [1, 2].map((position) => ({
          guideId,
          slug: `m${position}`,
          level: "junior" as const,
          area: "Basics",
          position,
          kind: "topic" as const,
          title: `Milestone ${position}`,
          description: "d",
        })),
      )
      .returning()
  ).map((m) => m.id);
});
afterAll(async () => {
  await stop?.();
  await smtp.stop();
  await t?.drop();
});

const userByEmail = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0];

/** A job seeker with one of everything an account can own, each row tagged by the user. */
async function seekerWithEverything(email: string) {
  const created = await registerUser(t.db, { email, password: PASSWORD, name: "Sam Seeker", role: "seeker" });
  if (!created.ok || !created.value.created) throw new Error("sign-up failed");
  const user = (await userByEmail(email))!;
  const [cv] = await t.db
    .insert(files)
    .values({
      ownerId: user.id,
      name: "cv.pdf",
      mediaType: "application/pdf",
      size: 3,
      sha256: "x",
      data: Buffer.from("pdf"),
    })
    .returning();
  await t.db.update(users).set({ defaultCvFileId: cv!.id, headline: "Go developer" }).where(eq(users.id, user.id));
  await t.db.insert(userSkills).values({ userId: user.id, skillId });
  await t.db.insert(savedJobs).values(jobIds.map((jobId) => ({ userId: user.id, jobId, stage: "applied" as const })));
  await t.db
    .insert(savedSearches)
    .values({ userId: user.id, name: "Go", query: "q=go", feedToken: crypto.randomBytes(16).toString("hex") });
  await t.db
    .insert(roadmapProgress)
    .values(milestoneIds.map((milestoneId) => ({ userId: user.id, milestoneId, status: "done" as const })));
  await t.db.insert(roadmapShares).values({ userId: user.id, guideId, token: crypto.randomBytes(16).toString("hex") });
  await t.db
    .insert(accounts)
    .values({ userId: user.id, type: "oauth", provider: "github", providerAccountId: `gh-${email}` });
  const [application] = await t.db
    .insert(applications)
    .values({ jobId: jobIds[0]!, userId: user.id, name: "Sam", email, cvFileId: cv!.id, coverNote: "Hello" })
    .returning();
  await t.db.insert(applicationAnswers).values({ applicationId: application!.id, questionId, value: "Because" });
  await t.db.insert(applicationNotes).values({ applicationId: application!.id, body: "Strong" });
  await t.db
    .insert(applicationEvents)
    .values({ applicationId: application!.id, kind: "received", stage: "new", actorId: user.id });
  await t.db.insert(loginAttempts).values({ email, ip: "192.0.2.1", succeeded: true });
  return { id: user.id, applicationId: application!.id, cvId: cv!.id };
}

/** How many rows of each table belong to `userId` (the tables account deletion must empty). */
async function owned(userId: string, email: string) {
  const [row] = rowsOf<Record<string, number>>(
    await t.db.execute(sql`select
      (select count(*) from users where id = ${userId})::int as users,
      (select count(*) from user_skills where user_id = ${userId})::int as user_skills,
      (select count(*) from saved_jobs where user_id = ${userId})::int as saved_jobs,
      (select count(*) from saved_searches where user_id = ${userId})::int as saved_searches,
      (select count(*) from roadmap_progress where user_id = ${userId})::int as roadmap_progress,
      (select count(*) from roadmap_shares where user_id = ${userId})::int as roadmap_shares,
      (select count(*) from files where owner_id = ${userId})::int as files,
      (select count(*) from accounts where user_id = ${userId})::int as accounts,
      (select count(*) from applications where user_id = ${userId})::int as applications,
      (select count(*) from applications where email = ${email})::int as application_contacts,
      (select count(*) from account_tokens where user_id = ${userId})::int as account_tokens,
      (select count(*) from mail_messages where user_id = ${userId} or "to" = ${email})::int as mail_messages,
      (select count(*) from login_attempts where email = ${email} or email like ${`%:${email}`})::int as login_attempts`),
  );
  return row!;
}

const answersOf = async (applicationId: number) =>
  (await t.db.select().from(applicationAnswers).where(eq(applicationAnswers.applicationId, applicationId))).length +
  (await t.db.select().from(applicationNotes).where(eq(applicationNotes.applicationId, applicationId))).length +
  (await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, applicationId))).length;

describe(`deleting an account (${process.env.TEST_DB})`, () => {
  it("deletes every row tied to the account, leaves the company a withdrawn tombstone, and touches no one else", async () => {
    const gone = await seekerWithEverything("gone@example.com");
    const kept = await seekerWithEverything("kept@example.com");
    const keptBefore = await owned(kept.id, "kept@example.com");
    expect(Object.values(keptBefore).every((n) => n > 0)).toBe(true);
    expect(Object.values(await owned(gone.id, "gone@example.com")).every((n) => n > 0)).toBe(true);

    expect((await deleteAccount(t.db, gone.id, { confirm: PASSWORD, ip: "192.0.2.10" })).ok).toBe(true);

    expect(Object.values(await owned(gone.id, "gone@example.com")).every((n) => n === 0)).toBe(true);
    // The company sees that a candidate withdrew, and nothing else.
    const [tombstone] = await t.db.select().from(applications).where(eq(applications.id, gone.applicationId));
    expect(tombstone).toMatchObject({ userId: null, stage: "withdrawn", name: "", email: "", coverNote: "" });
    expect(tombstone?.cvFileId).toBeNull();
    expect(await answersOf(gone.applicationId)).toBe(0);
    expect(await t.db.select().from(files).where(eq(files.id, gone.cvId))).toHaveLength(0);
    // Others' rows are untouched, their application with its answers and notes too.
    expect(await owned(kept.id, "kept@example.com")).toEqual(keptBefore);
    expect(await answersOf(kept.applicationId)).toBe(3);
    // Sessions end (no user), and the email and password no longer sign in.
    expect(await getSessionState(t.db, gone.id)).toBeNull();
    expect(await authenticate(t.db, { email: "gone@example.com", password: PASSWORD, ip: "192.0.2.11" })).toMatchObject(
      {
        ok: false,
        reason: "invalid",
      },
    );
  });

  it("refuses a wrong password and a session whose account is gone, deleting nothing", async () => {
    const user = await seekerWithEverything("careful@example.com");
    const before = await owned(user.id, "careful@example.com");
    const wrong = await deleteAccount(t.db, user.id, { confirm: "not my password", ip: "192.0.2.12" });
    expect(wrong).toMatchObject({ ok: false, reason: "invalid", issues: [{ path: "confirm" }] });
    // The failed attempt is counted like a sign-in failure; nothing else changed.
    expect(await owned(user.id, "careful@example.com")).toEqual({
      ...before,
      login_attempts: (before.login_attempts ?? 0) + 1,
    });
    const signedOut = await deleteAccount(t.db, crypto.randomUUID(), { confirm: PASSWORD, ip: "192.0.2.12" });
    expect(signedOut).toMatchObject({ ok: false, reason: "unauthenticated" });
  });

  it("is rate-limited like the password change", async () => {
    const user = await seekerWithEverything("guessed@example.com");
    let last;
    for (let i = 0; i < 6; i++) last = await deleteAccount(t.db, user.id, { confirm: `guess ${i}`, ip: "192.0.2.13" });
    expect(last).toMatchObject({ ok: false, reason: "rate_limited", issues: [{ path: "confirm" }] });
    // Over the limit even the right password is not checked.
    expect(await deleteAccount(t.db, user.id, { confirm: PASSWORD, ip: "192.0.2.13" })).toMatchObject({
      reason: "rate_limited",
    });
    expect(await userByEmail("guessed@example.com")).toBeDefined();
  });

  it("confirms an account without a password by its email typed out", async () => {
    const [user] = await t.db.insert(users).values({ email: "oauth@example.com", name: "O" }).returning();
    expect(await deleteAccount(t.db, user!.id, { confirm: "other@example.com", ip: "192.0.2.14" })).toMatchObject({
      ok: false,
      issues: [{ path: "confirm" }],
    });
    expect((await deleteAccount(t.db, user!.id, { confirm: " OAuth@Example.com ", ip: "192.0.2.14" })).ok).toBe(true);
    expect(await userByEmail("oauth@example.com")).toBeUndefined();
  });

  it("refuses the last member of a company with open listings, and hands ownership on otherwise", async () => {
    await registerUser(t.db, { email: "owner@example.com", password: PASSWORD, name: "Olga", role: "recruiter" });
    const owner = (await userByEmail("owner@example.com"))!;
    await t.db.insert(companyMembers).values({ companyId, userId: owner.id, role: "owner" });
    const refused = await deleteAccount(t.db, owner.id, { confirm: PASSWORD, ip: "192.0.2.15" });
    expect(refused).toMatchObject({ ok: false, reason: "conflict" });
    if (!refused.ok) expect(refused.message).toContain("last member of Acme");
    expect(await userByEmail("owner@example.com")).toBeDefined();

    await registerUser(t.db, { email: "colleague@example.com", password: PASSWORD, name: "Cole", role: "recruiter" });
    const colleague = (await userByEmail("colleague@example.com"))!;
    await t.db.insert(companyMembers).values({ companyId, userId: colleague.id, role: "member" });
    expect((await deleteAccount(t.db, owner.id, { confirm: PASSWORD, ip: "192.0.2.15" })).ok).toBe(true);
    const members = await t.db.select().from(companyMembers).where(eq(companyMembers.companyId, companyId));
    expect(members).toEqual([expect.objectContaining({ userId: colleague.id, role: "owner" })]);
    // The company and its listings stay.
    expect(await t.db.select().from(jobs).where(eq(jobs.companyId, companyId))).toHaveLength(2);
  });
});

describe(`account type (${process.env.TEST_DB})`, () => {
  it("switches between job seeker and recruiter without a company, and not away from one", async () => {
    await registerUser(t.db, { email: "switch@example.com", password: PASSWORD, name: "Sid", role: "seeker" });
    const user = (await userByEmail("switch@example.com"))!;
    expect((await switchAccountRole(t.db, user.id, "recruiter")).ok).toBe(true);
    expect((await getSessionState(t.db, user.id))?.role).toBe("recruiter");
    expect((await switchAccountRole(t.db, user.id, "seeker")).ok).toBe(true);
    expect((await userByEmail("switch@example.com"))?.role).toBe("seeker");

    await switchAccountRole(t.db, user.id, "recruiter");
    await t.db.insert(companyMembers).values({ companyId, userId: user.id, role: "member" });
    const refused = await switchAccountRole(t.db, user.id, "seeker");
    expect(refused).toMatchObject({ ok: false, reason: "conflict" });
    if (!refused.ok) expect(refused.message).toContain("belongs to Acme");
    expect((await userByEmail("switch@example.com"))?.role).toBe("recruiter");

    const [admin] = await t.db.insert(users).values({ email: "admin@example.com", role: "admin" }).returning();
    expect(await switchAccountRole(t.db, admin!.id, "seeker")).toMatchObject({ ok: false, reason: "conflict" });
  });
});

describe(`changing the email (${process.env.TEST_DB})`, () => {
  it("mails a verification link to the new address and a notice to the old one; unverified until confirmed", async () => {
    await registerUser(t.db, { email: "old@example.com", password: PASSWORD, name: "Ola", role: "recruiter" });
    const user = (await userByEmail("old@example.com"))!;
    await t.db.update(users).set({ emailVerified: new Date() }).where(eq(users.id, user.id));

    const changed = await changeEmail(t.db, user.id, {
      newEmail: "New@Example.com",
      password: PASSWORD,
      ip: "192.0.2.20",
    });
    expect(changed).toEqual({ ok: true, value: { email: "new@example.com" } });
    const now = (await userByEmail("new@example.com"))!;
    expect(now.id).toBe(user.id);
    expect(now.emailVerified).toBeNull();
    expect((await getSessionState(t.db, user.id))?.email).toBe("new@example.com");

    const notice = await smtp.waitFor(
      (m) => JSON.stringify(m.to).includes("old@example.com") && m.subject !== "Confirm your email address for Ladder",
    );
    expect(notice.subject).toBe("The email of your Ladder account was changed");
    expect(notice.text).toContain("new@example.com");
    const link = await smtp.waitFor((m) => JSON.stringify(m.to).includes("new@example.com"));
    expect(link.subject).toBe("Confirm your email address for Ladder");
    const token = /http:\/\/ladder\.test\/verify-email\/([A-Za-z0-9_-]+)/.exec(link.text ?? "")?.[1];
    expect(token).toBeTruthy();
    expect((await verifyEmail(t.db, token!)).ok).toBe(true);
    expect((await userByEmail("new@example.com"))?.emailVerified).not.toBeNull();
    // The new address signs in; the old one no longer does.
    expect((await authenticate(t.db, { email: "new@example.com", password: PASSWORD, ip: "192.0.2.21" })).ok).toBe(
      true,
    );
    expect((await authenticate(t.db, { email: "old@example.com", password: PASSWORD, ip: "192.0.2.21" })).ok).toBe(
      false,
    );
  }, 90_000);

  it("refuses a wrong password, the same address, and an address another account has, changing nothing", async () => {
    await registerUser(t.db, { email: "stay@example.com", password: PASSWORD, name: "Stu", role: "seeker" });
    const user = (await userByEmail("stay@example.com"))!;
    const sent = await t.db.select().from(mailMessages);
    expect(
      await changeEmail(t.db, user.id, { newEmail: "moved@example.com", password: "wrong one", ip: "192.0.2.22" }),
    ).toMatchObject({ ok: false, reason: "invalid", issues: [{ path: "password" }] });
    expect(
      await changeEmail(t.db, user.id, { newEmail: "stay@example.com", password: PASSWORD, ip: "192.0.2.22" }),
    ).toMatchObject({ ok: false, issues: [{ path: "newEmail" }] });
    expect(
      await changeEmail(t.db, user.id, { newEmail: "kept@example.com", password: PASSWORD, ip: "192.0.2.22" }),
    ).toMatchObject({ ok: false, reason: "conflict", issues: [{ path: "newEmail" }] });
    expect((await userByEmail("stay@example.com"))?.id).toBe(user.id);
    expect(await t.db.select().from(mailMessages)).toHaveLength(sent.length);
    expect(await t.db.select().from(accountTokens).where(eq(accountTokens.email, "moved@example.com"))).toHaveLength(0);
  });
});
