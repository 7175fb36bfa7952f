import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db";
import { companies, jobs } from "@/db/schema";
import { cardSelection, rowToCard, type JobCard } from "@/lib/jobs/queries";
import {
  loadRankedTier,
  newestFirst,
  newestMatches,
  newestOrder,
  olderThanSql,
  publishedKey,
  rankedThenByDate,
  type DateKey,
  type RankedTier,
} from "@/lib/jobs/keyset";
import type { Cursor } from "./cursor";
import { tsQuery } from "./conditions";

/* One page of a search in each order: newest, pay, relevance (ranked tier, then by date). */

export type PageRow = { id: number; pkey: string; salaryTopUsd: number | null; score: number | null; card?: JobCard };

// Date- and pay-ordered pages select the cards themselves: one round trip, not two.
const pageSelection = { ...cardSelection, pkey: publishedKey, salaryTopUsd: jobs.salaryTopUsd };

export async function newestPage(
  database: Database,
  where: SQL,
  after: DateKey | null,
  take: number,
): Promise<PageRow[]> {
  const rows = await database
    .select(pageSelection)
    .from(jobs)
    .innerJoin(companies, eq(companies.id, jobs.companyId))
    .where(and(where, after ? olderThanSql(after) : undefined))
    .orderBy(newestOrder)
    .limit(take);
  return rows.map((r) => ({ id: r.id, pkey: r.pkey, salaryTopUsd: r.salaryTopUsd, score: null, card: rowToCard(r) }));
}

export async function salaryPage(
  database: Database,
  where: SQL,
  after: Extract<Cursor, { s: "salary" }> | null,
  take: number,
): Promise<PageRow[]> {
  let keyset: SQL | undefined;
  if (after && after.v !== null) {
    keyset = sql`(${jobs.salaryTopUsd} < ${after.v} or (${jobs.salaryTopUsd} = ${after.v} and ${jobs.id} < ${after.id}) or ${jobs.salaryTopUsd} is null)`;
  } else if (after) {
    keyset = sql`(${jobs.salaryTopUsd} is null and ${jobs.id} < ${after.id})`;
  }
  const rows = await database
    .select(pageSelection)
    .from(jobs)
    .innerJoin(companies, eq(companies.id, jobs.companyId))
    .where(and(where, keyset))
    .orderBy(sql`${jobs.salaryTopUsd} desc nulls last, ${jobs.id} desc`)
    .limit(take);
  return rows.map((r) => ({ id: r.id, pkey: r.pkey, salaryTopUsd: r.salaryTopUsd, score: null, card: rowToCard(r) }));
}

/** The ranked tier of a relevance search: a page of it, and its oldest row when it is full. */
export type RankedSet = RankedTier<PageRow>;

/** The newest rankCap matches (rare words: read window by window) ranked by weighted ts_rank, in one statement (see relevancePage). */
async function loadRankedSet(
  database: Database,
  text: { q?: string; tsq?: string; rareWords?: boolean },
  where: SQL,
  after: Extract<Cursor, { s: "relevance"; t: 0 }> | null,
  take: number,
  rankCap: number,
): Promise<RankedSet> {
  const tier = await loadRankedTier(
    database,
    sql`select id, published_at, (ts_rank(search_vector, ${tsQuery(text)}) * 1000000)::int as score, true as ok,
               row_number() over (order by published_at desc, id desc) as rn
        from (${(text.rareWords ? newestMatches : newestFirst)(
          sql`${jobs.id} as id, ${jobs.publishedAt} as published_at, ${jobs.searchVector} as search_vector`,
          where,
          rankCap,
        )}) w`,
    after ? { score: after.r, p: after.p, id: after.id } : null,
    take,
    rankCap,
  );
  return { rows: tier.rows.map((r) => ({ ...r, salaryTopUsd: null })), edge: tier.edge };
}

/**
 * Relevance: the newest RANK_CAP matches are ranked by weighted ts_rank (ties: newer
 * first); any older matches follow, newest first. Ranking a capped set keeps a common
 * word as fast as a rare one, and the two tiers still visit every match exactly once.
 * `ranked`, when given, is the ranked tier already read (with the summary; null if it
 * could not be).
 */
export async function relevancePage(
  database: Database,
  text: { q?: string; tsq?: string; rareWords?: boolean },
  where: SQL,
  after: Extract<Cursor, { s: "relevance" }> | null,
  take: number,
  rankCap: number,
  ranked?: Promise<RankedSet | null>,
): Promise<(PageRow & { tier: 0 | 1 })[]> {
  const page = await rankedThenByDate({
    take,
    olderThan: after?.t === 1 ? { p: after.p, id: after.id } : null,
    ranked: async () =>
      (ranked && (await ranked)) ?? loadRankedSet(database, text, where, after?.t === 0 ? after : null, take, rankCap),
    older: (olderThan, n) => newestPage(database, where, olderThan, n),
  });
  return [
    ...page.ranked.map((r) => ({ ...r, tier: 0 as const })),
    ...page.older.map((r) => ({ ...r, tier: 1 as const })),
  ];
}
