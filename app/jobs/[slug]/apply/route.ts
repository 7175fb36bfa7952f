import { after, type NextRequest } from "next/server";
import { db } from "@/db";
import { getJobBySlug } from "@/lib/jobs/queries";
import { errorResponse } from "@/lib/http/respond";
import { recordApplyClick } from "@/lib/recruiters/stats";
import { absoluteUrl } from "@/lib/public-origin";
import { failure } from "@/lib/result";
import { findRenamedSlug } from "@/lib/slug-redirects";

/**
 * "Apply" goes through here so that we can count apply clicks for the company, then
 * sends the visitor on to the employer's link (or email). A closed listing sends them
 * back to its page, which says so.
 */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const job = slug.length > 300 ? null : await getJobBySlug(slug);
  if (!job) {
    const moved = slug.length > 300 ? null : await findRenamedSlug("job", slug);
    // Relative, so it stays on the public origin behind a proxy.
    if (moved) return new Response(null, { status: 308, headers: { Location: `/jobs/${moved}/apply` } });
    return errorResponse(failure("not_found", "Listing not found"));
  }
  if (job.isOpen && job.applyMode === "ladder") {
    after(() => recordApplyClick(db, job.id));
    return Response.redirect(absoluteUrl(`/jobs/${job.slug}/application`), 303);
  }
  if (!job.isOpen || !/^(https?:|mailto:)/i.test(job.applyUrl)) {
    return Response.redirect(absoluteUrl(`/jobs/${job.slug}`), 303);
  }
  after(() => recordApplyClick(db, job.id));
  return new Response(null, {
    status: 303,
    headers: { Location: job.applyUrl, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer-when-downgrade" },
  });
}
