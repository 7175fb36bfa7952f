import crypto from "node:crypto";
import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db";
import { companies, companyInvites, companyMembers, jobSkills, jobs, skills, users } from "@/db/schema";
import { slugify } from "@/db/seed/random";
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
export const INVITE_TTL_DAYS = 7;

export type FieldErrors = Record<string, string[] | undefined>;
export type OpFailure = {
  ok: false;
  reason: "forbidden" | "invalid" | "conflict";
  message: string;
  errors?: FieldErrors;
};
export type OpSuccess<T> = { ok: true; value: T; listingsChanged: boolean };
export type OpResult<T> = OpSuccess<T> | OpFailure;

type Member = { companyId: number; role: "owner" | "member" };
type Ctx = { tx: Database; userId: string; now: Date };

type Access =
  /** A recruiter who belongs to no company yet (creating or joining one). */
  | { kind: "newcomer" }
  /** A member (or, with `owner`, the owner) of the input's `companyId`. */
  | { kind: "company"; owner?: boolean }
  /** A member of the company that owns the input's `jobId`. */
  | { kind: "job" };

class Refusal extends Error {
  constructor(readonly failure: OpFailure) {
    super(failure.message);
  }
}
function fail(reason: OpFailure["reason"], message: string, errors?: FieldErrors): never {
  throw new Refusal({ ok: false, reason, message, errors });
}

const NOT_YOURS = "That role is not one of your company's.";

function defineOp<S extends z.ZodType, T>(def: {
  input: S | ((now: Date) => S);
  access: Access;
  run: (ctx: Ctx & { member: Member | null }, input: z.output<S>) => Promise<{ value: T; listingsChanged: boolean }>;
}) {
  return async function op(database: Database, userId: string, raw: unknown, now = new Date()): Promise<OpResult<T>> {
    try {
      return await database.transaction(async (tx) => {
        const db = tx as unknown as Database;
        const [user] = await db.select({ role: users.role }).from(users).where(eq(users.id, userId)).limit(1);
        // The role is read from the database, not the session: a stale cookie grants nothing.
        if (user?.role !== "recruiter") fail("forbidden", "Only recruiter accounts can do this.");
        const schema = typeof def.input === "function" ? def.input(now) : def.input;
        const parsed = schema.safeParse(raw);
        if (!parsed.success)
          fail(
            "invalid",
            "Check the highlighted fields. Nothing was saved.",
            z.flattenError(parsed.error).fieldErrors as FieldErrors,
          );
        const input = parsed.data as z.output<S>;
        const member = await authorize(db, userId, def.access, input);
        const result = await def.run({ tx: db, userId, now, member }, input);
        return { ok: true as const, ...result };
      });
    } catch (error) {
      if (error instanceof Refusal) return error.failure;
      throw error;
    }
  };
}

/** The companies a user belongs to (a recruiter belongs to at most one). */
async function membershipOf(db: Database, userId: string): Promise<Member | null> {
  const [row] = await db
    .select({ companyId: companyMembers.companyId, role: companyMembers.role })
    .from(companyMembers)
    .where(eq(companyMembers.userId, userId))
    .orderBy(companyMembers.createdAt)
    .limit(1);
  return row ?? null;
}

async function authorize(db: Database, userId: string, access: Access, input: unknown): Promise<Member | null> {
  const member = await membershipOf(db, userId);
  if (access.kind === "newcomer") {
    if (member) fail("forbidden", "You already belong to a company on Ladder.");
    return null;
  }
  if (!member) fail("forbidden", "Create or join a company first.");
  if (access.kind === "company") {
    if ((input as { companyId: number }).companyId !== member!.companyId)
      fail("forbidden", "You are not a member of that company.");
    if (access.owner && member!.role !== "owner") fail("forbidden", "Only the company's owner can do this.");
    return member;
  }
  const jobId = (input as { jobId: number }).jobId;
  // Locked for the rest of the transaction: two writes to one listing run one after the other.
  const [job] = await db
    .select({ companyId: jobs.companyId })
    .from(jobs)
    .where(eq(jobs.id, jobId))
    .limit(1)
    .for("update");
  // Unknown and foreign listings get the same answer: ids of other companies' drafts stay secret.
  if (!job || job.companyId !== member!.companyId) fail("forbidden", NOT_YOURS);
  return member;
}

