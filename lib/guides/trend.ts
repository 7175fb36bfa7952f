import "server-only";
import { and, gte, isNotNull, isNull, sql } from "drizzle-orm";
import { db, type Database } from "@/db";
import { ROLE_FAMILIES } from "@/db/enums";
import { jobs, type RoleFamily } from "@/db/schema";

/** Weeks in the demand trend: 13 weeks, the last 91 days. */
export const TREND_WEEKS = 13;

export type DemandTrend = {
  /** Start of each week (ISO date, UTC), oldest first; the last week ends now. */
  weekStarts: string[];
  /** Per role family, listings first published in each week, oldest first. */
  counts: Record<RoleFamily, number[]>;
};

/**
 * Demand over the last 13 weeks: listings first published per role family and week (weeks
 * counted back from now), whatever their status since (closed and expired ones were demand
 * too); drafts, never published, and listings Ladder removed are left out. One aggregate.
 */
export async function getDemandTrend(database: Database = db, now = new Date()): Promise<DemandTrend> {
  const start = new Date(now.getTime() - TREND_WEEKS * 7 * 86_400_000);
  const week = sql<number>`floor(extract(epoch from (${now.toISOString()}::timestamptz - ${jobs.publishedAt})) / 604800)::int`;
  const rows = await database
    .select({ family: jobs.roleFamily, week, n: sql<number>`count(*)::int` })
    .from(jobs)
    .where(
      and(
        isNotNull(jobs.publishedAt),
        gte(jobs.publishedAt, start),
        isNull(jobs.removedAt),
        sql`${jobs.publishedAt} <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .groupBy(sql`1, 2`);
  const counts = Object.fromEntries(ROLE_FAMILIES.map((f) => [f, Array<number>(TREND_WEEKS).fill(0)])) as Record<
    RoleFamily,
    number[]
  >;
  for (const r of rows) {
    const back = Number(r.week);
    if (back >= 0 && back < TREND_WEEKS) counts[r.family][TREND_WEEKS - 1 - back] = Number(r.n);
  }
  const weekStarts = Array.from({ length: TREND_WEEKS }, (_, i) =>
    new Date(now.getTime() - (TREND_WEEKS - i) * 7 * 86_400_000).toISOString().slice(0, 10),
  );
  return { weekStarts, counts };
}
