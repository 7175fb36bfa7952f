import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db";
import { rowsOf } from "@/db/rows";
import { jobs } from "@/db/schema";

/*
 * The SQL pieces that the search and the matches share: the published key of keyset
 * cursors, the newest-first order, the planner's row estimate, and the "rank the newest N,
 * then continue by date" pager both the relevance sort and the best-match sort use.
 */

/** Microsecond-exact UTC text of a timestamp (ISO 8601), so keyset cursors never skip a row. */
export const pkeyOf = (column: SQL) =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** `pkeyOf(jobs.published_at)`. */
export const publishedKey = pkeyOf(sql`${jobs.publishedAt}`);

/** Newest first, then the highest id: the order of every date-ordered page and ranked set. */
export const newestOrder = sql`${jobs.publishedAt} desc, ${jobs.id} desc`;

/** A position in the newest-first order: published key and id. */
export type DateKey = { p: string; id: number };

/** Listings strictly after `k` in the newest-first order. */
export const olderThanSql = (k: DateKey) => sql`(${jobs.publishedAt}, ${jobs.id}) < (${k.p}::timestamptz, ${k.id})`;

/** `select <columns> from jobs where <where>`, newest first, at most `limit` rows, in one scan. */
export const newestFirst = (columns: SQL, where: SQL, limit: number): SQL =>
  sql`select ${columns} from ${jobs} where ${where} order by ${newestOrder} limit ${limit}`;

/**
 * Publication ages in days that bound the windows `newestMatches` reads one after another:
 * the last day, then the three days before it, then 4 to 16 days, 16 to 64, and the rest.
 * Each window is four times the one before, so a search reads at most about four times the
 * rows its newest matches span. In the seed at 1,000,000 listings (60 days, more of them
 * recent) the windows hold about 38,000, 74,000, 214,000, 614,000 and 0 published listings.
 */
export const NEWEST_WINDOW_DAYS = [1, 4, 16, 64] as const;

/**
 * `select <columns> from jobs where <where> order by published_at desc, id desc limit <limit>`,
 * the same rows in the same order, read by publication window (NEWEST_WINDOW_DAYS): a
 * window is read only while the windows newer than it hold fewer than `limit` rows. For
 * rare words, Postgres otherwise reads either every match (the words' index, then a sort:
 * 30,000 rows for a phrase matching 3% of 1,000,000 listings, p95 0.5-1.7 s on 2 loaded
 * cores) or listings newest first until `limit` match (a walk as long as the matches are
 * rare); inside a window it intersects the words' index with the window's pages (BRIN on
 * published_at) and reads only the window's matches. For common words the walk is cheaper
 * (withTextQuery decides). `columns` must name
 * `published_at` and `id` as such; the rows come out newest first.
 */
export function newestMatches(columns: SQL, where: SQL, limit: number): SQL {
  const cut = (days: number) => sql.raw(`now() - interval '${days} days'`);
  const ranges = [
    sql`(${jobs.publishedAt} >= ${cut(NEWEST_WINDOW_DAYS[0])} or ${jobs.publishedAt} is null)`,
    ...NEWEST_WINDOW_DAYS.slice(1).map(
      (d, i) => sql`${jobs.publishedAt} < ${cut(NEWEST_WINDOW_DAYS[i]!)} and ${jobs.publishedAt} >= ${cut(d)}`,
    ),
    sql`${jobs.publishedAt} < ${cut(NEWEST_WINDOW_DAYS.at(-1)!)}`,
  ];
  const name = (i: number) => sql.raw(`newest_w${i}`);
  const arms = ranges.map((range, i) => {
    // Read only when the newer windows hold fewer than `limit` rows (a one-time filter).
    const newer = ranges.slice(0, i).map((_, k) => sql`(select count(*) from ${name(k)})`);
    const guard = i === 0 ? sql`` : sql`${sql.join(newer, sql` + `)} < ${limit} and`;
    return sql`${name(i)} as materialized (select ${columns} from ${jobs} where ${guard} ${where} and ${range}
      order by ${newestOrder} limit ${limit})`;
  });
  const all = sql.join(
    ranges.map((_, i) => sql`select * from ${name(i)}`),
    sql` union all `,
  );
  return sql`with ${sql.join(arms, sql`, `)} select * from (${all}) newest order by published_at desc, id desc limit ${limit}`;
}

