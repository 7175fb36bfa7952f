import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { readDb, type Database } from "@/db";
import { rowsOf } from "@/db/rows";
import { companies, jobs, skills } from "@/db/schema";
import { estimateRows, newestFirst, newestMatches, publishedKey, roundEstimate } from "@/lib/jobs/keyset";
import { sampleCapFor } from "./caps";
import {
  allBut,
  baseConditions,
  facetConditions,
  FACET_KEYS,
  jobColumns,
  searchConditions,
  type FacetKey,
  skillFilterOf,
  tsQuery,
  type Columns,
  type SkillFilter,
} from "./conditions";
import type { Cursor } from "./cursor";
import type { RankedSet } from "./pagers";
import type { SearchParams } from "./params";
import type { ApiFacets } from "./types";
import { withTextQuery } from "./terms";

/* A search's total and facets (each facet counted with its own filter off) from one
   sample of its newest matches; with relevance, the ranked tier from the same scan. */

/** Facets as the API returns them; `sampled` when the search matched more than SAMPLE_CAP listings. */
export type SearchFacets = ApiFacets;

export type SearchSummary = { total: number; totalIsEstimate: boolean; facets: SearchFacets };

/**
 * Total and facets from one scan: the newest SAMPLE_CAP listings (TEXT_SAMPLE_CAP for a
 * text search) matching the non-facet conditions, filtered in memory per facet with that facet's own filter off (so choosing
 * "Remote" still shows how many hybrid roles there are).
 */
export async function getSearchSummary(
  p: SearchParams,
  database: Database = readDb,
  opts: { sampleCap?: number; skillIds?: SkillFilter } = {},
): Promise<SearchSummary> {
  const cap = opts.sampleCap ?? sampleCapFor(p);
  // Never cached: a count must include the last write on any instance (issue 14).
  return loadSearchSummary(
    await withTextQuery(p, database),
    database,
    cap,
    await skillFilterOf(p, database, opts.skillIds),
  );
}

type SummaryRow = { facet: string; value: string | null; n: number | string | null; label: string | null };

/** The sample's columns, as the facet conditions read them inside the statement. */
const sampleColumns: Columns = {
  workplace: sql`m.workplace`,
  level: sql`m.level`,
  type: sql`m.employment_type`,
  companyId: sql`m.company_id`,
  skillIds: sql`m.skill_ids`,
};

/** An ORDER BY prefix that puts the chosen values first (so they stay in a top 20 with their names). */
const chosenFirst = (col: SQL, chosen: readonly (string | number)[]) =>
  chosen.length
    ? sql`(${col} in (${sql.join(
        chosen.map((v) => sql`${v}`),
        sql`, `,
      )})) desc,`
    : sql``;

/** The statement's tail that counts, over the sample `m`, each facet (own filter off), the sample, and the total. */
function summaryArms(p: SearchParams, skillIds: SkillFilter): SQL {
  const f = facetConditions(p, sampleColumns, skillIds);
  // Workplace, level and type counts, the sample's size and the total in one pass (grouping
  // sets): half the counting time of five separate arms, and a tenth of their planning.
  // The () set's row is the sample: its size in n and the total (rows passing every
  // filter) in label. A facet value can count 0 here; summaryOf drops those.
  return sql`
    (select case when grouping(workplace) = 0 then 'workplace' when grouping(level) = 0 then 'level'
                 when grouping(employment_type) = 0 then 'type' else 'sample' end as facet,
            coalesce(workplace::text, level::text, employment_type::text) as value,
            (case when grouping(workplace) = 0 then count(*) filter (where ${allBut(f, "workplace")})
                  when grouping(level) = 0 then count(*) filter (where ${allBut(f, "level")})
                  when grouping(employment_type) = 0 then count(*) filter (where ${allBut(f, "type")})
                  else count(*) end)::int as n,
            (count(*) filter (where ${allBut(f)}))::text as label
       from m group by grouping sets ((workplace), (level), (employment_type), ()))
    union all
    (select 'company', c.slug, count(*)::int, c.name from m join ${companies} c on c.id = m.company_id
      where ${allBut(f, "company")} group by c.id order by ${chosenFirst(sql`c.slug`, p.company ? [p.company] : [])} 3 desc, 2 limit 20)
    union all
    (select 'skill', s.slug, x.n, s.name from (
      -- unnest in the select list (a ProjectSet) counts twice as fast as a lateral join to it
      select k, count(*)::int as n from (select unnest(m.skill_ids) as k from m where ${allBut(f, "skill")}) u
      group by k order by ${chosenFirst(sql`k`, skillIds ?? [])} 2 desc, 1 limit 20
    ) x join ${skills} s on s.id = x.k)`;
}

