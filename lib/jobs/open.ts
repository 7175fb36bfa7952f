import { and, eq, gt, isNull, or, sql, type SQL } from "drizzle-orm";
import { jobs } from "@/db/schema";

/** The one definition of an open listing: published, and not past its closing date. */
export function isOpenJob(now: SQL = sql`now()`): SQL {
  return and(eq(jobs.status, "published"), or(isNull(jobs.validThrough), gt(jobs.validThrough, now)))!;
}