/**
 * Postgres' own row estimate for `select 1 from jobs where <where>` (EXPLAIN, not run):
 * instant. Infinity when the plan cannot be read.
 */
export async function estimateRows(database: Database, where: SQL): Promise<number> {
  const result = await database.execute(sql`explain (format json) select 1 from ${jobs} where ${where}`);
  const [row] = rowsOf<Record<string, unknown>>(result);
  const raw = row ? Object.values(row)[0] : null;
  const plan = (typeof raw === "string" ? JSON.parse(raw) : raw) as [{ Plan: { "Plan Rows": number } }] | null;
  return plan?.[0]?.Plan["Plan Rows"] ?? Number.POSITIVE_INFINITY;
}

/** An estimated count as shown: rounded to hundreds above 1,000, so "about 27,000" does not pretend precision. */
export const roundEstimate = (rows: number) => (rows > 1000 ? Math.round(rows / 100) * 100 : rows);

/** A page of the ranked tier and, when the candidates filled the ranked set, its oldest row. */
export type RankedTier<R> = { rows: R[]; edge: DateKey | null };

type TierRow = { id: number | string; pkey: string; score: number | string | null; edge: boolean };

/**
 * The ranked tier in one statement. `candidates` selects, newest first and at most `cap`
 * rows, the columns `id`, `published_at`, `score`, `ok` (whether the row belongs in the
 * page: a window's filters, else true) and `rn` (row_number in that order). Answers the page
 * (`ok` rows by score, then newest, after `keyset`) and, when the candidates fill the set,
 * its oldest row: where the date-ordered rest starts.
 */
export async function loadRankedTier(
  database: Database,
  candidates: SQL,
  after: { score: number; p: string; id: number } | null,
  take: number,
  cap: number,
): Promise<RankedTier<{ id: number; pkey: string; score: number }>> {
  const keyset = after
    ? sql`and (score, published_at, id) < (${after.score}, ${after.p}::timestamptz, ${after.id})`
    : sql``;
  const result = await database.execute(sql`
    with c as materialized (${candidates})
    (select id, ${pkeyOf(sql`published_at`)} as pkey, score, false as edge from c where ok ${keyset}
      order by score desc, published_at desc, id desc limit ${take})
    union all
    (select id, ${pkeyOf(sql`published_at`)}, null, true from c where rn = ${cap})`);
  const rows = rowsOf<TierRow>(result);
  const edge = rows.find((r) => r.edge);
  return {
    rows: rows.filter((r) => !r.edge).map((r) => ({ id: Number(r.id), pkey: r.pkey, score: Number(r.score) })),
    edge: edge ? { p: edge.pkey, id: Number(edge.id) } : null,
  };
}

/**
 * "Rank the newest N, then continue by date": a page of up to `take` rows whose first rows
 * come from the ranked tier (unless the cursor is already past it: `olderThan` set) and,
 * when that tier ends before the page is full, continue with the rows older than its
 * oldest row, newest first. Each row is visited exactly once across pages.
 */
export async function rankedThenByDate<R, O>(opts: {
  take: number;
  olderThan: DateKey | null;
  ranked: () => Promise<RankedTier<R>>;
  older: (after: DateKey, take: number) => Promise<O[]>;
}): Promise<{ ranked: R[]; older: O[] }> {
  let olderThan = opts.olderThan;
  let ranked: R[] = [];
  if (!olderThan) {
    const tier = await opts.ranked();
    ranked = tier.rows;
    if (ranked.length >= opts.take || !tier.edge) return { ranked, older: [] };
    olderThan = tier.edge;
  }
  return { ranked, older: await opts.older(olderThan, opts.take - ranked.length) };
}