async function summaryOf(
  rows: SummaryRow[],
  p: SearchParams,
  database: Database,
  cap: number,
  skillIds: SkillFilter,
): Promise<SearchSummary> {
  const sample = rows.find((r) => r.facet === "sample");
  const sampleSize = Number(sample?.n ?? 0);
  const sampled = sampleSize >= cap;
  const exact = Number(sample?.label ?? 0);
  // A sample cut at the cap before the filters apply holds only part of the filtered
  // matches: count those exactly when they are few (at most the cap).
  const within = sampled && hasFacetFilter(p) ? await loadWithinFilters(p, database, cap, skillIds) : null;
  const estimate =
    sampled && !within ? roundEstimate(await estimateRows(database, searchConditions(p, undefined, skillIds))) : 0;
  const total = within
    ? Number(within.find((r) => r.facet === "sample")?.n ?? 0)
    : sampled
      ? Math.max(estimate, exact)
      : exact;
  const totalIsEstimate = sampled && !within;
  const count = facetCountScale(sampled, exact, total);
  // Facets counted exactly: all when nothing was cut off; with the filtered matches counted,
  // those without a filter of their own (counted with every filter on, the search itself).
  const exactFacet = (facet: FacetKey) => !sampled || (within !== null && !ownFilter(p, facet));
  const estimates = (["workplace", "level", "type", "company", "skill"] as const).filter((f) => !exactFacet(f));
  const by = (facet: FacetKey) =>
    (exactFacet(facet) && within ? within : rows)
      .filter((r) => r.facet === facet && Number(r.n) > 0)
      // Names for companies and skills; the enum facets are labelled by the UI.
      .map((r) => ({
        value: r.value!,
        label: facet === "company" || facet === "skill" ? (r.label ?? r.value!) : r.value!,
        count: exactFacet(facet) ? Number(r.n) : count(Number(r.n)),
      }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const facets = {
    workplace: chosenIsTotal(by("workplace"), p.workplace, total),
    level: chosenIsTotal(by("level"), p.level, total),
    type: chosenIsTotal(by("type"), p.type, total),
    companies: chosenIsTotal(by("company"), p.company ? [p.company] : undefined, total),
    skills: chosenIsTotal(by("skill"), p.skill, total),
    sampled: estimates.length > 0,
    sampleSize,
    estimates: estimates.map((f) => FACET_LIST[f]),
  };
  return { total, totalIsEstimate, facets };
}

/** The facets' names in ApiFacets. */
const FACET_LIST = {
  workplace: "workplace",
  level: "level",
  type: "type",
  company: "companies",
  skill: "skills",
} as const;

const ownFilter = (p: SearchParams, facet: FacetKey) =>
  facet === "company" ? Boolean(p.company) : Boolean(p[facet]?.length);
const hasFacetFilter = (p: SearchParams) => FACET_KEYS.some((f) => ownFilter(p, f));

/**
 * The facet arms (summaryArms) over every listing passing all of the search's conditions,
 * filters included, when there are at most `cap` of them; null when there are more. The
 * rows are read without an order (`limit cap + 1`), so the planner may combine the word
 * index with the filters' and stops after cap + 1 matches: a bounded exact count, read
 * only when the newest-`cap` sample (cut before the filters apply) was full.
 */
async function loadWithinFilters(
  p: SearchParams,
  database: Database,
  cap: number,
  skillIds: SkillFilter,
): Promise<SummaryRow[] | null> {
  const rows = rowsOf<SummaryRow>(
    await database.execute(sql`
    with m as materialized (
      select ${jobs.publishedAt} as published_at, ${jobs.id} as id, ${jobs.workplace} as workplace, ${jobs.level} as level,
             ${jobs.employmentType} as employment_type, ${jobs.companyId} as company_id, ${jobs.skillIds} as skill_ids
        from ${jobs} where ${searchConditions(p, undefined, skillIds)} limit ${cap + 1})
    ${summaryArms(p, skillIds)}`),
  );
  const size = Number(rows.find((r) => r.facet === "sample")?.n ?? 0);
  return size > cap ? null : rows;
}

/**
 * How a facet value's count in the sample becomes the count shown. Up to the cap the sample
 * is every match, so a count is exact. Past it, a count n of the sample is scaled by the
 * ratio of the (estimated) total to the sample's rows passing every filter, `exact`: an
 * estimate of the value's count among all matches, flagged by `facets.sampled` and shown as
 * "~N". The chosen value of a facet counted `exact` rows in the sample (its own filter off,
 * every other one on, is the search itself), so its estimate is the total, to the unit.
 * Estimates above 1,000 are rounded to hundreds like the total (roundEstimate).
 */
function facetCountScale(sampled: boolean, exact: number, total: number): (n: number) => number {
  if (!sampled || exact === 0) return (n) => n;
  return (n) => {
    if (n === exact) return total;
    return roundEstimate(Math.round((n * total) / exact));
  };
}

/**
 * A facet with one value chosen lists that value with the search's total: counted with
 * its own filter off and every other on, it is the same set, so the number beside a chosen
 * filter is the total it led to (also when the value fell out of the top 20 or out of the
 * sample). With several values chosen, their counts add up to the total.
 */
function chosenIsTotal(list: SearchFacets["level"], chosen: readonly string[] | undefined, total: number) {
  if (chosen?.length !== 1) return list;
  const value = chosen[0]!;
  const found = list.find((v) => v.value === value);
  const rest = list.filter((v) => v !== found);
  return total > 0 ? [{ value, label: found?.label ?? value, count: total }, ...rest] : rest;
}

/**
 * The sample: `columns` (naming `published_at` and `id`) of the newest `cap` listings
 * matching the non-facet conditions. Rare words (`rareWords`, see withTextQuery) are read
 * window by window (newestMatches: otherwise every match is read and sorted, or the walk
 * goes far back); common words and filters alone walk the listings newest first, which
 * stops after `cap` matches (filters alone: entries of the covering index).
 */
function newestSample(p: SearchParams, columns: SQL, cap: number): SQL {
  return p.q && p.rareWords
    ? newestMatches(columns, baseConditions(p), cap)
    : newestFirst(columns, baseConditions(p), cap);
}

async function loadSearchSummary(
  p: SearchParams,
  database: Database,
  cap: number,
  skillIds: SkillFilter,
): Promise<SearchSummary> {
  const result = await database.execute(sql`
    with m as materialized (${newestSample(
      p,
      sql`${jobs.publishedAt} as published_at, ${jobs.id} as id, ${jobs.workplace} as workplace, ${jobs.level} as level,
          ${jobs.employmentType} as employment_type, ${jobs.companyId} as company_id, ${jobs.skillIds} as skill_ids`,
      cap,
    )})
    ${summaryArms(p, skillIds)}`);
  return summaryOf(rowsOf<SummaryRow>(result), p, database, cap, skillIds);
}

/**
 * A relevance search's ranked tier and its summary from one scan. The sample (the newest
 * `cap` listings matching the non-facet conditions) holds the ranked set, the newest
 * rankCap listings that pass every filter too, whenever it was not cut off or holds at
 * least rankCap of them; then the page is exactly what loadRankedSet returns, and the
 * matches are read once instead of twice. Otherwise `ranked` is null. One client alone
 * waits slightly longer than for two statements run side by side, but under load, where
 * the CPU is the limit, reading the listings once is what counts.
 */
export function loadRankedSetWithSummary(
  p: SearchParams & { q: string },
  database: Database,
  cap: number,
  skillIds: SkillFilter,
  after: Extract<Cursor, { s: "relevance"; t: 0 }> | null,
  take: number,
  rankCap: number,
): { ranked: Promise<RankedSet | null>; summary: Promise<SearchSummary> } {
  const passes = allBut(facetConditions(p, jobColumns, skillIds));
  const keyset = after
    ? sql`and (score, published_at, id) < (${after.r}, ${after.p}::timestamptz, ${after.id})`
    : sql``;
  const rows = database
    .execute(
      sql`
      with m as materialized (
        select x.published_at, x.id, x.pkey, x.workplace, x.level, x.employment_type, x.company_id, x.skill_ids,
               case when x.passes and count(*) filter (where x.passes) over (order by x.published_at desc, x.id desc) <= ${rankCap}
                 then (ts_rank(x.search_vector, ${tsQuery(p)}) * 1000000)::int end as score
        from (${newestSample(
          p,
          sql`${jobs.publishedAt} as published_at, ${jobs.id} as id, ${publishedKey} as pkey, ${jobs.workplace} as workplace,
              ${jobs.level} as level, ${jobs.employmentType} as employment_type, ${jobs.companyId} as company_id,
              ${jobs.skillIds} as skill_ids, ${jobs.searchVector} as search_vector, coalesce(${passes}, false) as passes`,
          cap,
        )}) x
      )
      ${summaryArms(p, skillIds)}
      union all
      (select 'ranked', id::text, score, pkey from m where score is not null ${keyset}
        order by score desc, published_at desc, id desc limit ${take})
      union all
      (select 'edge', id::text, null, pkey from m
        where score is not null and (select count(*) from m where score is not null) = ${rankCap}
        order by published_at asc, id asc limit 1)`,
    )
    .then((r) => rowsOf<SummaryRow>(r));
  const summary = rows.then((r) =>
    summaryOf(
      r.filter((x) => x.facet !== "ranked" && x.facet !== "edge"),
      p,
      database,
      cap,
      skillIds,
    ),
  );
  const ranked = rows.then((r) => {
    const sample = r.find((x) => x.facet === "sample");
    const sampleSize = Number(sample?.n ?? 0);
    const passing = Number(sample?.label ?? 0);
    if (sampleSize >= cap && passing < rankCap) return null;
    const edge = r.find((x) => x.facet === "edge");
    return {
      rows: r
        .filter((x) => x.facet === "ranked")
        .map((x) => ({ id: Number(x.value), pkey: x.label!, salaryTopUsd: null, score: Number(x.n) })),
      edge: edge ? { p: edge.label!, id: Number(edge.value) } : null,
    };
  });
  return { ranked, summary };
}

export async function getSearchFacets(
  p: SearchParams,
  database: Database = readDb,
  opts: { sampleCap?: number } = {},
): Promise<SearchFacets> {
  return (await getSearchSummary(p, database, opts)).facets;
}
