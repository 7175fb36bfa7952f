import crypto from "node:crypto";
import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db";
import {
  companies,
  companyInvites,
  companyMembers,
  jobSkills,
  jobs,
  screeningQuestions,
  skills,
  users,
  type Job,
} from "@/db/schema";
import { catchRefusal, issuesFromZod, ok, refuse, type Result } from "@/lib/result";
import { toSlug } from "@/lib/slug";
import { dbId, flag } from "@/lib/validation/fields";
import { countryOf, remoteLocation } from "./regions";
import { roleFamilyFromTitle } from "./role-family";
import {
  companyCreateSchema,
  companyUpdateSchema,
  DEFAULT_OPEN_DAYS,
  endOfDay,
  inviteTokenInput,
  jobIdInput,
  jobInputSchema,
  normalizeApply,
  questionsOf,
  renewInput,
  type JobInput,
} from "./validation";

/*
 * Every recruiter write goes through one wrapper, defineOp(): it loads the acting user,
 * refuses anyone who is not a recruiter, validates the input with zod, then checks that
 * the user is a member (or the owner) of the company the write touches, all inside one
 * transaction with the write itself. The functions take the database and the acting
 * user's id, so the integration tests call them exactly as the server actions do.
 */

const DAY = 86_400_000;
// An admin removed the listing after reports (lib/moderation); only an admin can lift that.
const REMOVED_MESSAGE =
  "Ladder removed this role after reports, so it cannot be published, renewed or copied. Contact us if you think this is a mistake.";
const CHECK_FIELDS = "Check the highlighted fields. Nothing was saved.";
const INVITE_TTL_DAYS = 7;

/** Whether search totals, guide figures and cached pages must learn of the write. */
type Changed = { listingsChanged: boolean };
type Member = { companyId: number; role: "owner" | "member" };

/**
 * Who may run an operation, and so what its context holds:
 * - newcomer: a recruiter who belongs to no company yet (creating or joining one);
 * - member / owner: a member (the owner) of the input's `companyId`;
 * - job: a member of the company that owns the input's `jobId`, with that listing's row,
 *   locked `for update` for the rest of the transaction.
 */
type Access = "newcomer" | "member" | "owner" | "job";
/** `verified`: the user's email address is confirmed (publishing needs it). */
type Base = { tx: Database; userId: string; now: Date; verified: boolean };
type Context<A extends Access> = A extends "newcomer"
  ? Base
  : A extends "job"
    ? Base & { member: Member; job: Job }
    : Base & { member: Member };
/** The fields authorization reads from the validated input. */
type Keys<A extends Access> = A extends "job"
  ? { jobId: number }
  : A extends "newcomer"
    ? object
    : { companyId: number };

const NOT_YOURS = "That role is not one of your company's.";
/** Listings go live only from a confirmed address (the link mailed at sign-up; the banner resends it). */
export const UNVERIFIED_MESSAGE =
  "Confirm your email address before publishing: open the link we mailed you, or send it again from the banner.";

function defineOp<A extends Access, I extends Keys<A>, T extends Changed>(def: {
  input: z.ZodType<I> | ((now: Date) => z.ZodType<I>);
  access: A;
  run: (ctx: Context<A>, input: I) => Promise<T>;
}) {
  /** Runs the operation for `userId` on raw input (a form's fields): the Result of the write. */
  return function op(database: Database, userId: string, raw: unknown, now = new Date()): Promise<Result<T>> {
    return catchRefusal(() =>
      database.transaction(async (tx) => {
        const [user] = await tx
          .select({ role: users.role, emailVerified: users.emailVerified })
          .from(users)
          .where(eq(users.id, userId))
          .limit(1);
        // The role is read from the database, not the session: a stale cookie grants nothing.
        if (user?.role !== "recruiter") refuse("forbidden", "Only recruiter accounts can do this.");
        const schema = typeof def.input === "function" ? def.input(now) : def.input;
        const parsed = schema.safeParse(raw);
        if (!parsed.success) refuse("invalid", CHECK_FIELDS, issuesFromZod(parsed.error, "form"));
        const input = parsed.data;
        const ctx = await authorize(tx, { userId, now, verified: Boolean(user.emailVerified) }, def.access, input);
        return ok(await def.run(ctx, input));
      }),
    );
  };
}

