import "server-only";
import { and, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { db, type Database } from "@/db";
import { jobs } from "@/db/schema";
import { isOpenJob } from "./open";
import { rowToCard, selectCards, type JobCard } from "./queries";

type Listing = {
  id: number;
  roleFamily: (typeof jobs.$inferSelect)["roleFamily"];
  level: (typeof jobs.$inferSelect)["level"];
  skillIds: number[];
};

/** How many of the newest candidates are ranked by shared skills: bounds the work at any size. */
const CANDIDATES = 200;

/**
 * Open roles like a given listing (for its page once it has closed): same role family and
 * level, sharing at least one skill (any, when the listing names none), most shared skills
 * first, then newest. Never the listing itself, never a closed, expired or draft one.
 */
export async function getSimilarOpenJobs(listing: Listing, limit = 4, database: Database = db): Promise<JobCard[]> {
  const skillIds = sql`${`{${listing.skillIds.join(",")}}`}::integer[]`;
  const where = and(
    isOpenJob(),
    // A listing of no family is like others of no family.
    listing.roleFamily ? eq(jobs.roleFamily, listing.roleFamily) : isNull(jobs.roleFamily),
    eq(jobs.level, listing.level),
    ne(jobs.id, listing.id),
    listing.skillIds.length > 0 ? sql`${jobs.skillIds} && ${skillIds}` : undefined,
  );
  const candidates = database
    .select({ id: jobs.id })
    .from(jobs)
    .where(where)
    .orderBy(desc(jobs.publishedAt), desc(jobs.id))
    .limit(CANDIDATES);
  const shared = sql<number>`cardinality(array(select unnest(${jobs.skillIds}) intersect select unnest(${skillIds})))`;
  const rows = await selectCards(database)
    .where(inArray(jobs.id, candidates))
    .orderBy(desc(shared), desc(jobs.publishedAt), desc(jobs.id))
    .limit(limit);
  return rows.map(rowToCard);
}
