import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { db, type Database } from "@/db";
import { companies, importSources, jobSkills, jobs, skills } from "@/db/schema";
import { isOpenJob } from "./open";

export type JobCard = {
  id: number;
  slug: string;
  title: string;
  company: { slug: string; name: string; verified: boolean };
  level: (typeof jobs.$inferSelect)["level"];
  employmentType: (typeof jobs.$inferSelect)["employmentType"];
  workplace: (typeof jobs.$inferSelect)["workplace"];
  location: string;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: (typeof jobs.$inferSelect)["salaryCurrency"];
  salaryPeriod: (typeof jobs.$inferSelect)["salaryPeriod"];
  publishedAt: Date;
  validThrough: Date | null;
  skills: { slug: string; name: string }[];
};

const cardColumns = {
  id: jobs.id,
  slug: jobs.slug,
  title: jobs.title,
  companySlug: companies.slug,
  companyName: companies.name,
  companyVerified: companies.verified,
  level: jobs.level,
  employmentType: jobs.employmentType,
  workplace: jobs.workplace,
  location: jobs.location,
  salaryMin: jobs.salaryMin,
  salaryMax: jobs.salaryMax,
  salaryCurrency: jobs.salaryCurrency,
  salaryPeriod: jobs.salaryPeriod,
  publishedAt: jobs.publishedAt,
  validThrough: jobs.validThrough,
};

/** Card columns plus the listing's skills, as two parallel text arrays in name order. */
export const cardSelection = {
  ...cardColumns,
  skillSlugs: sql<string[]>`array(select s.slug from ${skills} s where s.id = any(${jobs.skillIds}) order by s.name)`,
  skillNames: sql<string[]>`array(select s.name from ${skills} s where s.id = any(${jobs.skillIds}) order by s.name)`,
};

/** Cards joined to their company, ready for where / orderBy / limit. */
export function selectCards(database: Database) {
  return database.select(cardSelection).from(jobs).innerJoin(companies, eq(companies.id, jobs.companyId));
}
type CardSelectionRow = Awaited<ReturnType<typeof selectCards>>[number];

/** A row selected with cardSelection (joined to companies) as a card. */
export function rowToCard(r: CardSelectionRow): JobCard {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    company: { slug: r.companySlug, name: r.companyName, verified: r.companyVerified },
    level: r.level,
    employmentType: r.employmentType,
    workplace: r.workplace,
    location: r.location,
    salaryMin: r.salaryMin,
    salaryMax: r.salaryMax,
    salaryCurrency: r.salaryCurrency,
    salaryPeriod: r.salaryPeriod,
    publishedAt: r.publishedAt!,
    validThrough: r.validThrough,
    skills: r.skillSlugs.map((slug, i) => ({ slug, name: r.skillNames[i]! })),
  };
}

/** Cards for the given listing ids, in the order of the ids given: one query. */
export async function getJobCardsByIds(ids: number[], database: Database = db): Promise<JobCard[]> {
  if (ids.length === 0) return [];
  const rows = await selectCards(database).where(inArray(jobs.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [rowToCard(r)] : [];
  });
}

/** The newest open listings. */
export async function getLatestJobs(limit: number, database: Database = db): Promise<JobCard[]> {
  const rows = await selectCards(database)
    .where(isOpenJob())
    .orderBy(desc(jobs.publishedAt), desc(jobs.id))
    .limit(limit);
  return rows.map(rowToCard);
}

/** One listing with its company and skills; null when unknown or not published. */
export async function getJobBySlug(slug: string, database: Database = db) {
  const [row] = await database
    .select({ job: jobs, company: companies, sourceKind: importSources.kind })
    .from(jobs)
    .innerJoin(companies, eq(companies.id, jobs.companyId))
    .leftJoin(importSources, eq(importSources.id, jobs.sourceId))
    .where(and(eq(jobs.slug, slug), inArray(jobs.status, ["published", "closed"])))
    .limit(1);
  if (!row || row.job.publishedAt === null) return null;
  const jobSkillRows = await database
    .select({ slug: skills.slug, name: skills.name })
    .from(jobSkills)
    .innerJoin(skills, eq(skills.id, jobSkills.skillId))
    .where(eq(jobSkills.jobId, row.job.id))
    .orderBy(asc(skills.name));
  const now = new Date();
  const isOpen = row.job.status === "published" && (row.job.validThrough === null || row.job.validThrough > now);
  // Imported listings name their source ("via Greenhouse"); sourceKind is null for typed ones.
  return { ...row.job, company: row.company, skills: jobSkillRows, isOpen, sourceKind: row.sourceKind };
}

export type SiteCounts = { openJobs: number; hiringCompanies: number; remoteJobs: number; newThisWeek: number };

export async function getSiteCounts(database: Database = db): Promise<SiteCounts> {
  const [row] = await database
    .select({
      openJobs: sql<number>`count(*)::int`,
      hiringCompanies: sql<number>`count(distinct ${jobs.companyId})::int`,
      remoteJobs: sql<number>`(count(*) filter (where ${jobs.workplace} = 'remote'))::int`,
      newThisWeek: sql<number>`(count(*) filter (where ${jobs.publishedAt} > now() - interval '7 days'))::int`,
    })
    .from(jobs)
    .where(isOpenJob());
  return row ?? { openJobs: 0, hiringCompanies: 0, remoteJobs: 0, newThisWeek: 0 };
}
