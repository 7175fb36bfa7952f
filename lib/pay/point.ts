import { isNotNull, sql, type SQL } from "drizzle-orm";
import { jobs } from "@/db/schema";

/*
 * The one pay point of a listing: the single figure every pay statistic on Ladder is
 * computed from (search histograms and their medians, guide and roadmap medians, pay per
 * level, the posting form's percentiles). Filters and the salary sort compare the top of
 * the range instead ("pays at least X" means the range reaches X); they show no figure.
 */

/**
 * A listing's pay point, annual USD: the middle of its pay range, after both ends are
 * annualized (hour × 2,080, day × 260, week × 52, month × 12) and converted to USD at the
 * fixed rates of db/schema.ts (`annualUsdSql`: EUR 1.08, GBP 1.27, CAD 0.73, AUD 0.66,
 * INR 0.012). A listing with one figure has that figure. Pay shown "as reported"
 * (`pay_as_reported`: implausible for its period) has no range stored, so it has no pay
 * point and counts in no pay figure.
 */
export const payPointUsd = sql<number>`((coalesce(${jobs.salaryMinUsd}, ${jobs.salaryMaxUsd}) + coalesce(${jobs.salaryMaxUsd}, ${jobs.salaryMinUsd})) / 2.0)`;

/** Listings that have a pay point (show pay): one end of the range is enough. */
export const hasPayPoint: SQL = isNotNull(jobs.salaryTopUsd);
