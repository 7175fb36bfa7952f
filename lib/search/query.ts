import "server-only";
import { readDb, type Database } from "@/db";
import { getJobCardsByIds, type JobCard } from "@/lib/jobs/queries";
import { isOpenJob } from "@/lib/jobs/open";
import { getMatchPageRows, MATCH_TEXT_CAP, MATCH_RANK_CAP } from "@/lib/matches/queries";
import type { MatchProfile } from "@/lib/matches/sql";
import { RANK_CAP, sampleCapFor } from "./caps";
import { matchSortConditions, searchConditions, skillFilterOf, type SkillFilter } from "./conditions";
import { encodeCursor, decodeCursor, type Cursor } from "./cursor";
import { newestPage, relevancePage, salaryPage, type RankedSet } from "./pagers";
import type { SearchParams } from "./params";
import { getSearchSummary, loadRankedSetWithSummary, type SearchFacets, type SearchSummary } from "./summary";
import { withTextQuery } from "./terms";

/* A search's page, total and facets: the one entry point of /jobs, /api/jobs, saved
   searches and feeds. Conditions, pagers, the summary, the pay histogram and suggestions
   live in their own modules beside this one. */

export type SearchPage = {
  items: JobCard[];
  total: number;
  totalIsEstimate: boolean;
  nextCursor: string | null;
  facets: SearchFacets;
};

/** One page of a search, with its total and facets. The single source for /jobs and /api/jobs. */
export async function getJobsBySearch(
  params: SearchParams,
  database: Database = readDb,
  // match: the signed-in user's skills and level, for sort=match (without it, every
  // listing scores 0 and the order is newest first).
  // skillIds: the skill filter already resolved (resolveSkillFilter), when the caller has it.
  opts: { rankCap?: number; sampleCap?: number; match?: MatchProfile; matchCap?: number; skillIds?: SkillFilter } = {},
): Promise<SearchPage> {
  const [p, skillIds] = await Promise.all([
    withTextQuery(params, database),
    skillFilterOf(params, database, opts.skillIds),
  ]);
  const where = searchConditions(p, undefined, skillIds);
  const after = p.cursor ? decodeCursor(p.cursor) : null;
  const take = p.limit + 1;

  const matchAfter = after?.s === "match" ? after : null;
  const matchWhere = p.sort === "match" ? matchSortConditions(p, where, skillIds) : null;
  const relevanceAfter = after?.s === "relevance" ? after : null;
  const rankCap = opts.rankCap ?? RANK_CAP;
  const sampleCap = opts.sampleCap ?? sampleCapFor(p);

  // A relevance page (in its ranked tier) reads its summary from the same scan.
  let summaryPromise: Promise<SearchSummary> | undefined;
  let ranked: Promise<RankedSet | null> | undefined;
  if (p.sort === "relevance" && p.q && relevanceAfter?.t !== 1) {
    const both = loadRankedSetWithSummary(
      { ...p, q: p.q },
      database,
      sampleCap,
      skillIds,
      relevanceAfter,
      take,
      rankCap,
    );
    summaryPromise = both.summary;
    ranked = both.ranked;
  }

  const pagePromise = matchWhere
    ? getMatchPageRows(
        matchWhere.where,
        opts.match ?? { skillIds: [], yearsExperience: null, targetLevel: null },
        matchAfter,
        take,
        database,
        {
          cap: opts.matchCap ?? (p.q ? MATCH_TEXT_CAP : MATCH_RANK_CAP),
          // Without words, the ranked set is the newest open listings, filtered: the scan
          // stops after `cap` entries of the match index however narrow the filters.
          window: p.q ? undefined : { open: isOpenJob(), within: matchWhere.within },
        },
      ).then((r) =>
        r.map((x) => ({ id: x.id, pkey: x.pkey, salaryTopUsd: null, score: x.score, tier: 0 as const, card: x.card })),
      )
    : p.sort === "salary"
      ? salaryPage(database, where, after?.s === "salary" ? after : null, take).then((r) =>
          r.map((x) => ({ ...x, tier: 0 as const })),
        )
      : p.sort === "relevance" && p.q
        ? relevancePage(database, p, where, relevanceAfter, take, rankCap, ranked)
        : newestPage(database, where, after?.s === "newest" ? after : null, take).then((r) =>
            r.map((x) => ({ ...x, tier: 0 as const })),
          );

  const [rows, summary] = await Promise.all([
    pagePromise,
    summaryPromise ?? getSearchSummary(p, database, { sampleCap, skillIds }),
  ]);
  const page = rows.slice(0, p.limit);
  const last = page[page.length - 1];
  let nextCursor: string | null = null;
  if (rows.length > p.limit && last) {
    const c: Cursor =
      p.sort === "match"
        ? { s: "match", m: last.score ?? 0, p: last.pkey, id: last.id }
        : p.sort === "salary"
          ? { s: "salary", v: last.salaryTopUsd, id: last.id }
          : p.sort === "relevance" && p.q
            ? last.tier === 0
              ? { s: "relevance", t: 0, r: last.score ?? 0, p: last.pkey, id: last.id }
              : { s: "relevance", t: 1, p: last.pkey, id: last.id }
            : { s: "newest", p: last.pkey, id: last.id };
    nextCursor = encodeCursor(c);
  }
  const cards = page.every((r) => r.card)
    ? page.map((r) => r.card!)
    : await getJobCardsByIds(
        page.map((r) => r.id),
        database,
      );
  return {
    items: cards,
    total: summary.total,
    totalIsEstimate: summary.totalIsEstimate,
    nextCursor,
    facets: summary.facets,
  };
}
