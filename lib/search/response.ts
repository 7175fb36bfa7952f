import "server-only";
import { readDb, type Database } from "@/db";
import type { JobCard } from "@/lib/jobs/queries";
import { summarizeMatch } from "@/lib/matches/describe";
import type { MatchViewer } from "@/lib/matches/queries";
import type { SearchParams } from "./params";
import { resolveSkillFilter } from "./conditions";
import { getSalaryHistogram } from "./histogram";
import { getJobsBySearch } from "./query";
import { getSearchSuggestions } from "./suggestions";
import { withTextQuery } from "./terms";
import type { ApiJob, ApiSearchResponse } from "./types";

export function toApiJob(job: JobCard, origin = ""): ApiJob {
  const hasPay = job.salaryMin !== null || job.salaryMax !== null;
  return {
    id: job.id,
    slug: job.slug,
    title: job.title,
    company: job.company,
    level: job.level,
    type: job.employmentType,
    workplace: job.workplace,
    location: job.location,
    salary: hasPay
      ? { min: job.salaryMin, max: job.salaryMax, currency: job.salaryCurrency, period: job.salaryPeriod }
      : null,
    skills: job.skills.map((s) => s.slug),
    skillNames: job.skills.map((s) => s.name),
    publishedAt: job.publishedAt.toISOString(),
    validThrough: job.validThrough?.toISOString() ?? null,
    url: `${origin}/jobs/${job.slug}`,
  };
}

/** Everything a search shows: a page of results, its total, facets, and when empty, suggestions. */
export async function searchJobs(
  params: SearchParams,
  // viewer: the signed-in user; their match shows on every result, and sort=match ranks by it.
  opts: { origin?: string; histogram?: boolean; viewer?: MatchViewer | null } = {},
  database: Database = readDb,
): Promise<ApiSearchResponse> {
  const viewer = opts.viewer ?? undefined;
  // The page and the histogram share one lookup of the skill filter's ids and of the words.
  const [skillIds, resolved] = await Promise.all([
    resolveSkillFilter(params, database),
    withTextQuery(params, database),
  ]);
  const [page, histogram] = await Promise.all([
    getJobsBySearch(resolved, database, { match: viewer, skillIds }),
    opts.histogram ? getSalaryHistogram(resolved, database, { skillIds }) : Promise.resolve(undefined),
  ]);
  const suggestions =
    page.total === 0 && params.q && !params.cursor ? await getSearchSuggestions(params.q, database) : [];
  return {
    items: page.items.map((j) =>
      viewer
        ? { ...toApiJob(j, opts.origin), match: summarizeMatch(j.skills, viewer.doneSlugs) }
        : toApiJob(j, opts.origin),
    ),
    total: page.total,
    totalIsEstimate: page.totalIsEstimate,
    nextCursor: page.nextCursor,
    facets: page.facets,
    suggestions,
    ...(histogram ? { histogram } : {}),
  };
}
