import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedDatabase } from "@/db/seed";
import { candidateMessages, companyMembers, roadmapMilestones, users } from "@/db/schema";
import { updateProfile, type ProfileInput } from "@/lib/accounts/profile";
import type { CurrentUser } from "@/lib/auth/session";
import { getInbox, getSentMessages, searchCandidates } from "@/lib/candidates/queries";
import { candidateSearchInput, MESSAGES_PER_DAY } from "@/lib/candidates/validation";
import { startWorker } from "@/lib/queue";
import { recruiterOps } from "@/lib/recruiters/service";
import { isoDay } from "@/lib/recruiters/validation";
import { fieldErrorsOf } from "@/lib/result";
import { setMilestoneStatus } from "@/lib/roadmap/service";
import { createTestDatabase, rowsOf, type TestDatabase } from "../helpers/db";
import { createSmtpServer, smtpPort } from "../helpers/smtp";

// The server actions run as in Next, minus the request: the session and the app's database
// are the test's (as in applications.test.ts). Mail goes through the real queue to a real
// SMTP server.
const ctx = vi.hoisted(() => ({ db: null as unknown, handle: null as unknown, user: null as CurrentUser | null }));
vi.mock("@/db", () => ({
  db: new Proxy({}, { get: (_t, prop) => Reflect.get(ctx.db as object, prop, ctx.db) }),
  // The queue finds the app's database here (lib/queue): the test's.
  getDatabaseHandle: () => ctx.handle,
}));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => ctx.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { sendCandidateMessageAction } = await import("@/app/recruiter/candidates/actions");
const { replyToMessageAction } = await import("@/app/me/messages/actions");

// Offset 8 (3277/3278): 2, 3, 4 and 6 are other files' on the branches being merged.
const smtp = createSmtpServer(smtpPort(8));
process.env.SMTP_URL = smtp.url;
process.env.APP_URL = "http://ladder.test";

let t: TestDatabase;
let stop: () => Promise<void>;
const ids = { owner: "", unverified: "", other: "", alone: "", pub: "", pub2: "", pub3: "", priv: "", admin: "" };
let jobA = 0; // company A's listing asking go, postgresql, kafka, docker
let jobB = 0; // company B's listing

const DAY = 86_400_000;
const as = (id: string | null, role: CurrentUser["role"] = "recruiter") => {
  ctx.user = id ? ({ id, role, email: `${id}@x.test`, name: null } as CurrentUser) : null;
};
const form = (values: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
};
const search = (userId: string, q: Record<string, unknown>) =>
  searchCandidates(t.db, userId, candidateSearchInput.parse(q));

/** Every row a candidate action could touch, as one comparable string. */
async function snapshot(): Promise<string> {
  const parts: string[] = [];
  for (const table of ["candidate_messages", "mail_messages", "users", "user_skills"]) {
    const rows = rowsOf(await t.db.execute(sql.raw(`select * from ${table} order by 1, 2`)));
    parts.push(`${table}:${JSON.stringify(rows)}`);
  }
  return parts.join("\n");
}

const profile = (over: Partial<ProfileInput>): ProfileInput => ({
  name: "",
  headline: "",
  location: "",
  yearsExperience: null,
  targetGuide: "",
  targetLevel: "",
  visibility: "public",
  workplacePreference: "",
  skills: [],
  ...over,
});

const listing = (over: Record<string, unknown> = {}) => ({
  title: "Platform Engineer",
  roleFamily: "backend",
  level: "mid",
  employmentType: "full_time",
  workplace: "remote",
  location: "",
  applicantRegions: ["Europe"],
  salaryMin: "90000",
  salaryMax: "120000",
  salaryCurrency: "USD",
  salaryPeriod: "year",
  skills: ["go", "postgresql", "kafka", "docker"],
  description: "You will run the platform every team ships on, with a small team that reviews every change.",
  apply: "https://jobs.example/platform",
  closesOn: isoDay(new Date(Date.now() + 30 * DAY)),
  ...over,
});