// ---------------------------------------------------------------- writing a listing

/**
 * The columns a listing's input decides, filled as db/seed/index.ts fills them:
 * company_name and skills_text are copies for the generated search vector, skill_ids is
 * the sorted copy of job_skills.
 */
async function listingColumns(db: Database, companyId: number, input: JobInput) {
  const [company] = await db.select({ name: companies.name }).from(companies).where(eq(companies.id, companyId));
  const wanted = [...new Set(input.skills)];
  const found = wanted.length
    ? await db
        .select({ id: skills.id, slug: skills.slug, name: skills.name })
        .from(skills)
        .where(inArray(skills.slug, wanted))
    : [];
  if (found.length !== wanted.length)
    fail("invalid", "Check the highlighted fields. Nothing was saved.", { skills: ["Choose skills from the list"] });
  const bySlug = new Map(found.map((s) => [s.slug, s]));
  const picked = wanted.map((slug) => bySlug.get(slug)!);
  const roleFamily = input.roleFamily || roleFamilyFromTitle(input.title);
  if (!roleFamily)
    fail("invalid", "Check the highlighted fields. Nothing was saved.", {
      roleFamily: ["The title does not say which kind of role this is: choose one"],
    });
  const remote = input.workplace === "remote";
  const location = remote ? remoteLocation(input.applicantRegions) : input.location;
  return {
    columns: {
      title: input.title,
      roleFamily: roleFamily!,
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
      applyUrl: input.apply,
      validThrough: endOfDay(input.closesOn),
      companyName: company!.name,
      skillsText: picked.map((s) => s.name).join(" "),
      skillIds: picked.map((s) => s.id).sort((a, b) => a - b),
    },
    skillIds: picked.map((s) => s.id),
  };
}

async function replaceSkills(db: Database, jobId: number, skillIds: number[]) {
  await db.delete(jobSkills).where(eq(jobSkills.jobId, jobId));
  if (skillIds.length) await db.insert(jobSkills).values(skillIds.map((skillId) => ({ jobId, skillId })));
}

async function companySlug(db: Database, companyId: number) {
  const [c] = await db.select({ slug: companies.slug }).from(companies).where(eq(companies.id, companyId));
  return c!.slug;
}

/**
 * Slugs never change once made, so links keep working after edits. With a form's
 * submission id the suffix comes from it, so the same form sent twice makes one listing.
 */
function listingSlug(title: string, company: string, submission?: string) {
  const suffix = submission ? hashToken(`${company}:${submission}`).slice(0, 8) : crypto.randomBytes(4).toString("hex");
  return `${slugify(title).slice(0, 80) || "role"}-${company}-${suffix}`;
}

const companyIdInput = z.object({
  companyId: z.coerce.number({ error: "Unknown company" }).int("Unknown company").positive("Unknown company"),
});
const jobInput = (now: Date) =>
  jobInputSchema(now).and(
    z.object({
      publish: z.boolean().default(false),
      // Random per form, so a double submit is recognised (see listingSlug).
      submissionId: z
        .string()
        .regex(/^[A-Za-z0-9_-]{8,64}$/)
        .optional()
        .catch(undefined),
    }),
  );

// ---------------------------------------------------------------- the operations

