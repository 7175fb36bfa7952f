import "server-only";
import { and, asc, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import { db, type Database } from "@/db";
import { companies, guides, jobSkills, jobs, skills } from "@/db/schema";
import { decodeCursor, encodeCursor } from "./cursor";
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
};

function cardQuery(database: Database) {
  return database.select(cardColumns).from(jobs).innerJoin(companies, eq(companies.id, jobs.companyId));
}
type CardRow = Awaited<ReturnType<typeof cardQuery>>[number];

/** Skill names for a page of listings, in one query. */
async function attachSkills(database: Database, rows: CardRow[]): Promise<JobCard[]> {
  const ids = rows.map((r) => r.id);
  const links = ids.length
    ? await database
        .select({ jobId: jobSkills.jobId, slug: skills.slug, name: skills.name })
        .from(jobSkills)
        .innerJoin(skills, eq(skills.id, jobSkills.skillId))
        .where(inArray(jobSkills.jobId, ids))
        .orderBy(asc(skills.name))
    : [];
  const byJob = new Map<number, { slug: string; name: string }[]>();
  for (const l of links) {
    const list = byJob.get(l.jobId) ?? [];
    list.push({ slug: l.slug, name: l.name });
    byJob.set(l.jobId, list);
  }
  return rows.map((r) => ({
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
    skills: byJob.get(r.id) ?? [],
  }));
}

const TOTAL_CAP = 10_000;

export type JobPage = { items: JobCard[]; total: number; totalIsCapped: boolean; nextCursor: string | null };

/** Open listings, newest first, optionally matching a web-search style query. */
export async function getJobsBySearch(
  params: { q?: string; guide?: string; skill?: string[]; cursor?: string; limit: number },
  database: Database = db,
): Promise<JobPage> {
  const match = params.q ? sql`${jobs.searchVector} @@ websearch_to_tsquery('english', ${params.q})` : undefined;
  // A guide selects the listings of the role family it covers.
  const family = params.guide
    ? sql`${jobs.roleFamily} = (select ${guides.roleFamily} from ${guides} where ${guides.slug} = ${params.guide})`
    : undefined;
  // Every requested skill must be on the listing.
  const skillFilters = (params.skill ?? []).map(
    (slug) =>
      sql`exists (select 1 from ${jobSkills} join ${skills} on ${skills.id} = ${jobSkills.skillId} where ${jobSkills.jobId} = ${jobs.id} and ${skills.slug} = ${slug})`,
  );
  const where = and(isOpenJob(), match, family, ...skillFilters);
  const after = params.cursor ? decodeCursor(params.cursor) : null;
  const keyset = after
    ? or(
        lt(jobs.publishedAt, new Date(after.p)),
        and(eq(jobs.publishedAt, new Date(after.p)), lt(jobs.id, after.id)),
      )
    : undefined;

  const [rows, [count]] = await Promise.all([
    cardQuery(database)
      .where(and(where, keyset))
      .orderBy(desc(jobs.publishedAt), desc(jobs.id))
      .limit(params.limit + 1),
    // Counting stops at the cap so a broad query costs the same as a narrow one.
    database
      .select({ n: sql<number>`count(*)::int` })
      .from(database.select({ one: sql`1` }).from(jobs).where(where).limit(TOTAL_CAP + 1).as("capped")),
  ]);
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  return {
    items: await attachSkills(database, page),
    total: Math.min(count?.n ?? 0, TOTAL_CAP),
    totalIsCapped: (count?.n ?? 0) > TOTAL_CAP,
    nextCursor:
      rows.length > params.limit && last ? encodeCursor({ p: last.publishedAt!.toISOString(), id: last.id }) : null,
  };
}

export async function getLatestJobs(limit: number, database: Database = db): Promise<JobCard[]> {
  return (await getJobsBySearch({ limit }, database)).items;
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
