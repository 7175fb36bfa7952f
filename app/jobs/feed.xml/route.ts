import { connection } from "next/server";
import { getJobsBySearchForFeed } from "@/lib/feeds/jobs-feed";
import { listingsAtom } from "@/lib/feeds/atom";
import { canonicalSearchPath } from "@/lib/seo/canonical";
import { fromURLSearchParams, parseSearchParamsLenient } from "@/lib/search/params";

/**
 * GET /jobs/feed.xml?<search parameters>: the 50 newest open listings matching the same
 * parameters as /jobs (a bad parameter is dropped, as the page does), as Atom. The sort is
 * always newest first, which is what a feed reader expects.
 */
export async function GET(request: Request) {
  await connection();
  const { params } = parseSearchParamsLenient(fromURLSearchParams(new URL(request.url).searchParams));
  const items = await getJobsBySearchForFeed(params);
  const page = canonicalSearchPath(params);
  const query = page.slice("/jobs".length);
  const xml = listingsAtom(
    {
      selfPath: `/jobs/feed.xml${query}`,
      title: params.q ? `Ladder: jobs matching “${params.q}”` : "Ladder: newest jobs",
      alternatePath: page,
      fallbackUpdated: new Date(0),
    },
    items,
  );
  return new Response(xml, {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}
