import { after, type NextRequest } from "next/server";
import { db } from "@/db";
import { addressKey, currentClientAddress } from "@/lib/http/client-address";
import { readJson } from "@/lib/http/read-json";
import { errorResponse } from "@/lib/http/respond";
import { getCachedListing } from "@/lib/jobs/cached";
import { failure } from "@/lib/result";
import { recordJobView } from "@/lib/recruiters/stats";
import { ViewDedupe } from "@/lib/recruiters/view-dedupe";

export const dynamic = "force-dynamic";

const dedupe = new ViewDedupe();

/**
 * POST /api/jobs/<slug>/view with `{}`: counts one view of the listing for its company's
 * dashboard (job_stats), at most once per client address and listing in 30 minutes. Sent by
 * the listing page's ViewBeacon, so the page itself stays the same for everyone and can be
 * served from cached data. 204 counted or already counted; 404 unknown listing; 415/400 for
 * a body that is not JSON. Cross-origin posts are refused by proxy.ts (403).
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const body = await readJson(request);
  if (!body.ok) return errorResponse(body);
  const { slug } = await params;
  const job = slug.length > 300 ? null : await getCachedListing(slug);
  if (!job) return errorResponse(failure("not_found", "Listing not found"));
  if (dedupe.firstInWindow(`${addressKey(currentClientAddress().address)}|${job.id}`)) {
    after(() => recordJobView(db, job.id));
  }
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
