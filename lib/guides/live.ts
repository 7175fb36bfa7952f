import "server-only";
import { db, type Database } from "@/db";
import { JOB_LEVELS } from "@/db/enums";
import type { JobLevel } from "@/db/schema";
import { MIN_LEVEL_SAMPLE } from "@/lib/guides/queries";
import { parseSearchParams, toQueryString, type RawParams } from "@/lib/search/params";
import { searchJobs } from "@/lib/search/response";

/**
 * One live figure and the search that produced it. `href` is that search on /jobs; its page
 * shows the same total (count) and the same "median" in its pay histogram, because both
 * come from the one call below (lib/search's searchJobs), never from a second query.
 */
export type LiveSearchFigure = {
  href: string;
  /** Open listings the search matches (the search's total; an estimate past its sample cap). */
  count: number;
  countIsEstimate: boolean;
  /** The search's median pay (annual USD, the search's own pay point), null without pay. */
  median: number | null;
  /** Listings the median rests on: those that show pay. */
  sample: number;
};

export type GuideLiveFigures = {
  overall: LiveSearchFigure;
  remote: LiveSearchFigure;
  freelance: LiveSearchFigure;
  levels: (LiveSearchFigure & { level: JobLevel })[];
  /** Top companies by open listings in the guide's family, each linked to its search. */
  hiring: { slug: string; name: string; count: number; href: string }[];
  computedAt: string;
};

/** The /jobs link of a search, in the search's canonical query-string form. */
export function searchHref(raw: RawParams): string {
  const parsed = parseSearchParams(raw);
  if (!parsed.ok) throw new Error(`Bad figure search: ${JSON.stringify(parsed.issues)}`);
  const qs = toQueryString(parsed.params);
  return qs ? `/jobs?${qs}` : "/jobs";
}

/** Runs the search behind a figure exactly as /jobs does (with its pay histogram). */
export async function figureFromSearch(raw: RawParams, database: Database = db): Promise<LiveSearchFigure> {
  const parsed = parseSearchParams({ ...raw, limit: "1" });
  if (!parsed.ok) throw new Error(`Bad figure search: ${JSON.stringify(parsed.issues)}`);
  const result = await searchJobs(parsed.params, { histogram: true }, database);
  return {
    href: searchHref(raw),
    count: result.total,
    countIsEstimate: result.totalIsEstimate,
    median: result.histogram?.median ?? null,
    sample: result.histogram?.sampleSize ?? 0,
  };
}

/**
 * A guide's live figures: open positions and median pay, remote and freelance counts, and
 * per level the count, median and its sample, each from the search it links to
 * (`/jobs?guide=<slug>` plus one filter). Seven searches; callers cache the result.
 */
export async function getGuideLiveFigures(guideSlug: string, database: Database = db): Promise<GuideLiveFigures> {
  const base = { guide: guideSlug };
  const [overall, remote, freelance, ...levels] = await Promise.all([
    figureFromSearch(base, database),
    figureFromSearch({ ...base, workplace: "remote" }, database),
    figureFromSearch({ ...base, type: "freelance" }, database),
    ...JOB_LEVELS.map((level) => figureFromSearch({ ...base, level }, database)),
  ]);
  // The companies facet of the guide's own search: the same counts its /jobs page lists.
  const parsed = parseSearchParams({ ...base, limit: "1" });
  const facets = parsed.ok ? (await searchJobs(parsed.params, {}, database)).facets : null;
  return {
    overall: overall!,
    remote: remote!,
    freelance: freelance!,
    levels: levels.map((f, i) => ({ ...f, level: JOB_LEVELS[i]! })),
    hiring: (facets?.companies ?? []).slice(0, 8).map((c) => ({
      slug: c.value,
      name: c.label,
      count: c.count,
      href: searchHref({ ...base, company: c.value }),
    })),
    computedAt: new Date().toISOString(),
  };
}

/** A level's live median, shown only when at least MIN_LEVEL_SAMPLE listings show pay. */
export function levelMedian(f: LiveSearchFigure) {
  return f.median !== null && f.sample >= MIN_LEVEL_SAMPLE
    ? { enough: true as const, count: f.sample, median: f.median }
    : { enough: false as const, count: f.sample };
}
