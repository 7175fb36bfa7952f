import "server-only";
import { and, eq, gte, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { db, type Database } from "@/db";
import { rowsOf } from "@/db/rows";
import { companies, guides, jobs, skills } from "@/db/schema";
import { cardSelection, getJobCardsByIds, rowToCard, type JobCard } from "@/lib/jobs/queries";
import { isOpenJob } from "@/lib/jobs/open";
import { getMatchPageRows, MATCH_TEXT_CAP, MATCH_RANK_CAP } from "@/lib/matches/queries";
import { hasSkillsByMaskSql, type MatchProfile } from "@/lib/matches/sql";
import { decodeCursor, encodeCursor, type Cursor } from "./cursor";
import { toQueryString, type SearchParams } from "./params";
import type { ApiFacets } from "./types";
import { cachedSummary, peekSummary, storeSummary } from "./summary-cache";

/** Relevance is computed over at most this many matches (the newest); older ones follow by date. */
export const RANK_CAP = 500;
/**
 * Totals, facets and the pay histogram read at most this many of the newest matches. Up to
 * it they are exact; past it facets count the newest matches and the total is Postgres'
 * estimate (flagged), so a search costs the same at 1,000 or 1,000,000 listings.
 */
export const SAMPLE_CAP = 1_500;
/**
 * A text search samples its newest RANK_CAP matches: the same rows relevance ranks, so one
 * statement reads both (loadRankedSetWithSummary). Each match of a text search must be
 * read from the listing itself (the words are checked there, and ranked), at several
 * microseconds a row, where a search by filters alone reads its sample from an index.
 */
export const TEXT_SAMPLE_CAP = RANK_CAP;
const sampleCapFor = (p: SearchParams) => (p.q ? TEXT_SAMPLE_CAP : SAMPLE_CAP);

type FacetKey = "workplace" | "level" | "type" | "company" | "skill";
const FACET_KEYS: FacetKey[] = ["workplace", "level", "type", "company", "skill"];

const tsQuery = (q: string) => sql`websearch_to_tsquery('english', ${q})`;
// Microsecond-exact text of published_at, so keyset cursors never skip a row.
const publishedKey = sql<string>`to_char(${jobs.publishedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Conditions that are not facets: text, pay, place, age, guide, and "open". */
function baseConditions(p: SearchParams, opts: { open?: boolean } = {}): SQL {
  const c: (SQL | undefined)[] = [opts.open === false ? sql`true` : isOpenJob()];
  if (p.q) c.push(sql`${jobs.searchVector} @@ ${tsQuery(p.q)}`);
  if (p.salaryMin !== undefined) {
    const reaches = gte(jobs.salaryTopUsd, p.salaryMin);
    c.push(p.includeNoSalary ? or(reaches, isNull(jobs.salaryTopUsd)) : reaches);
  }
  if (p.location) {
    const like = `%${escapeLike(p.location)}%`;
    c.push(sql`${jobs.place} ilike ${like}`);
  }
  if (p.postedWithin !== undefined)
    c.push(sql`${jobs.publishedAt} >= now() - make_interval(days => ${p.postedWithin})`);
  if (p.guide) {
    c.push(
      sql`${jobs.roleFamily} = (select ${guides.roleFamily} from ${guides} where ${guides.slug} = ${p.guide} and ${guides.published})`,
    );
  }
  return and(...c)!;
}

type Columns = { workplace: SQL; level: SQL; type: SQL; companyId: SQL; skillIds: SQL };
const jobColumns: Columns = {
  workplace: sql`${jobs.workplace}`,
  level: sql`${jobs.level}`,
  type: sql`${jobs.employmentType}`,
  companyId: sql`${jobs.companyId}`,
  skillIds: sql`${jobs.skillIds}`,
};
const list = (values: (string | number)[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * A search's skill filter as skill ids: undefined without one, null when a slug is unknown
 * (nothing matches). Resolved before the query is built because the planner cannot see
 * through `array[(select id ...)]`: it then guesses, and for two common skills picked a
 * bitmap over every listing with both (45 ms) instead of the newest-first index (3 ms).
 */
export type SkillFilter = number[] | null | undefined;

export async function resolveSkillFilter(p: SearchParams, database: Database = db): Promise<SkillFilter> {
  if (!p.skill?.length) return undefined;
  const found = await database.select({ id: skills.id }).from(skills).where(inArray(skills.slug, p.skill));
  if (found.length < new Set(p.skill).size) return null;
  return found.map((s) => s.id).sort((a, b) => a - b);
}

function skillCondition(p: SearchParams, col: SQL, ids: SkillFilter): SQL | undefined {
  if (!p.skill?.length) return undefined;
  if (ids === null) return sql`false`;
  if (ids) return sql`${col} @> array[${list(ids)}]::integer[]`;
  // Unresolved (callers that build conditions synchronously): an unknown slug yields
  // array[null], which no listing contains.
  return and(
    ...p.skill.map(
      (slug) => sql`${col} @> array[(select ${skills.id} from ${skills} where ${skills.slug} = ${slug})]::integer[]`,
    ),
  );
}

/** The facet filters, as conditions on the given columns (the jobs table, or a sample of it). */
function facetConditions(p: SearchParams, col: Columns, skillIds?: SkillFilter): Record<FacetKey, SQL | undefined> {
  return {
    workplace: p.workplace ? sql`${col.workplace} in (${list(p.workplace)})` : undefined,
    level: p.level ? sql`${col.level} in (${list(p.level)})` : undefined,
    type: p.type ? sql`${col.type} in (${list(p.type)})` : undefined,
    company: p.company
      ? sql`${col.companyId} = (select ${companies.id} from ${companies} where ${companies.slug} = ${p.company})`
      : undefined,
    // All requested skills.
    skill: skillCondition(p, col.skillIds, skillIds),
  };
}

const allBut = (filters: Record<FacetKey, SQL | undefined>, omit?: FacetKey) =>
  and(sql`true`, ...FACET_KEYS.filter((k) => k !== omit).map((k) => filters[k]))!;

/** The WHERE conditions of a search; `omit` leaves one facet's own filter out. */
export function searchConditions(p: SearchParams, omit?: FacetKey, skillIds?: SkillFilter): SQL {
  return and(baseConditions(p), allBut(facetConditions(p, jobColumns, skillIds), omit))!;
}

const newestOrder = sql`${jobs.publishedAt} desc, ${jobs.id} desc`;

type PageRow = { id: number; pkey: string; salaryTopUsd: number | null; score: number | null; card?: JobCard };

// Date- and pay-ordered pages select the cards themselves: one round trip, not two.
const pageSelection = { ...cardSelection, pkey: publishedKey, salaryTopUsd: jobs.salaryTopUsd };

async function newestPage(
  database: Database,
  where: SQL,
  after: { p: string; id: number } | null,
  take: number,
): Promise<PageRow[]> {
  const keyset = after ? sql`(${jobs.publishedAt}, ${jobs.id}) < (${after.p}::timestamptz, ${after.id})` : undefined;
  const rows = await database
    .select(pageSelection)
    .from(jobs)
    .innerJoin(companies, eq(companies.id, jobs.companyId))
    .where(and(where, keyset))
    .orderBy(newestOrder)
    .limit(take);
  return rows.map((r) => ({ id: r.id, pkey: r.pkey, salaryTopUsd: r.salaryTopUsd, score: null, card: rowToCard(r) }));
}

async function salaryPage(
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
type RankedSet = { rows: PageRow[]; edge: { p: string; id: number } | null };

type RankedRow = {
  id: number | string;
  pkey: string;
  salary_top_usd: number | null;
  score: number | string;
  edge: boolean;
};

/** The newest rankCap matches ranked by weighted ts_rank, in one statement (see relevancePage). */
async function loadRankedSet(
  database: Database,
  q: string,
  where: SQL,
  after: Extract<Cursor, { s: "relevance"; t: 0 }> | null,
  take: number,
  rankCap: number,
): Promise<RankedSet> {
  const rank = sql<number>`(ts_rank(${jobs.searchVector}, ${tsQuery(q)}) * 1000000)::int`;
  const keyset = after
    ? sql`where (score, published_at, id) < (${after.r}, ${after.p}::timestamptz, ${after.id})`
    : sql``;
  // One statement: rank the newest rankCap matches, return the page, and, when the
  // matches fill the ranked set, its oldest row (where the date-ordered tier starts).
  const result = await database.execute(sql`
    with candidates as materialized (
      select ${jobs.id} as id, ${jobs.publishedAt} as published_at, ${publishedKey} as pkey,
             ${jobs.salaryTopUsd} as salary_top_usd, ${rank} as score
      from ${jobs} where ${where} order by ${newestOrder} limit ${rankCap}
    )
    (select id, pkey, salary_top_usd, score, false as edge from candidates ${keyset}
      order by score desc, published_at desc, id desc limit ${take})
    union all
    (select id, pkey, null, null, true from candidates
      where (select count(*) from candidates) = ${rankCap} order by published_at asc, id asc limit 1)`);
  const rows = rowsOf<RankedRow>(result);
  const edge = rows.find((r) => r.edge);
  return {
    rows: rows
      .filter((r) => !r.edge)
      .map((r) => ({ id: Number(r.id), pkey: r.pkey, salaryTopUsd: r.salary_top_usd, score: Number(r.score) })),
    edge: edge ? { p: edge.pkey, id: Number(edge.id) } : null,
  };
}

/**
 * Relevance: the newest RANK_CAP matches are ranked by weighted ts_rank (ties: newer
 * first); any older matches follow, newest first. Ranking a capped set keeps a common
 * word as fast as a rare one, and the two tiers still visit every match exactly once.
 * `ranked`, when given, is the ranked tier already read (with the summary; null if it
 * could not be).
 */
async function relevancePage(
  database: Database,
  q: string,
  where: SQL,
  after: Extract<Cursor, { s: "relevance" }> | null,
  take: number,
  rankCap: number,
  ranked?: Promise<RankedSet | null>,
) {
  const out: (PageRow & { tier: 0 | 1 })[] = [];
  let olderThan = after?.t === 1 ? { p: after.p, id: after.id } : null;
  if (!after || after.t === 0) {
    const set = (ranked && (await ranked)) ?? (await loadRankedSet(database, q, where, after, take, rankCap));
    out.push(...set.rows.map((r) => ({ ...r, tier: 0 as const })));
    if (out.length >= take || !set.edge) return out;
    olderThan = set.edge;
  }
  const older = await newestPage(database, where, olderThan, take - out.length);
  out.push(...older.map((r) => ({ ...r, tier: 1 as const })));
  return out;
}

/** Facets as the API returns them; `sampled` when the search matched more than SAMPLE_CAP listings. */
export type SearchFacets = ApiFacets;

export type SearchSummary = { total: number; totalIsEstimate: boolean; facets: SearchFacets };

// Sort, cursor and limit do not change totals or facets.
const summaryKey = (p: SearchParams, cap: number) =>
  `${cap}|${toQueryString({ ...p, sort: undefined, cursor: undefined, limit: undefined })}`;

/**
 * Total and facets from one scan: the newest SAMPLE_CAP listings (TEXT_SAMPLE_CAP for a
 * text search) matching the non-facet conditions, filtered in memory per facet with that facet's own filter off (so choosing
 * "Remote" still shows how many hybrid roles there are).
 */
export function getSearchSummary(
  p: SearchParams,
  database: Database = db,
  opts: { sampleCap?: number; skillIds?: SkillFilter } = {},
): Promise<SearchSummary> {
  const cap = opts.sampleCap ?? sampleCapFor(p);
  return cachedSummary(database, summaryKey(p, cap), async () =>
    loadSearchSummary(
      p,
      database,
      cap,
      opts.skillIds !== undefined || !p.skill?.length ? opts.skillIds : await resolveSkillFilter(p, database),
    ),
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
      where ${allBut(f, "company")} group by c.id order by 3 desc, 2 limit 20)
    union all
    (select 'skill', s.slug, x.n, s.name from (
      -- unnest in the select list (a ProjectSet) counts twice as fast as a lateral join to it
      select k, count(*)::int as n from (select unnest(m.skill_ids) as k from m where ${allBut(f, "skill")}) u
      group by k order by 2 desc, 1 limit 20
    ) x join ${skills} s on s.id = x.k)`;
}

