import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { connection } from "next/server";
import { cache } from "react";
import { QueryBoundary } from "@/components/query-boundary";
import { searchKeys } from "@/components/search/fetch-search";
import { SearchExperience } from "@/components/search/search-experience";
import { getCurrentMatchViewer, MATCH_SORT_NEEDS_SIGN_IN } from "@/lib/matches/viewer";
import { makeQueryClient } from "@/lib/query-client";
import { parseSearchParamsLenient, toQueryString, type RawParams } from "@/lib/search/params";
import { searchJobs } from "@/lib/search/response";
import { canonicalSearchPath } from "@/lib/seo/canonical";

type Props = { searchParams: Promise<RawParams> };

// One React Query client per request on the server.
const getQueryClient = cache(makeQueryClient);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { params } = parseSearchParamsLenient(await searchParams);
  const title = params.q ? `Jobs matching “${params.q.slice(0, 60)}”` : "Jobs";
  const canonical = canonicalSearchPath(params);
  return { title, alternates: { canonical }, openGraph: { title, url: canonical, siteName: "Ladder" } };
}

/** Server-renders the first page (works without JavaScript), then hands it to React Query. */
export default async function JobsPage({ searchParams }: Props) {
  await connection();
  const parsed = parseSearchParamsLenient(await searchParams);
  const viewer = await getCurrentMatchViewer();
  let { params } = parsed;
  const issues = [...parsed.issues];
  if (params.sort === "match" && !viewer) {
    // Best match needs a session: say so, and search in the default order instead.
    issues.push(MATCH_SORT_NEEDS_SIGN_IN);
    params = { ...params, sort: params.q ? "relevance" : "newest", cursor: undefined };
  }
  const qs = toQueryString(params);
  const start = params.cursor ?? null;
  const data = await searchJobs(params, { histogram: true, viewer });

  const queryClient = getQueryClient();
  queryClient.setQueryData(searchKeys.page(qs, start, true), data);
  queryClient.setQueryData(searchKeys.list(qs, start), { pages: [data], pageParams: [start] });

  return (
    <QueryBoundary>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <SearchExperience
          issues={issues}
          now={new Date().toISOString()}
          canMatch={viewer !== null}
          matchNeedsSkills={viewer !== null && viewer.skillIds.length === 0}
        />
      </HydrationBoundary>
    </QueryBoundary>
  );
}
