import { notFound } from "next/navigation";
import { after, connection } from "next/server";
import { ListingArticle } from "@/components/listing/listing-article";
import { db } from "@/db";
import { env } from "@/env";
import { getJobBySlug } from "@/lib/jobs/queries";
import { getSimilarOpenJobs } from "@/lib/jobs/similar";
import { recordJobView } from "@/lib/recruiters/stats";

/* The listing page as it was before it read cached data: read and counted (a job_stats
   upsert) on every request, for `npm run bench` to compare with the cached /jobs/[slug].
   Exists only when the server runs with LADDER_BENCH_ROUTES=1. */
export const metadata = { robots: { index: false } };

export default async function UncachedListingPage({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  if (!env().LADDER_BENCH_ROUTES) notFound();
  const job = await getJobBySlug((await params).slug);
  if (!job) notFound();
  const similar = job.isOpen ? [] : await getSimilarOpenJobs(job);
  after(() => recordJobView(db, job.id));
  return <ListingArticle job={job} similar={similar} autoSave={false} openReport={false} />;
}
