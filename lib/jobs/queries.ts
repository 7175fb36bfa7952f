import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { db, type Database } from "@/db";
import { rowsOf } from "@/db/rows";
import { companies, jobSkills, jobs, openJobCounts, skills } from "@/db/schema";
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
    .select({ job: jobs, company: companies })
    .from(jobs)
    .innerJoin(companies, eq(companies.id, jobs.companyId))
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
  return { ...row.job, company: row.company, skills: jobSkillRows, isOpen };
}

export type SiteCounts = { openJobs: number; hiringCompanies: number; remoteJobs: number; newThisWeek: number };

/**
 * The home page's figures over open listings: their number, the companies with at least
 * one, the remote ones, and those posted in the last 7 days. Exact, and cheap at any size:
 * the listings closing after today are summed from open_job_counts (a few thousand rows,
 * kept by triggers), and only those closing today, which may expire any moment, are read
 * from jobs (jobs_published_closing_idx). A full count read every open listing: 4x the cost
 * of a search at 300k listings.
 */
export async function getSiteCounts(database: Database = db): Promise<SiteCounts> {
  const rows = rowsOf<Record<keyof SiteCounts, number | string>>(
    await database.execute(sql`
    with b as materialized (
      select (now() at time zone 'UTC')::date as today, now() - interval '7 days' as since,
             ((now() - interval '7 days') at time zone 'UTC')::date as since_day
    ),
    later as materialized (
      select c.kind, c.key, sum(c.n)::int as n from ${openJobCounts} c, b
      where c.closes_on > b.today group by c.kind, c.key having sum(c.n) > 0
    ),
    soon as materialized (
      select j.company_id, j.workplace, j.published_at from ${jobs} j, b
      where j.status = 'published' and j.valid_through > now()
        and j.valid_through < (b.today + 1)::timestamp at time zone 'UTC'
    )
    select
      (select coalesce(sum(n), 0) from later where kind = 'workplace') + (select count(*) from soon) as "openJobs",
      (select count(*) from (select key::int from later where kind = 'company' union select company_id from soon) c)
        as "hiringCompanies",
      (select coalesce(sum(n), 0) from later where kind = 'workplace' and key = 'remote')
        + (select count(*) from soon where workplace = 'remote') as "remoteJobs",
      (select coalesce(sum(n), 0) from later, b where kind = 'published' and key <> ''
          and (case when key <> '' then key::date end) > b.since_day)
        + (select count(*) from ${jobs} j, b where j.status = 'published' and j.published_at > b.since
            and j.published_at < (b.since_day + 1)::timestamp at time zone 'UTC'
            and (j.valid_through is null or j.valid_through >= (b.today + 1)::timestamp at time zone 'UTC'))
        + (select count(*) from soon, b where soon.published_at > b.since) as "newThisWeek"`),
  );
  const row = rows[0];
  return {
    openJobs: Number(row?.openJobs ?? 0),
    hiringCompanies: Number(row?.hiringCompanies ?? 0),
    remoteJobs: Number(row?.remoteJobs ?? 0),
    newThisWeek: Number(row?.newThisWeek ?? 0),
  };
}
