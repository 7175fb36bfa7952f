import "server-only";
import { and, asc, desc, eq, ilike, inArray, sql } from "drizzle-orm";
import { db, type Database } from "@/db";
import { companies, jobReports, jobs, moderationEvents, users } from "@/db/schema";
import type { ReportReason } from "@/db/schema";
import { isOpenJob } from "@/lib/jobs/open";

/** The user's own report of a listing, if any (the form shows it, or says it was reviewed). */
export async function getReportByUser(userId: string, jobId: number, database: Database = db) {
  const [row] = await database
    .select({
      reason: jobReports.reason,
      note: jobReports.note,
      status: jobReports.status,
      createdAt: jobReports.createdAt,
    })
    .from(jobReports)
    .where(and(eq(jobReports.userId, userId), eq(jobReports.jobId, jobId)))
    .limit(1);
  return row ?? null;
}

export type ReportGroup = {
  job: {
    id: number;
    slug: string;
    title: string;
    status: "draft" | "published" | "closed";
    isOpen: boolean;
    removedAt: Date | null;
  };
  company: { id: number; name: string; slug: string; verified: boolean };
  reports: number;
  reporters: number;
  latestAt: Date;
  reasons: { reason: ReportReason; count: number }[];
  notes: { reason: ReportReason; note: string; createdAt: Date }[];
};

/** Open reports grouped by listing, most reported first: what the admin page reviews. */
export async function getOpenReportGroups(limit = 50, database: Database = db): Promise<ReportGroup[]> {
  const groups = await database
    .select({
      jobId: jobs.id,
      slug: jobs.slug,
      title: jobs.title,
      status: jobs.status,
      isOpen: sql<boolean>`(${isOpenJob()})`,
      removedAt: jobs.removedAt,
      companyId: companies.id,
      companyName: companies.name,
      companySlug: companies.slug,
      verified: companies.verified,
      reports: sql<number>`count(*)::int`,
      reporters: sql<number>`count(distinct ${jobReports.userId})::int`,
      latestAt: sql<string>`max(${jobReports.createdAt})`,
    })
    .from(jobReports)
    .innerJoin(jobs, eq(jobs.id, jobReports.jobId))
    .innerJoin(companies, eq(companies.id, jobs.companyId))
    .where(eq(jobReports.status, "open"))
    .groupBy(jobs.id, companies.id)
    .orderBy(sql`count(*) desc`, sql`max(${jobReports.createdAt}) desc`)
    .limit(limit);
  if (groups.length === 0) return [];
  const details = await database
    .select({
      jobId: jobReports.jobId,
      reason: jobReports.reason,
      note: jobReports.note,
      createdAt: jobReports.createdAt,
    })
    .from(jobReports)
    .where(
      and(
        eq(jobReports.status, "open"),
        inArray(
          jobReports.jobId,
          groups.map((g) => g.jobId),
        ),
      ),
    )
    .orderBy(desc(jobReports.createdAt));
  return groups.map((g) => {
    const mine = details.filter((d) => d.jobId === g.jobId);
    const counts = new Map<ReportReason, number>();
    for (const d of mine) counts.set(d.reason, (counts.get(d.reason) ?? 0) + 1);
    return {
      job: { id: g.jobId, slug: g.slug, title: g.title, status: g.status, isOpen: g.isOpen, removedAt: g.removedAt },
      company: { id: g.companyId, name: g.companyName, slug: g.companySlug, verified: g.verified },
      reports: g.reports,
      reporters: g.reporters,
      // max() over raw SQL comes back as text from one driver and a Date from the other.
      latestAt: new Date(g.latestAt),
      reasons: [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
      notes: mine.filter((d) => d.note !== "").map(({ reason, note, createdAt }) => ({ reason, note, createdAt })),
    };
  });
}

/** Listings an admin removed and that stay removed, newest first, with who and why. */
export async function getRemovedListings(limit = 20, database: Database = db) {
  return database
    .select({
      id: jobs.id,
      slug: jobs.slug,
      title: jobs.title,
      companyName: companies.name,
      removedAt: jobs.removedAt,
      removedReason: jobs.removedReason,
      removedBy: users.email,
    })
    .from(jobs)
    .innerJoin(companies, eq(companies.id, jobs.companyId))
    .leftJoin(users, eq(users.id, jobs.removedBy))
    .where(sql`${jobs.removedAt} is not null`)
    .orderBy(desc(jobs.removedAt), desc(jobs.id))
    .limit(limit);
}

/** Companies for the verification list: by name, optionally filtered by a fragment of it. */
export async function getCompaniesForAdmin(q: string, limit = 50, database: Database = db) {
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  return database
    .select({
      id: companies.id,
      slug: companies.slug,
      name: companies.name,
      verified: companies.verified,
      openJobs: sql<number>`(count(${jobs.id}) filter (where ${isOpenJob()}))::int`,
    })
    .from(companies)
    .leftJoin(jobs, eq(jobs.companyId, companies.id))
    .where(q ? ilike(companies.name, `%${escaped}%`) : undefined)
    .groupBy(companies.id)
    .orderBy(asc(companies.name))
    .limit(limit);
}

/**
 * The newest companies (self-registered by recruiters), for admins to look over before
 * anyone relies on them: name, website, who created it (the owner's email), when, and the
 * hosts their open listings' apply links lead to.
 */
export async function getRecentCompanies(limit = 10, database: Database = db) {
  return database
    .select({
      id: companies.id,
      slug: companies.slug,
      name: companies.name,
      website: companies.website,
      verified: companies.verified,
      createdAt: companies.createdAt,
      // Spelled out: inside a subquery Drizzle renders columns unqualified ("id"), which
      // would bind to the subquery's own table.
      owner: sql<string | null>`(select u.email from company_members m join users u on u.id = m.user_id
        where m.company_id = "companies"."id" and m.role = 'owner' limit 1)`,
      applyUrls: sql<string[]>`coalesce((select array_agg(distinct j.apply_url) from jobs j
        where j.company_id = "companies"."id" and j.status = 'published'
          and (j.valid_through is null or j.valid_through > now())), '{}')`,
    })
    .from(companies)
    .orderBy(desc(companies.createdAt), desc(companies.id))
    .limit(limit);
}

/** The latest admin decisions, for the record on /admin. */
export async function getRecentModerationEvents(limit = 20, database: Database = db) {
  return database
    .select({
      id: moderationEvents.id,
      action: moderationEvents.action,
      note: moderationEvents.note,
      createdAt: moderationEvents.createdAt,
      actor: users.email,
      jobSlug: jobs.slug,
      jobTitle: jobs.title,
      companyName: companies.name,
    })
    .from(moderationEvents)
    .leftJoin(users, eq(users.id, moderationEvents.actorId))
    .leftJoin(jobs, eq(jobs.id, moderationEvents.jobId))
    .leftJoin(companies, eq(companies.id, moderationEvents.companyId))
    .orderBy(desc(moderationEvents.createdAt), desc(moderationEvents.id))
    .limit(limit);
}
