import "server-only";
import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import { db, type Database } from "@/db";
import {
  companies,
  jobSkills,
  jobStats,
  jobs,
  savedJobs,
  screeningQuestions,
  skills,
  type JobLevel,
  type RoleFamily,
} from "@/db/schema";
import { MIN_LEVEL_SAMPLE } from "@/lib/guides/queries";
import { rowToCard, selectCards, type JobCard } from "@/lib/jobs/queries";
import { isOpenJob } from "@/lib/jobs/open";
import { hasPayPoint, payPointUsd } from "@/lib/pay/point";
import { isoDay } from "./validation";

export type ListingState = "draft" | "open" | "expired" | "closed" | "removed";

/** A company's listings for its recruiters: every status, with our counts. */
export async function getRecruiterJobsByCompany(companyId: number, database: Database = db) {
  const saves = database
    .select({ jobId: savedJobs.jobId, n: sql<number>`count(*)::int`.as("n") })
    .from(savedJobs)
    .innerJoin(jobs, eq(jobs.id, savedJobs.jobId))
    .where(eq(jobs.companyId, companyId))
    .groupBy(savedJobs.jobId)
    .as("saves");
  const rows = await database
    .select({
      id: jobs.id,
      slug: jobs.slug,
      title: jobs.title,
      status: jobs.status,
      level: jobs.level,
      location: jobs.location,
      publishedAt: jobs.publishedAt,
      validThrough: jobs.validThrough,
      removedAt: jobs.removedAt,
      createdAt: jobs.createdAt,
      updatedAt: jobs.updatedAt,
      views: sql<number>`coalesce(${jobStats.views}, 0)`,
      applyClicks: sql<number>`coalesce(${jobStats.applyClicks}, 0)`,
      saves: sql<number>`coalesce(${saves.n}, 0)`,
    })
    .from(jobs)
    .leftJoin(jobStats, eq(jobStats.jobId, jobs.id))
    .leftJoin(saves, eq(saves.jobId, jobs.id))
    .where(eq(jobs.companyId, companyId))
    .orderBy(desc(jobs.updatedAt), desc(jobs.id));
  const now = Date.now();
  return rows.map((r) => ({ ...r, state: listingState(r, now) }));
}

export function listingState(
  job: { status: string; validThrough: Date | null; removedAt?: Date | null },
  now = Date.now(),
): ListingState {
  // Taken down by an admin after reports (lib/moderation): only an admin can lift that.
  if (job.removedAt) return "removed";
  if (job.status === "draft") return "draft";
  if (job.status === "closed") return "closed";
  return job.validThrough && job.validThrough.getTime() <= now ? "expired" : "open";
}

/** One listing as the edit form needs it, for a member of its company only. */
export async function getJobForEdit(jobId: number, companyId: number, database: Database = db) {
  const [job] = await database
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.companyId, companyId)))
    .limit(1);
  if (!job) return null;
  const picked = await database
    .select({ slug: skills.slug, name: skills.name })
    .from(jobSkills)
    .innerJoin(skills, eq(skills.id, jobSkills.skillId))
    .where(eq(jobSkills.jobId, jobId));
  const questions = await database
    .select({ prompt: screeningQuestions.prompt, kind: screeningQuestions.kind, required: screeningQuestions.required })
    .from(screeningQuestions)
    .where(eq(screeningQuestions.jobId, jobId))
    .orderBy(screeningQuestions.position);
  // skills_text keeps the order they were picked in.
  const order = job.skillsText;
  picked.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  return {
    ...job,
    values: {
      title: job.title,
      roleFamily: job.roleFamily ?? "",
      level: job.level as string,
      employmentType: job.employmentType as string,
      workplace: job.workplace as string,
      location: job.workplace === "remote" ? "" : job.location,
      applicantRegions: job.applicantRegions,
      salaryMin: job.salaryMin?.toString() ?? "",
      salaryMax: job.salaryMax?.toString() ?? "",
      salaryCurrency: job.salaryCurrency as string,
      salaryPeriod: job.salaryPeriod as string,
      skills: picked.map((s) => s.slug),
      description: job.description,
      apply: job.applyUrl.replace(/^mailto:/, ""),
      closesOn: job.validThrough ? isoDay(job.validThrough) : "",
      applyMode: job.applyMode as string,
      questionPrompt: questions.map((q) => q.prompt),
      questionKind: questions.map((q) => q.kind as string),
      questionRequired: questions.map((q) => (q.required ? "required" : "optional")),
    },
  };
}