async function summaryOf(
  rows: SummaryRow[],
  p: SearchParams,
  database: Database,
  cap: number,
  skillIds: SkillFilter,
): Promise<SearchSummary> {
  const by = (facet: string) =>
    rows
      .filter((r) => r.facet === facet && Number(r.n) > 0)
      // Names for companies and skills; the enum facets are labelled by the UI.
      .map((r) => ({
        value: r.value!,
        label: facet === "company" || facet === "skill" ? (r.label ?? r.value!) : r.value!,
        count: Number(r.n),
      }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const sample = rows.find((r) => r.facet === "sample");
  const sampleSize = Number(sample?.n ?? 0);
  const sampled = sampleSize >= cap;
  const estimate = sampled ? await estimateCount(database, searchConditions(p, undefined, skillIds)) : 0;
  const exact = Number(sample?.label ?? 0);
  return {
    total: sampled ? Math.max(estimate, exact) : exact,
    totalIsEstimate: sampled,
    facets: {
      workplace: by("workplace"),
      level: by("level"),
      type: by("type"),
      companies: by("company"),
      skills: by("skill"),
      sampled,
      sampleSize,
    },
  };
}

async function loadSearchSummary(
  p: SearchParams,
  database: Database,
  cap: number,
  skillIds: SkillFilter,
): Promise<SearchSummary> {
  const result = await database.execute(sql`
    with m as materialized (
      select ${jobs.workplace} as workplace, ${jobs.level} as level, ${jobs.employmentType} as employment_type,
             ${jobs.companyId} as company_id, ${jobs.skillIds} as skill_ids
      from ${jobs} where ${baseConditions(p)} order by ${newestOrder} limit ${cap}
    )
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
function loadRankedSetWithSummary(
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
                 then (ts_rank(x.search_vector, ${tsQuery(p.q)}) * 1000000)::int end as score
        from (
          select ${jobs.publishedAt} as published_at, ${jobs.id} as id, ${publishedKey} as pkey, ${jobs.workplace} as workplace,
                 ${jobs.level} as level, ${jobs.employmentType} as employment_type, ${jobs.companyId} as company_id,
                 ${jobs.skillIds} as skill_ids, ${jobs.searchVector} as search_vector, coalesce(${passes}, false) as passes
          from ${jobs} where ${baseConditions(p)} order by ${newestOrder} limit ${cap}
        ) x
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

/** Postgres' own row estimate for a search: instant, and close enough for "about 27,000". */
async function estimateCount(database: Database, where: SQL): Promise<number> {
  const result = await database.execute(sql`explain (format json) select 1 from ${jobs} where ${where}`);
  const [row] = rowsOf<Record<string, unknown>>(result);
  const raw = row ? Object.values(row)[0] : null;
  const plan = (typeof raw === "string" ? JSON.parse(raw) : raw) as [{ Plan: { "Plan Rows": number } }] | null;
  const rows = plan?.[0]?.Plan["Plan Rows"] ?? 0;
  return rows > 1000 ? Math.round(rows / 100) * 100 : rows;
}

export async function getSearchFacets(
  p: SearchParams,
  database: Database = db,
  opts: { sampleCap?: number } = {},
): Promise<SearchFacets> {
  return (await getSearchSummary(p, database, opts)).facets;
}

export type SearchPage = {
  items: JobCard[];
  total: number;
  totalIsEstimate: boolean;
  nextCursor: string | null;
  facets: SearchFacets;
};

/**
 * The search's conditions for the best-match sort: `where`, all of them, and `within`, the
 * same without "open" (the ranked set is a window of open listings already, and "open"
 * reads status, which the match index does not carry). A skill filter is tested on the
 * skill mask (in the match index) instead of skill_ids (not in it). Unknown slugs match
 * nothing, as in searchConditions.
 */
function matchSortConditions(p: SearchParams, where: SQL, skillIds: SkillFilter): { where: SQL; within: SQL } {
  const within = (omit?: FacetKey) =>
    and(baseConditions(p, { open: false }), allBut(facetConditions(p, jobColumns, skillIds), omit))!;
  if (!skillIds) return { where, within: within() };
  const byMask = hasSkillsByMaskSql(skillIds);
  if (!byMask) return { where, within: within() };
  return { where: and(searchConditions(p, "skill", skillIds), byMask)!, within: and(within("skill"), byMask)! };
}

/** One page of a search, with its total and facets. The single source for /jobs and /api/jobs. */
export async function getJobsBySearch(
  p: SearchParams,
  database: Database = db,
  // match: the signed-in user's skills and level, for sort=match (without it, every
  // listing scores 0 and the order is newest first).
  // skillIds: the skill filter already resolved (resolveSkillFilter), when the caller has it.
  opts: { rankCap?: number; sampleCap?: number; match?: MatchProfile; matchCap?: number; skillIds?: SkillFilter } = {},
): Promise<SearchPage> {
  const skillIds =
    opts.skillIds !== undefined || !p.skill?.length ? opts.skillIds : await resolveSkillFilter(p, database);
  const where = searchConditions(p, undefined, skillIds);
  const after = p.cursor ? decodeCursor(p.cursor) : null;
  const take = p.limit + 1;

  const matchAfter = after?.s === "match" ? after : null;
  const matchWhere = p.sort === "match" ? matchSortConditions(p, where, skillIds) : null;
  const relevanceAfter = after?.s === "relevance" ? after : null;
  const rankCap = opts.rankCap ?? RANK_CAP;
  const sampleCap = opts.sampleCap ?? sampleCapFor(p);

  // A relevance page whose summary is not cached reads both from one scan.
  let summaryPromise = peekSummary<SearchSummary>(database, summaryKey(p, sampleCap));
  let ranked: Promise<RankedSet | null> | undefined;
  if (!summaryPromise && p.sort === "relevance" && p.q && relevanceAfter?.t !== 1) {
    const both = loadRankedSetWithSummary(
      { ...p, q: p.q },
      database,
      sampleCap,
      skillIds,
      relevanceAfter,
      take,
      rankCap,
    );
    summaryPromise = storeSummary(database, summaryKey(p, sampleCap), both.summary);
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
        ? relevancePage(database, p.q, where, relevanceAfter, take, rankCap, ranked)
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

export type SalaryHistogram = {
  buckets: { from: number; to: number; count: number }[];
  median: number | null;
  sampleSize: number;
  sampled: boolean;
};

const BUCKET = 25_000;
const BUCKETS = 16; // $0 to $400k; higher pay lands in the last bucket

/** Pay distribution (annual USD, top of range) of a search's newest matches that show pay. */
export async function getSalaryHistogram(
  p: SearchParams,
  database: Database = db,
  opts: { skillIds?: SkillFilter } = {},
): Promise<SalaryHistogram> {
  const skillIds =
    opts.skillIds !== undefined || !p.skill?.length ? opts.skillIds : await resolveSkillFilter(p, database);
  const inner = database
    .select({ pay: sql<number>`${jobs.salaryTopUsd}`.as("pay") })
    .from(jobs)
    .where(and(searchConditions(p, undefined, skillIds), sql`${jobs.salaryTopUsd} is not null`))
    .orderBy(newestOrder)
    .limit(SAMPLE_CAP)
    .as("s");
  const [rows, [stats]] = await Promise.all([
    database
      .select({
        b: sql<number>`least(floor(${inner.pay} / ${BUCKET}), ${BUCKETS - 1})::int`,
        n: sql<number>`count(*)::int`,
      })
      .from(inner)
      .groupBy(sql`1`),
    database
      .select({
        median: sql<number | null>`round(percentile_cont(0.5) within group (order by ${inner.pay}))::int`,
        n: sql<number>`count(*)::int`,
      })
      .from(inner),
  ]);
  const counts = new Map(rows.map((r) => [Number(r.b), Number(r.n)]));
  return {
    buckets: Array.from({ length: BUCKETS }, (_, i) => ({
      from: i * BUCKET,
      to: (i + 1) * BUCKET,
      count: counts.get(i) ?? 0,
    })),
    median: stats?.median ?? null,
    sampleSize: stats?.n ?? 0,
    sampled: (stats?.n ?? 0) >= SAMPLE_CAP,
  };
}

export type Suggestion = { kind: "skill" | "company" | "title"; label: string; value: string };

/** "Did you mean": the known skills, companies and titles closest to a query (pg_trgm). */
export async function getSearchSuggestions(q: string, database: Database = db): Promise<Suggestion[]> {
  const text = q
    .replace(/["()-]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 100);
  if (text.length < 3) return [];
  const rows = await database.execute<{ kind: Suggestion["kind"]; label: string; value: string; sim: number }>(sql`
    select kind, label, value, sim from (
      (select 'skill' as kind, name as label, slug as value, similarity(name, ${text}) as sim from ${skills} where name % ${text} or slug % ${text})
      union all
      (select 'company', name, slug, similarity(name, ${text}) from ${companies} where name % ${text})
      union all
      (select 'title', title, title, max(similarity(title, ${text})) from ${jobs}
        where title % ${text} and ${isOpenJob()} group by title order by 4 desc limit 5)
    ) s order by sim desc, label limit 5`);
  const list = rowsOf<Suggestion>(rows);
  return list.map(({ kind, label, value }) => ({ kind, label, value }));
}