beforeAll(async () => {
  t = await createTestDatabase();
  ctx.db = t.db;
  ctx.handle = t;
  await smtp.start();
  stop = await startWorker({ database: t, pollingIntervalSeconds: 0.5, schedules: false });
  await seedDatabase(t.db, { jobs: 0 });
  const now = new Date();
  const made = await t.db
    .insert(users)
    .values([
      { email: "owner@a.test", role: "recruiter", name: "Olga", emailVerified: now },
      { email: "new@a.test", role: "recruiter", name: "Nils" },
      { email: "other@b.test", role: "recruiter", name: "Bea", emailVerified: now },
      { email: "alone@c.test", role: "recruiter", name: "Al", emailVerified: now },
      { email: "ada@x.test", role: "seeker", name: "Ada" },
      { email: "grace@x.test", role: "seeker", name: "Grace" },
      { email: "linus@x.test", role: "seeker", name: "Linus" },
      { email: "hidden@x.test", role: "seeker", name: "Hidden Harriet" },
      { email: "admin@x.test", role: "admin", name: "Ad", emailVerified: now },
    ])
    .returning({ id: users.id });
  (["owner", "unverified", "other", "alone", "pub", "pub2", "pub3", "priv", "admin"] as const).forEach(
    (k, i) => (ids[k] = made[i]!.id),
  );
  const a = await recruiterOps.createCompany(t.db, ids.owner, {
    name: "Hire Co",
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
  const invite = await recruiterOps.createInvite(t.db, ids.owner, { companyId: a.value.id });
  if (!invite.ok) throw new Error("invite");
  await recruiterOps.acceptInvite(t.db, ids.unverified, { token: invite.value.token });
  const j1 = await recruiterOps.createJob(t.db, ids.owner, { ...listing(), companyId: a.value.id });
  const j2 = await recruiterOps.createJob(t.db, ids.other, { ...listing({ skills: ["rust"] }), companyId: b.value.id });
  if (!j1.ok || !j2.ok) throw new Error(JSON.stringify([j1, j2]));
  jobA = j1.value.id;
  jobB = j2.value.id;
  // Ada: 3 of the 4 (go verified on the roadmap), mid, 4 years, Lisbon, remote.
  await updateProfile(
    t.db,
    ids.pub,
    profile({
      name: "Ada",
      headline: "Backend engineer",
      location: "Lisbon, Portugal",
      yearsExperience: 4,
      targetLevel: "mid",
      workplacePreference: "remote",
      skills: ["go", "postgresql", "kafka", "python"],
    }),
  );
  const [go] = await t.db
    .select()
    .from(roadmapMilestones)
    .where(sql`${roadmapMilestones.skillId} = (select id from skills where slug = 'go')`)
    .limit(1);
  expect((await setMilestoneStatus(t.db, ids.pub, go!.guideId, { milestone: go!.slug, status: "done" })).ok).toBe(true);
  // Grace: 1 of the 4, senior, 12 years, Berlin, on-site.
  await updateProfile(
    t.db,
    ids.pub2,
    profile({
      name: "Grace",
      location: "Berlin",
      yearsExperience: 12,
      targetLevel: "senior",
      workplacePreference: "onsite",
      skills: ["docker"],
    }),
  );
  // Linus: public, none of the role's skills.
  await updateProfile(t.db, ids.pub3, profile({ name: "Linus", location: "Helsinki", skills: ["rust"] }));
  // Harriet: every skill the role asks, but private.
  await updateProfile(
    t.db,
    ids.priv,
    profile({
      name: "Hidden Harriet",
      visibility: "private",
      location: "Lisbon",
      yearsExperience: 4,
      targetLevel: "mid",
      workplacePreference: "remote",
      skills: ["go", "postgresql", "kafka", "docker", "rust"],
    }),
  );
});
afterAll(async () => {
  await stop?.();
  await smtp.stop();
  await t?.drop();
});

describe(`candidate search (${process.env.TEST_DB})`, () => {
  it("ranks public candidates by the listing's skills, marks roadmap-verified ones, never shows a private profile", async () => {
    const r = await search(ids.owner, { job: String(jobA) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.role.title).toBe("Platform Engineer");
    expect(r.value.role.skills.map((s) => s.slug).sort()).toEqual(["docker", "go", "kafka", "postgresql"]);
    expect(r.value.items.map((c) => [c.name, c.fits, c.verified])).toEqual([
      ["Ada", 3, 1],
      ["Grace", 1, 0],
    ]);
    expect(r.value.total).toBe(2);
    const ada = r.value.items[0]!;
    expect(ada.skills.slice(0, 3).map((s) => [s.slug, s.asked, s.verified])).toEqual([
      ["go", true, true],
      ["kafka", true, false],
      ["postgresql", true, false],
    ]);
    expect(ada.skills[3]).toMatchObject({ slug: "python", asked: false });
    // No address in what the recruiter gets.
    expect(JSON.stringify(r.value)).not.toMatch(/@x\.test/);

    // Without a role: every public seeker, newest first; the private one is in no count.
    const all = await search(ids.owner, {});
    expect(all.ok && all.value.items.map((c) => c.name).sort()).toEqual(["Ada", "Grace", "Linus"]);
    expect(all.ok && all.value.total).toBe(3);
    const rust = await search(ids.owner, { skill: ["rust"] });
    expect(rust.ok && rust.value.items.map((c) => c.name)).toEqual(["Linus"]);
    expect(rust.ok && rust.value.total).toBe(1);
  });

  it("filters by level, years, location and workplace preference, and pages", async () => {
    const names = async (q: Record<string, unknown>) => {
      const r = await search(ids.owner, { skill: ["go", "docker", "rust"], ...q });
      return r.ok ? r.value.items.map((c) => c.name) : r;
    };
    expect(await names({ level: "senior" })).toEqual(["Grace"]);
    expect(await names({ minYears: "5" })).toEqual(["Grace"]);
    expect(await names({ maxYears: "4" })).toEqual(["Ada"]);
    expect(await names({ location: "lisbon" })).toEqual(["Ada"]);
    // `%` is a character to find, not a wildcard.
    expect(await names({ location: "%" })).toEqual([]);
    expect(await names({ workplace: "onsite" })).toEqual(["Grace"]);
    const page2 = await search(ids.owner, { skill: ["go", "docker", "rust"], page: "2" });
    expect(page2.ok && [page2.value.items.length, page2.value.total, page2.value.pageCount]).toEqual([0, 3, 1]);
    expect(candidateSearchInput.safeParse({ minYears: "9", maxYears: "3" }).success).toBe(false);
    expect(candidateSearchInput.safeParse({ page: "999" }).success).toBe(false);
  });

  it("refuses a listing of another company, unknown skills, and anyone without a recruiter seat", async () => {
    const foreign = await search(ids.owner, { job: String(jobB) });
    expect(!foreign.ok && fieldErrorsOf(foreign.issues).job?.[0]).toMatch(/your company/);
    const unknown = await search(ids.owner, { skill: ["cobol-9000"] });
    expect(!unknown.ok && fieldErrorsOf(unknown.issues).skill?.[0]).toMatch(/from the list/);
    for (const who of [ids.pub, ids.admin, ids.unverified, ids.alone, "no-such-user"]) {
      expect(await search(who, {})).toMatchObject({ ok: false, reason: "forbidden" });
    }
  });
});

describe(`messages to candidates (${process.env.TEST_DB})`, () => {
  it("refuses a signed-out visitor, a seeker, an admin, an unverified recruiter, one without a company, and a private profile; no row changes", async () => {
    const before = await snapshot();
    const msg = (candidateId: string) => form({ candidateId, subject: "Platform role", body: "Hello there" });
    as(null);
    expect(await sendCandidateMessageAction({}, msg(ids.pub))).toMatchObject({ ok: false, message: /sign in/ });
    for (const [who, role] of [
      [ids.pub2, "seeker"],
      [ids.admin, "admin"],
      [ids.unverified, "recruiter"],
      [ids.alone, "recruiter"],
    ] as const) {
      as(who, role);
      expect(await sendCandidateMessageAction({}, msg(ids.pub))).toMatchObject({ ok: false });
    }
    as(ids.owner);
    const hidden = await sendCandidateMessageAction({}, msg(ids.priv));
    expect(hidden).toMatchObject({ ok: false, message: /not open to recruiters/ });
    // A recruiter is not a candidate either.
    expect(await sendCandidateMessageAction({}, msg(ids.other))).toMatchObject({ ok: false });
    const bad = await sendCandidateMessageAction(
      {},
      form({ candidateId: ids.pub, subject: "", body: "x".repeat(5001) }),
    );
    expect(bad.errors?.subject?.[0]).toMatch(/subject/);
    expect(bad.errors?.body?.[0]).toMatch(/at most/);
    expect(await snapshot()).toBe(before);
  });

  it("mails the message through the queue; addresses are revealed only by the candidate's reply", async () => {
    as(ids.owner);
    const sent = await sendCandidateMessageAction(
      {},
      form({ candidateId: ids.pub, subject: "Platform role at Hire Co", body: "Your Go and Kafka caught my eye." }),
    );
    expect(sent).toMatchObject({ ok: true });
    const mail = await smtp.waitFor((m) => JSON.stringify(m.to).includes("ada@x.test"));
    expect(mail.subject).toBe("Hire Co on Ladder: Platform role at Hire Co");
    expect(mail.text).toContain("Your Go and Kafka caught my eye.");
    expect(mail.text).toContain("http://ladder.test/me/messages#message-");
    expect(mail.text).not.toContain("owner@a.test");

    // The recruiter's side: a name, no address. The candidate's: a company, no address.
    const companyA = (await t.db.select().from(candidateMessages))[0]!.companyId;
    const [out] = await getSentMessages(t.db, companyA);
    expect(out).toMatchObject({ candidateName: "Ada", candidateEmail: null, reply: null });
    const [inbox] = await getInbox(t.db, ids.pub);
    expect(inbox).toMatchObject({ companyName: "Hire Co", recruiterEmail: null, subject: "Platform role at Hire Co" });
    // Another company sees none of it.
    const [otherMember] = await t.db.select().from(companyMembers).where(eq(companyMembers.userId, ids.other));
    const otherCompany = otherMember!.companyId;
    expect(await getSentMessages(t.db, otherCompany)).toEqual([]);

    // Someone else cannot answer it: another seeker, a recruiter, another company's recruiter, a visitor.
    const before = await snapshot();
    const reply = form({ messageId: String(inbox!.id), reply: "Happy to talk." });
    for (const [who, role] of [
      [ids.pub2, "seeker"],
      [ids.owner, "recruiter"],
      [ids.other, "recruiter"],
    ] as const) {
      as(who, role);
      expect(await replyToMessageAction({}, reply)).toMatchObject({ ok: false, message: /not yours/ });
    }
    as(null);
    expect(await replyToMessageAction({}, reply)).toMatchObject({ ok: false, message: /sign in/ });
    as(ids.pub, "seeker");
    expect(
      (await replyToMessageAction({}, form({ messageId: String(inbox!.id), reply: " " }))).errors?.reply,
    ).toBeTruthy();
    expect(await snapshot()).toBe(before);

    // The candidate replies: the recruiter gets it at their confirmed address, with Ada's.
    expect(await replyToMessageAction({}, reply)).toMatchObject({ ok: true });
    const back = await smtp.waitFor(
      (m) => JSON.stringify(m.to).includes("owner@a.test") && /replied/.test(m.subject ?? ""),
    );
    expect(back.subject).toBe("Ada replied: Platform role at Hire Co");
    expect(back.text).toContain("Happy to talk.");
    expect(back.text).toContain("ada@x.test");
    expect((await getSentMessages(t.db, companyA))[0]).toMatchObject({
      candidateEmail: "ada@x.test",
      reply: "Happy to talk.",
    });
    expect((await getInbox(t.db, ids.pub))[0]).toMatchObject({ recruiterEmail: "owner@a.test" });
    // Once.
    expect(await replyToMessageAction({}, reply)).toMatchObject({ ok: false, message: /already replied/ });
  });

  it(`allows ${MESSAGES_PER_DAY} messages per recruiter in 24 hours`, async () => {
    const [row] = await t.db.select().from(candidateMessages).where(eq(candidateMessages.recruiterId, ids.owner));
    const sentSoFar = (await t.db.select().from(candidateMessages).where(eq(candidateMessages.recruiterId, ids.owner)))
      .length;
    await t.db.insert(candidateMessages).values(
      Array.from({ length: MESSAGES_PER_DAY - sentSoFar }, () => ({
        recruiterId: ids.owner,
        companyId: row!.companyId,
        candidateId: ids.pub2,
        subject: "s",
        body: "b",
      })),
    );
    const before = await snapshot();
    as(ids.owner);
    const over = await sendCandidateMessageAction({}, form({ candidateId: ids.pub3, subject: "One more", body: "Hi" }));
    expect(over).toMatchObject({ ok: false, message: /last 24 hours/ });
    expect(await snapshot()).toBe(before);
    // Another recruiter of the same company has their own allowance; the limit is per person.
    await t.db.update(users).set({ emailVerified: new Date() }).where(eq(users.id, ids.unverified));
    as(ids.unverified);
    expect(
      await sendCandidateMessageAction({}, form({ candidateId: ids.pub3, subject: "Hi", body: "Hi" })),
    ).toMatchObject({
      ok: true,
    });
  });
});