/** The company a user belongs to (a recruiter belongs to at most one). */
async function membershipOf(tx: Database, userId: string): Promise<Member | null> {
  const [row] = await tx
    .select({ companyId: companyMembers.companyId, role: companyMembers.role })
    .from(companyMembers)
    .where(eq(companyMembers.userId, userId))
    .orderBy(companyMembers.createdAt)
    .limit(1);
  return row ?? null;
}

async function authorize<A extends Access>(
  tx: Database,
  who: { userId: string; now: Date; verified: boolean },
  access: A,
  input: Keys<A>,
): Promise<Context<A>>;
async function authorize(
  tx: Database,
  { userId, now, verified }: { userId: string; now: Date; verified: boolean },
  access: Access,
  input: Partial<{ jobId: number; companyId: number }>,
): Promise<Context<Access>> {
  const base: Base = { tx, userId, now, verified };
  const member = await membershipOf(tx, userId);
  if (access === "newcomer") {
    if (member) refuse("forbidden", "You already belong to a company on Ladder.");
    return base;
  }
  if (!member) refuse("forbidden", "Create or join a company first.");
  if (access !== "job") {
    if (input.companyId !== member.companyId) refuse("forbidden", "You are not a member of that company.");
    if (access === "owner" && member.role !== "owner") refuse("forbidden", "Only the company's owner can do this.");
    return { ...base, member };
  }
  // Locked for the rest of the transaction: two writes to one listing run one after the other.
  const [job] = input.jobId ? await tx.select().from(jobs).where(eq(jobs.id, input.jobId)).limit(1).for("update") : [];
  // Unknown and foreign listings get the same answer: ids of other companies' drafts stay secret.
  if (!job || job.companyId !== member.companyId) refuse("forbidden", NOT_YOURS);
  return { ...base, member, job };
}

// ---------------------------------------------------------------- writing a listing

/**
 * The columns a listing's input decides, filled as db/seed/index.ts fills them:
 * company_name and skills_text are copies for the generated search vector, skill_ids is
 * the sorted copy of job_skills.
 */
async function listingColumns(tx: Database, companyId: number, input: JobInput) {
  const [company] = await tx.select({ name: companies.name }).from(companies).where(eq(companies.id, companyId));
  if (!company) refuse("not_found", "That company no longer exists.");
  const wanted = [...new Set(input.skills)];
  const found = wanted.length
    ? await tx
        .select({ id: skills.id, slug: skills.slug, name: skills.name })
        .from(skills)
        .where(inArray(skills.slug, wanted))
    : [];
  const bySlug = new Map(found.map((s) => [s.slug, s]));
  const picked = wanted.flatMap((slug) => bySlug.get(slug) ?? []);
  if (picked.length !== wanted.length) {
    refuse("invalid", CHECK_FIELDS, [{ path: "skills", message: "Choose skills from the list" }]);
  }
  const roleFamily = input.roleFamily || roleFamilyFromTitle(input.title);
  if (!roleFamily) {
    refuse("invalid", CHECK_FIELDS, [
      { path: "roleFamily", message: "The title does not say which kind of role this is: choose one" },
    ]);
  }
  const remote = input.workplace === "remote";
  const location = remote ? remoteLocation(input.applicantRegions) : input.location;
  return {
    columns: {
      title: input.title,
      roleFamily,
      level: input.level,
      employmentType: input.employmentType,
      workplace: input.workplace,
      location,
      country: countryOf(input.workplace, location, input.applicantRegions),
      applicantRegions: remote ? input.applicantRegions : [],
      salaryMin: input.salaryMin,
      salaryMax: input.salaryMax,
      salaryCurrency: input.salaryCurrency,
      salaryPeriod: input.salaryPeriod,
      description: input.description,
      applyMode: input.applyMode,
      // A listing taking applications on Ladder keeps no outside link.
      applyUrl: input.applyMode === "ladder" ? "" : (normalizeApply(input.apply) ?? ""),
      validThrough: endOfDay(input.closesOn),
      companyName: company.name,
      skillsText: picked.map((s) => s.name).join(" "),
      skillIds: picked.map((s) => s.id).sort((a, b) => a - b),
    },
    skillIds: picked.map((s) => s.id),
  };
}