/** The shared skills list, for the posting form's autocomplete. */
export async function getSkillOptions(database: Database = db) {
  return database
    .select({ slug: skills.slug, name: skills.name, category: skills.category })
    .from(skills)
    .orderBy(asc(skills.name));
}

export type PayBenchmark = { count: number; p25: number; p50: number; p75: number };
export type PayBenchmarks = Partial<Record<RoleFamily, Partial<Record<JobLevel, PayBenchmark>>>>;

/**
 * Live pay percentiles of open listings per role family and level: the same figures (and
 * the same minimum sample) as the guides' per-level pay, for the posting form's panel.
 */
export async function getPayBenchmarks(database: Database = db): Promise<PayBenchmarks> {
  const pct = (p: number) =>
    sql<number>`round(percentile_cont(${sql.raw(String(p))}) within group (order by ${payPointUsd}))::int`;
  const rows = await database
    .select({
      family: jobs.roleFamily,
      level: jobs.level,
      count: sql<number>`count(*)::int`,
      p25: pct(0.25),
      p50: pct(0.5),
      p75: pct(0.75),
    })
    .from(jobs)
    .where(and(isOpenJob(), hasPayPoint))
    .groupBy(jobs.roleFamily, jobs.level);
  const out: PayBenchmarks = {};
  for (const r of rows) {
    if (r.count < MIN_LEVEL_SAMPLE || !r.family) continue;
    (out[r.family] ??= {})[r.level] = { count: r.count, p25: r.p25, p50: r.p50, p75: r.p75 };
  }
  return out;
}

/** How many of a company's newest open roles its page lists; the rest are one search away. */
const COMPANY_PAGE_ROLES = 20;

/** A company's public profile: its newest open roles (COMPANY_PAGE_ROLES), where, pay, and how long its roles stay open. */
export async function getCompanyProfile(slug: string, database: Database = db) {
  const [company] = await database.select().from(companies).where(eq(companies.slug, slug)).limit(1);
  if (!company) return null;
  const openHere = and(eq(jobs.companyId, company.id), isOpenJob());
  const [cardRows, [summary], [lifetime]] = await Promise.all([
    selectCards(database).where(openHere).orderBy(desc(jobs.publishedAt), desc(jobs.id)).limit(COMPANY_PAGE_ROLES),
    database
      .select({
        open: sql<number>`count(*)::int`,
        payLow: sql<number | null>`min(${jobs.salaryMinUsd})`,
        payHigh: sql<number | null>`max(${jobs.salaryMaxUsd})`,
        locations: sql<string[]>`coalesce(array_agg(distinct ${jobs.location}), '{}')`,
      })
      .from(jobs)
      .where(openHere),
    // Roles that stopped taking applications (closed, or past their date): days from
    // publication to the end. Nothing closed yet: no figure rather than a guess.
    database
      .select({
        ended: sql<number>`count(*)::int`,
        avgDays: sql<
          number | null
        >`round(avg(extract(epoch from (${jobs.validThrough} - ${jobs.publishedAt})) / 86400))::int`,
      })
      .from(jobs)
      .where(
        and(
          eq(jobs.companyId, company.id),
          isNotNull(jobs.publishedAt),
          isNotNull(jobs.validThrough),
          sql`(${jobs.status} = 'closed' or (${jobs.status} = 'published' and ${jobs.validThrough} <= now()))`,
        ),
      ),
  ]);
  const cards: JobCard[] = cardRows.map(rowToCard);
  return {
    company,
    jobs: cards,
    openCount: summary?.open ?? 0,
    payLow: summary?.payLow ?? null,
    payHigh: summary?.payHigh ?? null,
    locations: (summary?.locations ?? []).filter(Boolean).sort(),
    endedCount: lifetime?.ended ?? 0,
    avgDaysOpen: lifetime?.avgDays ?? null,
  };
}

export async function getCompanyById(companyId: number, database: Database = db) {
  const [row] = await database.select().from(companies).where(eq(companies.id, companyId)).limit(1);
  return row ?? null;
}
