import "server-only";
import { and, sql } from "drizzle-orm";
import { readDb, type Database } from "@/db";
import { jobs } from "@/db/schema";
import { newestOrder } from "@/lib/jobs/keyset";
import { SAMPLE_CAP } from "./caps";
import { searchConditions, skillFilterOf, type SkillFilter } from "./conditions";
import type { SearchParams } from "./params";
import { withTextQuery } from "./terms";

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
  params: SearchParams,
  database: Database = readDb,
  opts: { skillIds?: SkillFilter } = {},
): Promise<SalaryHistogram> {
  const [p, skillIds] = await Promise.all([
    withTextQuery(params, database),
    skillFilterOf(params, database, opts.skillIds),
  ]);
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