export const recruiterOps = {
  /** A recruiter without a company creates one and becomes its owner. */
  createCompany: defineOp({
    input: companyCreateSchema,
    access: { kind: "newcomer" },
    async run({ tx, userId }, input) {
      const slug = input.slug || slugify(input.name).slice(0, 60);
      if (!slug)
        fail("invalid", "Check the highlighted fields.", { slug: ["Choose an address for the company's page"] });
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
      if (!row)
        fail("invalid", "Check the highlighted fields.", {
          slug: [`ladder.jobs/companies/${slug} is taken: choose another address`],
        });
      await tx.insert(companyMembers).values({ companyId: row!.id, userId, role: "owner" });
      return { value: row!, listingsChanged: false };
    },
  }),

  /** The owner edits the company's profile; its listings' copies of the name follow. */
  updateCompany: defineOp({
    input: companyUpdateSchema.extend(companyIdInput.shape),
    access: { kind: "company", owner: true },
    async run({ tx, member }, input) {
      const [before] = await tx
        .select({ name: companies.name, slug: companies.slug })
        .from(companies)
        .where(eq(companies.id, member!.companyId));
      await tx
        .update(companies)
        .set({
          name: input.name,
          website: input.website,
          size: input.size,
          about: input.about,
          headquarters: input.headquarters || null,
        })
        .where(eq(companies.id, member!.companyId));
      const renamed = before!.name !== input.name;
      if (renamed) await tx.update(jobs).set({ companyName: input.name }).where(eq(jobs.companyId, member!.companyId));
      return { value: { slug: before!.slug }, listingsChanged: renamed };
    },
  }),

  /** A member makes a single-use invite link. The token is returned once; only its hash is kept. */
  createInvite: defineOp({
    input: companyIdInput,
    access: { kind: "company" },
    async run({ tx, userId, member, now }) {
      const token = crypto.randomBytes(32).toString("base64url");
      const expiresAt = new Date(now.getTime() + INVITE_TTL_DAYS * DAY);
      await tx
        .insert(companyInvites)
        .values({ companyId: member!.companyId, tokenHash: hashToken(token), createdBy: userId, expiresAt });
      return { value: { token, expiresAt }, listingsChanged: false };
    },
  }),

  /** A recruiter without a company joins the invite's company as a member; the link is used up. */
  acceptInvite: defineOp({
    input: inviteTokenInput,
    access: { kind: "newcomer" },
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
      if (!invite) fail("conflict", "This invite link has expired or was already used. Ask for a new one.");
      await tx.insert(companyMembers).values({ companyId: invite!.companyId, userId, role: "member" });
      return { value: { companyId: invite!.companyId }, listingsChanged: false };
    },
  }),

  /** A new listing for the user's company: a private draft, or published at once. */
  createJob: defineOp({
    input: (now) => jobInput(now).and(companyIdInput),
    access: { kind: "company" },
    async run({ tx, member, now }, input) {
      const { columns, skillIds } = await listingColumns(tx, member!.companyId, input);
      const slug = listingSlug(input.title, await companySlug(tx, member!.companyId), input.submissionId);
      const [row] = await tx
        .insert(jobs)
        .values({
          ...columns,
          companyId: member!.companyId,
          slug,
          status: input.publish ? "published" : "draft",
          publishedAt: input.publish ? now : null,
        })
        .onConflictDoNothing({ target: jobs.slug })
        .returning({ id: jobs.id, slug: jobs.slug });
      if (!row) {
        // This form was already sent: answer with the listing it made.
        const [existing] = await tx
          .select({ id: jobs.id, slug: jobs.slug })
          .from(jobs)
          .where(and(eq(jobs.slug, slug), eq(jobs.companyId, member!.companyId)));
        if (!existing) fail("conflict", "Could not save this role; try again.");
        return { value: existing!, listingsChanged: false };
      }
      await replaceSkills(tx, row.id, skillIds);
      return { value: row, listingsChanged: input.publish };
    },
  }),

  /** Edits a listing in place; its slug, status and dates of publication stay. */
  updateJob: defineOp({
    input: (now) => jobInput(now).and(jobIdInput),
    access: { kind: "job" },
    async run({ tx, member }, input) {
      const { columns, skillIds } = await listingColumns(tx, member!.companyId, input);
      const [current] = await tx.select({ status: jobs.status }).from(jobs).where(eq(jobs.id, input.jobId));
      // A closed listing keeps the day it closed (renewing sets a new one).
      const set = current!.status === "closed" ? { ...columns, validThrough: undefined } : columns;
      const [row] = await tx
        .update(jobs)
        .set(set)
        .where(eq(jobs.id, input.jobId))
        .returning({ id: jobs.id, slug: jobs.slug, status: jobs.status });
      await replaceSkills(tx, input.jobId, skillIds);
      return { value: row!, listingsChanged: row!.status !== "draft" };
    },
  }),

  /** A draft goes live: searchable at once. A closing date already past becomes 30 days from now. */
  publishJob: defineOp({
    input: jobIdInput,
    access: { kind: "job" },
    async run({ tx, now }, { jobId }) {
      const [job] = await tx
        .select({ status: jobs.status, validThrough: jobs.validThrough, slug: jobs.slug, removedAt: jobs.removedAt })
        .from(jobs)
        .where(eq(jobs.id, jobId));
      if (job!.removedAt) fail("conflict", REMOVED_MESSAGE);
      if (job!.status === "published") return { value: { slug: job!.slug }, listingsChanged: false };
      if (job!.status === "closed") fail("conflict", "This role was closed: renew it to open it again.");
      const validThrough =
        job!.validThrough && job!.validThrough > now
          ? job!.validThrough
          : new Date(now.getTime() + DEFAULT_OPEN_DAYS * DAY);
      await tx.update(jobs).set({ status: "published", publishedAt: now, validThrough }).where(eq(jobs.id, jobId));
      return { value: { slug: job!.slug }, listingsChanged: true };
    },
  }),

  /** Stops applications: out of search at once; the listing page stays, marked closed. */
  closeJob: defineOp({
    input: jobIdInput,
    access: { kind: "job" },
    async run({ tx, now }, { jobId }) {
      const [job] = await tx
        .select({ status: jobs.status, validThrough: jobs.validThrough, slug: jobs.slug })
        .from(jobs)
        .where(eq(jobs.id, jobId));
      if (job!.status === "draft") fail("conflict", "A draft is not published, so there is nothing to close.");
      if (job!.status === "closed") return { value: { slug: job!.slug }, listingsChanged: false };
      // The closing date becomes the day it closed, so "how long roles stay open" is true.
      const validThrough = job!.validThrough && job!.validThrough < now ? job!.validThrough : now;
      await tx.update(jobs).set({ status: "closed", validThrough }).where(eq(jobs.id, jobId));
      return { value: { slug: job!.slug }, listingsChanged: true };
    },
  }),

  /**
   * Opens a published, expired or closed listing again until `days` from now (30 by
   * default, at most 90). An open listing that already runs longer keeps its date.
   */
  renewJob: defineOp({
    input: renewInput,
    access: { kind: "job" },
    async run({ tx, now }, { jobId, days }) {
      const [job] = await tx
        .select({
          status: jobs.status,
          slug: jobs.slug,
          publishedAt: jobs.publishedAt,
          validThrough: jobs.validThrough,
          removedAt: jobs.removedAt,
        })
        .from(jobs)
        .where(eq(jobs.id, jobId));
      if (job!.removedAt) fail("conflict", REMOVED_MESSAGE);
      if (job!.status === "draft") fail("conflict", "Publish the draft instead.");
      const wanted = new Date(now.getTime() + days * DAY);
      const current = job!.status === "published" ? job!.validThrough : null;
      const validThrough = current && current > wanted ? current : wanted;
      await tx
        .update(jobs)
        .set({ status: "published", validThrough, publishedAt: job!.publishedAt ?? now })
        .where(eq(jobs.id, jobId));
      return { value: { slug: job!.slug, validThrough }, listingsChanged: true };
    },
  }),

  /** A copy of a listing as a new private draft (same skills), to edit and publish. */
  duplicateJob: defineOp({
    input: jobIdInput,
    access: { kind: "job" },
    async run({ tx, member, now }, { jobId }) {
      const [job] = await tx.select().from(jobs).where(eq(jobs.id, jobId));
      const src = job!;
      // A copy would put a listing Ladder took down straight back up.
      if (src.removedAt) fail("conflict", REMOVED_MESSAGE);
      const [row] = await tx
        .insert(jobs)
        .values({
          companyId: src.companyId,
          slug: listingSlug(src.title, await companySlug(tx, member!.companyId)),
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
          applyUrl: src.applyUrl,
          status: "draft",
          publishedAt: null,
          validThrough: new Date(now.getTime() + DEFAULT_OPEN_DAYS * DAY),
          companyName: src.companyName,
          skillsText: src.skillsText,
          skillIds: src.skillIds,
        })
        .returning({ id: jobs.id, slug: jobs.slug });
      const links = await tx.select({ skillId: jobSkills.skillId }).from(jobSkills).where(eq(jobSkills.jobId, jobId));
      if (links.length) await tx.insert(jobSkills).values(links.map((l) => ({ jobId: row!.id, skillId: l.skillId })));
      return { value: row!, listingsChanged: false };
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
