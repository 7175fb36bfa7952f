import "server-only";
import { db, type Database } from "@/db";
import type { JobCard } from "@/lib/jobs/queries";
import type { SearchParams } from "@/lib/search/params";
import { getJobsBySearch } from "@/lib/search/query";

/** The feed's size: the 50 newest matches. */
export const FEED_SIZE = 50;

/** The newest open listings matching a search, for a feed (any sort or cursor given is ignored). */
export async function getJobsBySearchForFeed(params: SearchParams, database: Database = db): Promise<JobCard[]> {
  const page = await getJobsBySearch({ ...params, sort: "newest", cursor: undefined, limit: FEED_SIZE }, database);
  return page.items;
}
