import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import { applicationEvents, applications, mailMessages, users } from "@/db/schema";
import { mailApplicationEvents, runApplicantSummaries } from "@/lib/applications/mail";
import { applyToJob, moveApplication, rejectApplications, withdrawApplication } from "@/lib/applications/service";
import { startWorker } from "@/lib/queue";
import { recruiterOps } from "@/lib/recruiters/service";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { ladderListingForm } from "../helpers/listing-form";
import { createSmtpServer, smtpPort } from "../helpers/smtp";

// Mail about applications on Ladder, delivered by the real queue to a real SMTP server
// (parsed by mailparser): the applicant's receipt, interviewing and rejection mails, and
// the recruiters' daily summary, each once.

const smtp = createSmtpServer(smtpPort(3));
process.env.SMTP_URL = smtp.url;
process.env.APP_URL = "http://ladder.test";

let t: TestDatabase;
let stop: () => Promise<void>;
const ids = { owner: "", member: "", unverified: "", other: "", ada: "", grace: "", linus: "", mary: "" };
const jobIds = { backend: 0, data: 0, otherCo: 0 };
const PDF = new Uint8Array(fs.readFileSync(path.join(import.meta.dirname, "../fixtures/files/cv.pdf")));

const to = (m: ParsedMail) => (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value);
const mailsTo = (email: string) => smtp.received.filter((m) => to(m).some((a) => a.address === email));
/** Waits for queued deliveries to settle, then answers how many mails `email` received. */
async function settledCount(email: string) {
  await new Promise((r) => setTimeout(r, 2000));
  return mailsTo(email).length;
}

async function apply(userId: string, jobId: number, extra: Record<string, string> = {}) {
  const r = await applyToJob(
    t.db,
    userId,
    {
      jobId: String(jobId),
      name: extra.name ?? "Applicant",
      email: extra.email ?? "typed-contact@example.net",
      headline: extra.headline ?? "Engineer",
      location: "Porto",
      yearsExperience: "5",
      coverNote: "PRIVATE COVER NOTE",
    },
    { name: "cv.pdf", bytes: PDF },
  );
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.value.applicationId;
}

async function company(owner: string, name: string) {
  const r = await recruiterOps.createCompany(t.db, owner, { name, size: "11-50", website: "", about: "" });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.value.id;
}

async function listing(owner: string, companyId: number, title: string) {
  const r = await recruiterOps.createJob(t.db, owner, { ...ladderListingForm({ title }), companyId, publish: true });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.value.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { jobs: 0 }); // the skills list
  await smtp.start();
  stop = await startWorker({ database: t, pollingIntervalSeconds: 0.5, schedules: false });
  const verified = new Date();
  const made = await t.db
    .insert(users)
    .values([
      { email: "owner@mailco.test", role: "recruiter", emailVerified: verified },
      { email: "member@mailco.test", role: "recruiter", emailVerified: verified },
      { email: "unverified@mailco.test", role: "recruiter", emailVerified: verified },
      { email: "rec@otherco.test", role: "recruiter", emailVerified: verified },
      { email: "ada@seekers.test", role: "seeker" },
      { email: "grace@seekers.test", role: "seeker" },
      { email: "linus@seekers.test", role: "seeker" },
      { email: "mary@seekers.test", role: "seeker" },
    ])
    .returning({ id: users.id });
  (Object.keys(ids) as (keyof typeof ids)[]).forEach((k, i) => (ids[k] = made[i]!.id));
  const mailCo = await company(ids.owner, "Mail Co");
  for (const who of [ids.member, ids.unverified]) {
    const invite = await recruiterOps.createInvite(t.db, ids.owner, { companyId: mailCo });
    if (!invite.ok) throw new Error("invite");
    await recruiterOps.acceptInvite(t.db, who, { token: invite.value.token });
  }
  jobIds.backend = await listing(ids.owner, mailCo, "Backend Engineer, Mail");
  jobIds.data = await listing(ids.owner, mailCo, "Data Engineer, Mail");
  jobIds.otherCo = await listing(ids.other, await company(ids.other, "Other Co"), "Go Engineer, Elsewhere");
  // This member never confirmed the address: the summary must not reach it.
  await t.db.update(users).set({ emailVerified: null }).where(eq(users.id, ids.unverified));
});
afterAll(async () => {
  await stop?.();
  await smtp.stop();
  await t?.drop();
});

