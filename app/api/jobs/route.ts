import type { NextRequest } from "next/server";
import { getCurrentMatchViewer, MATCH_SORT_NEEDS_SIGN_IN } from "@/lib/matches/viewer";
import { fromURLSearchParams, parseSearchParams } from "@/lib/search/params";
import { searchJobs } from "@/lib/search/response";
import type { ApiError } from "@/lib/search/types";

export const dynamic = "force-dynamic";

/** GET /api/jobs: the search as JSON. Bad parameters get 400 with one issue per field. */
export async function GET(request: NextRequest) {
  const url = request.nextUrl;
  if (url.search.length > 12_000) {
    return Response.json(
      {
        error: "Query string too long",
        issues: [{ path: "query", message: "The query string can be at most 12,000 characters" }],
      } satisfies ApiError,
      { status: 400 },
    );
  }
  const raw = fromURLSearchParams(url.searchParams);
  const histogram = raw.histogram === "1";
  delete raw.histogram;
  const parsed = parseSearchParams(raw);
  if (!parsed.ok) {
    return Response.json({ error: "Invalid search parameters", issues: parsed.issues } satisfies ApiError, {
      status: 400,
    });
  }
  // Signed in, every result carries the user's match; sort=match needs a session (400 otherwise).
  const viewer = await getCurrentMatchViewer();
  if (parsed.params.sort === "match" && !viewer) {
    return Response.json(
      { error: "Invalid search parameters", issues: [MATCH_SORT_NEEDS_SIGN_IN] } satisfies ApiError,
      { status: 400 },
    );
  }
  const body = await searchJobs(parsed.params, { origin: url.origin, histogram, viewer });
  return Response.json(body, viewer ? { headers: { "cache-control": "private, no-store" } } : undefined);
}