type ListingColumns = Awaited<ReturnType<typeof listingColumns>>["columns"];

/**
 * A draft or open listing of the company with the same title, description, place, pay and
 * apply link: publishing it again would put an exact copy in search.
 */
async function findTwin(tx: Database, companyId: number, c: ListingColumns) {
  const [twin] = await tx
    .select({ id: jobs.id, status: jobs.status })
    .from(jobs)
    .where(
      and(
        eq(jobs.companyId, companyId),
        inArray(jobs.status, ["draft", "published"]),
        isNull(jobs.removedAt),
        eq(jobs.title, c.title),
        eq(jobs.description, c.description),
        eq(jobs.location, c.location),
        eq(jobs.level, c.level),
        eq(jobs.employmentType, c.employmentType),
        eq(jobs.salaryMin, c.salaryMin),
        eq(jobs.salaryMax, c.salaryMax),
        eq(jobs.salaryCurrency, c.salaryCurrency),
        eq(jobs.salaryPeriod, c.salaryPeriod),
        eq(jobs.applyUrl, c.applyUrl),
      ),
    )
    .limit(1);
  return twin ?? null;
}

async function replaceSkills(tx: Database, jobId: number, skillIds: number[]) {
  await tx.delete(jobSkills).where(eq(jobSkills.jobId, jobId));
  if (skillIds.length) await tx.insert(jobSkills).values(skillIds.map((skillId) => ({ jobId, skillId })));
}

/** Replaces a listing's screening questions with the form's (answers to removed ones go with them). */
async function replaceQuestions(tx: Database, jobId: number, input: JobInput) {
  const questions = input.applyMode === "ladder" ? questionsOf(input) : [];
  const before = await tx
    .select({ prompt: screeningQuestions.prompt, kind: screeningQuestions.kind, required: screeningQuestions.required })
    .from(screeningQuestions)
    .where(eq(screeningQuestions.jobId, jobId))
    .orderBy(screeningQuestions.position);
  // Unchanged questions keep their rows, so answers already given stay attached.
  if (JSON.stringify(before) === JSON.stringify(questions)) return;
  await tx.delete(screeningQuestions).where(eq(screeningQuestions.jobId, jobId));
  if (questions.length) {
    await tx.insert(screeningQuestions).values(questions.map((q, position) => ({ jobId, position, ...q })));
  }
}

async function companySlug(tx: Database, companyId: number) {
  const [c] = await tx.select({ slug: companies.slug }).from(companies).where(eq(companies.id, companyId));
  if (!c) refuse("not_found", "That company no longer exists.");
  return c.slug;
}

/**
 * Slugs never change once made, so links keep working after edits. With a form's
 * submission id the suffix comes from it, so the same form sent twice makes one listing.
 */
function listingSlug(title: string, company: string, submission?: string) {
  const suffix = submission ? hashToken(`${company}:${submission}`).slice(0, 8) : crypto.randomBytes(4).toString("hex");
  return `${toSlug(title, 80) || "role"}-${company}-${suffix}`;
}

const companyIdInput = z.object({ companyId: dbId("Unknown company") });
const jobInput = (now: Date) =>
  jobInputSchema(now).and(
    z.object({
      publish: flag().default(false),
      // Random per form, so a double submit is recognised (see listingSlug).
      submissionId: z
        .string()
        .regex(/^[A-Za-z0-9_-]{8,64}$/)
        .optional()
        .catch(undefined),
      // "Post it again anyway", after the warning that the same role is already posted.
      allowDuplicate: flag().default(false),
    }),
  );

/** The listing a job operation touched: its slug, for the pages to refresh. */
const touched = (job: Pick<Job, "slug">, listingsChanged: boolean) => ({ slug: job.slug, listingsChanged });

// ---------------------------------------------------------------- the operations