describe(`mail about applications (${process.env.TEST_DB})`, () => {
  it("sends the applicant a receipt, to the account's address, with HTML and text and nothing they did not write", async () => {
    await apply(ids.ada, jobIds.backend, { name: "Ada Lovelace" });
    const mail = await smtp.waitFor((m) => to(m).some((a) => a.address === "ada@seekers.test"));
    expect(mail.subject).toBe("Application sent: Backend Engineer, Mail at Mail Co");
    expect(mail.text).toContain("You applied to Backend Engineer, Mail");
    expect(mail.text).toContain("http://ladder.test/me/jobs");
    expect(mail.html).toContain('href="http://ladder.test/jobs/');
    // Not to the contact address typed in the form, and no copy of the form.
    expect(smtp.received.some((m) => to(m).some((a) => a.address === "typed-contact@example.net"))).toBe(false);
    expect(`${mail.text}${mail.html}`).not.toContain("PRIVATE COVER NOTE");
    expect(await settledCount("ada@seekers.test")).toBe(1);
  });

  it("mails a move to interviewing (not other stages) and each rejection alone, with the recruiter's message", async () => {
    const [ada] = await t.db.select().from(applications).where(eq(applications.userId, ids.ada));
    expect(await moveApplication(t.db, ids.owner, { applicationId: ada!.id, stage: "reviewing" })).toMatchObject({
      ok: true,
    });
    expect(await moveApplication(t.db, ids.owner, { applicationId: ada!.id, stage: "interviewing" })).toMatchObject({
      ok: true,
    });
    const interview = await smtp.waitFor((m) => m.subject?.startsWith("Mail Co moved you to interviews") ?? false);
    expect(interview.subject).toBe("Mail Co moved you to interviews for Backend Engineer, Mail");
    expect(to(interview).map((a) => a.address)).toEqual(["ada@seekers.test"]);
    expect(await settledCount("ada@seekers.test")).toBe(2);

    // A bulk rejection with one message: one mail per applicant, each to that applicant only.
    const grace = await apply(ids.grace, jobIds.backend, { name: "Grace Hopper" });
    const linus = await apply(ids.linus, jobIds.data, { name: "Linus Torvalds" });
    const message = "Thank you: we chose someone with more payments experience.";
    expect(await rejectApplications(t.db, ids.member, { applicationIds: [grace, linus], message })).toMatchObject({
      ok: true,
      value: { rejected: 2 },
    });
    for (const [email, title] of [
      ["grace@seekers.test", "Backend Engineer, Mail"],
      ["linus@seekers.test", "Data Engineer, Mail"],
    ] as const) {
      const rejection = await smtp.waitFor(
        (m) => to(m).some((a) => a.address === email) && (m.subject?.startsWith("Your application for") ?? false),
      );
      expect(rejection.subject).toBe(`Your application for ${title} at Mail Co`);
      expect(to(rejection)).toHaveLength(1);
      expect(rejection.text).toContain(message);
      expect(rejection.text).not.toMatch(/Grace Hopper|Linus Torvalds/);
      // Receipt and rejection, nothing more.
      expect(await settledCount(email)).toBe(2);
    }

    // Without a message, the mail says so plainly and quotes nothing.
    const mary = await apply(ids.mary, jobIds.data, { name: "Mary Jackson" });
    await rejectApplications(t.db, ids.owner, { applicationIds: [mary], message: "" });
    const plain = await smtp.waitFor(
      (m) =>
        to(m).some((a) => a.address === "mary@seekers.test") && (m.subject?.startsWith("Your application") ?? false),
    );
    expect(plain.text).toContain("Mail Co decided not to go on with your application.");
    expect(plain.text).toMatch(/Role: Data Engineer, Mail http:\/\/ladder\.test\/jobs\/\S+\n/);
    expect(plain.text).not.toContain("Their message");
  });

  it("a re-run of the sweep, or an event left unmarked by a crash, sends nothing twice", async () => {
    const before = smtp.received.length;
    expect(await mailApplicationEvents(t.db)).toBe(0);
    // A crash after the mail was stored but before the event was marked: the key holds.
    await t.db.update(applicationEvents).set({ mailedAt: null });
    expect(await mailApplicationEvents(t.db)).toBe(0);
    await new Promise((r) => setTimeout(r, 2000));
    expect(smtp.received.length).toBe(before);
    const keys = await t.db.select({ key: mailMessages.key }).from(mailMessages);
    expect(new Set(keys.map((k) => k.key)).size).toBe(keys.length);
  });

  it("sends each company's confirmed recruiters one daily summary of new applicants per listing, once", async () => {
    // Linus withdrew before the summary (he was rejected: withdrawing is refused only when hired).
    const [linus] = await t.db.select().from(applications).where(eq(applications.userId, ids.linus));
    expect(await withdrawApplication(t.db, ids.linus, { applicationId: linus!.id })).toMatchObject({ ok: true });
    await apply(ids.ada, jobIds.otherCo, { name: "Ada Lovelace", headline: "Payments engineer" });

    expect(await runApplicantSummaries(t.db)).toEqual({ companies: 2, mailed: 3 });
    const summary = await smtp.waitFor(
      (m) => to(m).some((a) => a.address === "owner@mailco.test") && (m.subject?.includes("new applicant") ?? false),
    );
    expect(summary.subject).toBe("3 new applicants at Mail Co");
    const text = summary.text ?? "";
    expect(text).toContain("Backend Engineer, Mail: 2 new applicants");
    expect(text).toContain("Data Engineer, Mail: 1 new applicant\n");
    expect(text).toContain("Ada Lovelace, Engineer");
    expect(text).toContain("Grace Hopper");
    expect(text).toContain("Mary Jackson");
    expect(text).not.toContain("Linus Torvalds");
    expect(text).toContain(`http://ladder.test/recruiter/jobs/${jobIds.backend}/applicants`);
    // No contact details, CV or cover note, and no other company's applicants.
    expect(`${text}${summary.html}`).not.toMatch(/seekers\.test|typed-contact|PRIVATE COVER NOTE|cv\.pdf|Payments/);

    await smtp.waitFor((m) => to(m).some((a) => a.address === "member@mailco.test"));
    const other = await smtp.waitFor((m) => to(m).some((a) => a.address === "rec@otherco.test"));
    expect(other.subject).toBe("1 new applicant at Other Co");
    expect(other.text).toContain("Ada Lovelace, Payments engineer");
    expect(other.text).not.toMatch(/Grace|Mary|Mail Co/);
    expect(await settledCount("unverified@mailco.test")).toBe(0);

    // Run again, and twice at once: nobody new, no mail.
    const before = smtp.received.length;
    expect(await runApplicantSummaries(t.db)).toEqual({ companies: 0, mailed: 0 });
    const runs = await Promise.all([runApplicantSummaries(t.db), runApplicantSummaries(t.db)]);
    expect(runs.reduce((n, r) => n + r.mailed, 0)).toBe(0);
    await new Promise((r) => setTimeout(r, 2000));
    expect(smtp.received.length).toBe(before);
  });

  it("the next summary lists only applicants since the last one, even with two runs at once", async () => {
    await t.db
      .insert(users)
      .values({ email: "katherine@seekers.test", role: "seeker" })
      .returning({ id: users.id })
      .then(([u]) => apply(u!.id, jobIds.data, { name: "Katherine Johnson" }));
    const runs = await Promise.all([runApplicantSummaries(t.db), runApplicantSummaries(t.db)]);
    expect(runs.reduce((n, r) => n + r.mailed, 0)).toBe(2);
    const next = await smtp.waitFor(
      (m) => to(m).some((a) => a.address === "owner@mailco.test") && m.subject === "1 new applicant at Mail Co",
    );
    expect(next.text).toContain("Katherine Johnson");
    expect(next.text).not.toMatch(/Ada Lovelace|Grace Hopper|Mary Jackson/);
    const owner = smtp.received.filter(
      (m) => to(m).some((a) => a.address === "owner@mailco.test") && m.subject?.includes("new applicant"),
    );
    expect(await settledCount("owner@mailco.test")).toBe(owner.length);
    expect(owner).toHaveLength(2);
    const [left] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(applications)
      .where(sql`summarized_at is null`);
    expect(left?.n).toBe(0);
  });
});
