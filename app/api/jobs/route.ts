import type { NextRequest } from "next/server";
import { errorResponse } from "@/lib/http/respond";
import { getCurrentMatchViewer, MATCH_SORT_NEEDS_SIGN_IN } from "@/lib/matches/viewer";
import { publicOrigin } from "@/lib/public-origin";
import { failure } from "@/lib/result";
import { fromURLSearchParams, parseSearchParams } from "@/lib/search/params";
import { searchJobs } from "@/lib/search/response";

export const dynamic = "force-dynamic";

const INVALID = "Invalid search parameters";

/** GET /api/jobs: the search as JSON. Bad parameters get 400 with one issue per field. */
export async function GET(request: NextRequest) {
  const url = request.nextUrl;
  if (url.search.length > 12_000) {
    return errorResponse(
      failure("invalid", "Query string too long", [
        { path: "query", message: "The query string can be at most 12,000 characters" },
      ]),
    );
  }
  const raw = fromURLSearchParams(url.searchParams);
  const histogram = raw.histogram === "1";
  delete raw.histogram;
  const parsed = parseSearchParams(raw);
  if (!parsed.ok) return errorResponse(failure("invalid", INVALID, parsed.issues));
  // Signed in, every result carries the user's match; sort=match needs a session (400 otherwise).
  const viewer = await getCurrentMatchViewer();
  if (parsed.params.sort === "match" && !viewer) {
    return errorResponse(failure("invalid", INVALID, [MATCH_SORT_NEEDS_SIGN_IN]));
  }
  const body = await searchJobs(parsed.params, { origin: publicOrigin(), histogram, viewer });
  return Response.json(body, viewer ? { headers: { "cache-control": "private, no-store" } } : undefined);
}
