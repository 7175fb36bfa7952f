import { after, type NextRequest } from "next/server";
import { db } from "@/db";
import { getJobBySlug } from "@/lib/jobs/queries";
import { recordApplyClick } from "@/lib/recruiters/stats";

/**
 * "Apply" goes through here so that we can count apply clicks for the company, then
 * sends the visitor on to the employer's link (or email). A closed listing sends them
 * back to its page, which says so.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const job = slug.length > 300 ? null : await getJobBySlug(slug);
  if (!job) return new Response("Listing not found", { status: 404 });
  if (!job.isOpen || !/^(https?:|mailto:)/i.test(job.applyUrl)) {
    return Response.redirect(new URL(`/jobs/${job.slug}`, request.url), 303);
  }
  after(() => recordApplyClick(db, job.id));
  return new Response(null, {
    status: 303,
    headers: { Location: job.applyUrl, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer-when-downgrade" },
  });
}
