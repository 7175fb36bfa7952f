import "server-only";
import { asc, count, countDistinct, eq, max } from "drizzle-orm";
import { db, type Database } from "@/db";
import { companies, jobs } from "@/db/schema";
import { isOpenJob } from "@/lib/jobs/open";

/** URLs per sitemap file: the sitemaps protocol's limit (sitemaps.org/protocol.html). */
export const SITEMAP_LIMIT = 50_000;

/** How many files a list of `total` URLs takes (at least one, so an empty list still answers). */
export function sitemapChunks(total: number, limit = SITEMAP_LIMIT): number {
  return Math.max(1, Math.ceil(total / limit));
}

/** How many open listings and how many companies with an open listing there are. */
export async function sitemapCounts(database: Database = db): Promise<{ jobs: number; companies: number }> {
  const [row] = await database
    .select({ jobs: count(), companies: countDistinct(jobs.companyId) })
    .from(jobs)
    .where(isOpenJob());
  return { jobs: row?.jobs ?? 0, companies: row?.companies ?? 0 };
}

/**
 * One sitemap file of open listings: slug and last change, in id order (stable between
 * requests, so a listing stays in the same file), file `chunk` (0-based) of `limit`.
 */
export async function openJobsForSitemap(chunk: number, limit = SITEMAP_LIMIT, database: Database = db) {
  return database
    .select({ slug: jobs.slug, updatedAt: jobs.updatedAt })
    .from(jobs)
    .where(isOpenJob())
    .orderBy(asc(jobs.id))
    .limit(limit)
    .offset(chunk * limit);
}

/**
 * One sitemap file of company pages: companies with at least one open listing, with the
 * newest change of those listings as the page's last change (the page lists them).
 */
export async function companiesForSitemap(chunk: number, limit = SITEMAP_LIMIT, database: Database = db) {
  return database
    .select({ slug: companies.slug, updatedAt: max(jobs.updatedAt) })
    .from(companies)
    .innerJoin(jobs, eq(jobs.companyId, companies.id))
    .where(isOpenJob())
    .groupBy(companies.id)
    .orderBy(asc(companies.id))
    .limit(limit)
    .offset(chunk * limit);
}

/** When open listings last changed (the search page's and home page's lastmod); null when none are open. */
export async function listingsLastChanged(database: Database = db): Promise<Date | null> {
  const [row] = await database
    .select({ at: max(jobs.updatedAt) })
    .from(jobs)
    .where(isOpenJob());
  return row?.at ?? null;
}