export const recruiterOps = {
  /** A recruiter without a company creates one and becomes its owner. */
  createCompany: defineOp({
    input: companyCreateSchema,
    access: "newcomer",
    async run({ tx, userId }, input) {
      const slug = input.slug || toSlug(input.name, 60);
      if (!slug)
        refuse("invalid", "Check the highlighted fields.", [
          { path: "slug", message: "Choose an address for the company's page" },
        ]);
      const [row] = await tx
        .insert(companies)
        .values({
          slug,
          name: input.name,
          website: input.website,
          size: input.size,
          about: input.about,
          headquarters: input.headquarters || null,
        })
        .onConflictDoNothing({ target: companies.slug })
        .returning({ id: companies.id, slug: companies.slug });
      if (!row) {
        refuse("invalid", "Check the highlighted fields.", [
          { path: "slug", message: `ladder.jobs/companies/${slug} is taken: choose another address` },
        ]);
      }
      await tx.insert(companyMembers).values({ companyId: row.id, userId, role: "owner" });
      return { ...row, listingsChanged: false };
    },
  }),

  /** The owner edits the company's profile; its listings' copies of the name follow. */
  updateCompany: defineOp({
    input: companyUpdateSchema.extend(companyIdInput.shape),
    access: "owner",
    async run({ tx, member }, input) {
      const [before] = await tx
        .select({ name: companies.name, slug: companies.slug })
        .from(companies)
        .where(eq(companies.id, member.companyId));
      if (!before) refuse("not_found", "That company no longer exists.");
      await tx
        .update(companies)
        .set({
          name: input.name,
          website: input.website,
          size: input.size,
          about: input.about,
          headquarters: input.headquarters || null,
        })
        .where(eq(companies.id, member.companyId));
      const renamed = before.name !== input.name;
      if (renamed) await tx.update(jobs).set({ companyName: input.name }).where(eq(jobs.companyId, member.companyId));
      return { slug: before.slug, listingsChanged: renamed };
    },
  }),

  /** A member makes a single-use invite link. The token is returned once; only its hash is kept. */
  createInvite: defineOp({
    input: companyIdInput,
    access: "member",
    async run({ tx, userId, member, now }) {
      const token = crypto.randomBytes(32).toString("base64url");
      const expiresAt = new Date(now.getTime() + INVITE_TTL_DAYS * DAY);
      await tx
        .insert(companyInvites)
        .values({ companyId: member.companyId, tokenHash: hashToken(token), createdBy: userId, expiresAt });
      return { token, expiresAt, listingsChanged: false };
    },
  }),

  /** A recruiter without a company joins the invite's company as a member; the link is used up. */
  acceptInvite: defineOp({
    input: inviteTokenInput,
    access: "newcomer",
    async run({ tx, userId, now }, input) {
      // One statement claims the invite: of two concurrent uses, only one gets the row.
      const [invite] = await tx
        .update(companyInvites)
        .set({ usedAt: now, usedBy: userId })
        .where(
          and(
            eq(companyInvites.tokenHash, hashToken(input.token)),
            isNull(companyInvites.usedAt),
            gt(companyInvites.expiresAt, now),
          ),
        )
        .returning({ companyId: companyInvites.companyId });
      if (!invite) refuse("conflict", "This invite link has expired or was already used. Ask for a new one.");
      await tx.insert(companyMembers).values({ companyId: invite.companyId, userId, role: "member" });
      return { companyId: invite.companyId, listingsChanged: false };
    },
  }),

  /**
   * A new listing for the user's company: a private draft, or published at once. The same
   * form sent again answers with the listing it made (`alreadySent`); the same role sent
   * from another form (Back after "Publish", then "Publish" again) is refused as a
   * conflict naming the listing, unless `allowDuplicate` says to post it again anyway.
   */
  createJob: defineOp({
    input: (now) => jobInput(now).and(companyIdInput),
    access: "member",
    async run({ tx, member, now, verified }, input) {
      if (input.publish && !verified) {
        refuse("forbidden", UNVERIFIED_MESSAGE, [{ path: "publish", message: "Save it as a draft for now" }]);
      }
      const { columns, skillIds } = await listingColumns(tx, member.companyId, input);
      const slug = listingSlug(input.title, await companySlug(tx, member.companyId), input.submissionId);
      const sent = () =>
        tx
          .select({ id: jobs.id, slug: jobs.slug })
          .from(jobs)
          .where(and(eq(jobs.slug, slug), eq(jobs.companyId, member.companyId)));
      const [already] = input.submissionId ? await sent() : [];
      if (already) return { ...already, alreadySent: true, listingsChanged: false };
      const twin = input.allowDuplicate ? null : await findTwin(tx, member.companyId, columns);
      if (twin && input.submissionId) {
        // The same form sent at once may have committed since the check above: then the twin is its listing.
        const [mine] = await sent();
        if (mine) return { ...mine, alreadySent: true, listingsChanged: false };
      }
      if (twin) {
        const where = twin.status === "draft" ? "as a draft" : "in search";
        refuse("conflict", `You already have this role ${where}, with the same title, description and pay.`, [
          { path: "allowDuplicate", message: "Post a second copy only if you are hiring for it twice." },
        ]);
      }
      const [row] = await tx
        .insert(jobs)
        .values({
          ...columns,
          companyId: member.companyId,
          slug,
          status: input.publish ? "published" : "draft",
          publishedAt: input.publish ? now : null,
        })
        .onConflictDoNothing({ target: jobs.slug })
        .returning({ id: jobs.id, slug: jobs.slug });
      if (!row) {
        // The same form, sent at the same moment: answer with the listing it made.
        const [existing] = await sent();
        if (!existing) refuse("conflict", "Could not save this role; try again.");
        return { ...existing, alreadySent: true, listingsChanged: false };
      }
      await replaceSkills(tx, row.id, skillIds);
      await replaceQuestions(tx, row.id, input);
      return { ...row, alreadySent: false, listingsChanged: input.publish };
    },
  }),

  /** Edits a listing in place; its slug, status and dates of publication stay. */
  updateJob: defineOp({
    input: (now) => jobInput(now).and(jobIdInput),
    access: "job",
    async run({ tx, member, job }, input) {
      const { columns, skillIds } = await listingColumns(tx, member.companyId, input);
      // A closed listing keeps the day it closed (renewing sets a new one).
      const set = job.status === "closed" ? { ...columns, validThrough: undefined } : columns;
      await tx.update(jobs).set(set).where(eq(jobs.id, job.id));
      await replaceSkills(tx, job.id, skillIds);
      await replaceQuestions(tx, job.id, input);
      return { id: job.id, ...touched(job, job.status !== "draft") };
    },
  }),

  /** A draft goes live: searchable at once. A closing date already past becomes 30 days from now. */
  publishJob: defineOp({
    input: jobIdInput,
    access: "job",
    async run({ tx, now, job, verified }) {
      if (job.removedAt) refuse("conflict", REMOVED_MESSAGE);
      if (!verified) refuse("forbidden", UNVERIFIED_MESSAGE);
      if (job.status === "published") return touched(job, false);
      if (job.status === "closed") refuse("conflict", "This role was closed: renew it to open it again.");
      const validThrough =
        job.validThrough && job.validThrough > now
          ? job.validThrough
          : new Date(now.getTime() + DEFAULT_OPEN_DAYS * DAY);
      await tx.update(jobs).set({ status: "published", publishedAt: now, validThrough }).where(eq(jobs.id, job.id));
      return touched(job, true);
    },
  }),

  /** Stops applications: out of search at once; the listing page stays, marked closed. */
  closeJob: defineOp({
    input: jobIdInput,
    access: "job",
    async run({ tx, now, job }) {
      if (job.status === "draft") refuse("conflict", "A draft is not published, so there is nothing to close.");
      if (job.status === "closed") return touched(job, false);
      // The closing date becomes the day it closed, so "how long roles stay open" is true.
      const validThrough = job.validThrough && job.validThrough < now ? job.validThrough : now;
      await tx.update(jobs).set({ status: "closed", validThrough }).where(eq(jobs.id, job.id));
      return touched(job, true);
    },
  }),

  /**
   * Opens a published, expired or closed listing again until `days` from now (30 by
   * default, at most 90). An open listing that already runs longer keeps its date.
   */
  renewJob: defineOp({
    input: renewInput,
    access: "job",
    async run({ tx, now, job, verified }, { days }) {
      if (job.removedAt) refuse("conflict", REMOVED_MESSAGE);
      if (!verified) refuse("forbidden", UNVERIFIED_MESSAGE);
      if (job.status === "draft") refuse("conflict", "Publish the draft instead.");
      const wanted = new Date(now.getTime() + days * DAY);
      const current = job.status === "published" ? job.validThrough : null;
      const validThrough = current && current > wanted ? current : wanted;
      await tx
        .update(jobs)
        .set({ status: "published", validThrough, publishedAt: job.publishedAt ?? now })
        .where(eq(jobs.id, job.id));
      return { ...touched(job, true), validThrough };
    },
  }),

  /** A copy of a listing as a new private draft (same skills), to edit and publish. */
  duplicateJob: defineOp({
    input: jobIdInput,
    access: "job",
    async run({ tx, member, now, job: src }) {
      // A copy would put a listing Ladder took down straight back up.
      if (src.removedAt) refuse("conflict", REMOVED_MESSAGE);
      const [row] = await tx
        .insert(jobs)
        .values({
          companyId: src.companyId,
          slug: listingSlug(src.title, await companySlug(tx, member.companyId)),
          title: src.title,
          roleFamily: src.roleFamily,
          description: src.description,
          level: src.level,
          employmentType: src.employmentType,
          workplace: src.workplace,
          location: src.location,
          country: src.country,
          applicantRegions: src.applicantRegions,
          salaryMin: src.salaryMin,
          salaryMax: src.salaryMax,
          salaryCurrency: src.salaryCurrency,
          salaryPeriod: src.salaryPeriod,
          applyMode: src.applyMode,
          applyUrl: src.applyUrl,
          status: "draft",
          publishedAt: null,
          validThrough: new Date(now.getTime() + DEFAULT_OPEN_DAYS * DAY),
          companyName: src.companyName,
          skillsText: src.skillsText,
          skillIds: src.skillIds,
        })
        .returning({ id: jobs.id, slug: jobs.slug });
      if (!row) refuse("conflict", "Could not copy this role; try again.");
      const links = await tx.select({ skillId: jobSkills.skillId }).from(jobSkills).where(eq(jobSkills.jobId, src.id));
      if (links.length) await tx.insert(jobSkills).values(links.map((l) => ({ jobId: row.id, skillId: l.skillId })));
      const questions = await tx.select().from(screeningQuestions).where(eq(screeningQuestions.jobId, src.id));
      if (questions.length) {
        await tx.insert(screeningQuestions).values(
          questions.map(({ position, kind, prompt, required }) => ({
            jobId: row.id,
            position,
            kind,
            prompt,
            required,
          })),
        );
      }
      return { ...row, listingsChanged: false };
    },
  }),
};

export type RecruiterOpName = keyof typeof recruiterOps;

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** An invite as its link's page shows it, or null when unknown, used or expired. */
export async function getInviteByToken(database: Database, token: string, now = new Date()) {
  if (!inviteTokenInput.safeParse({ token }).success) return null;
  const [row] = await database
    .select({ companyName: companies.name, companySlug: companies.slug, expiresAt: companyInvites.expiresAt })
    .from(companyInvites)
    .innerJoin(companies, eq(companies.id, companyInvites.companyId))
    .where(
      and(
        eq(companyInvites.tokenHash, hashToken(token)),
        isNull(companyInvites.usedAt),
        gt(companyInvites.expiresAt, now),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** The user's company membership (for pages), or null. */
export async function getMembershipByUser(database: Database, userId: string) {
  const [row] = await database
    .select({
      companyId: companyMembers.companyId,
      role: companyMembers.role,
      slug: companies.slug,
      name: companies.name,
    })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(eq(companyMembers.userId, userId))
    .orderBy(companyMembers.createdAt)
    .limit(1);
  return row ?? null;
}
