import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ListingArticle } from "@/components/listing/listing-article";
import { ViewBeacon } from "@/components/listing/view-beacon";
import { getCachedListing, getCachedSimilarOpenJobs } from "@/lib/jobs/cached";
import { markdownToText } from "@/lib/markdown/markdown";
import { findRenamedSlug } from "@/lib/slug-redirects";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Rendered per request (the CSP nonce: app/layout.tsx) from cached data, like the guide: the
// listing is kept until a listing write calls revalidateListings() (publish, close, edit,
// removal) and at most 10 minutes (lib/jobs/cached.ts), so a visit costs a render, not a
// database query. Views are counted by the browser (ViewBeacon), not by this render.

const loadJob = (slug: string) => (slug.length > 300 ? Promise.resolve(null) : getCachedListing(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const job = await loadJob((await params).slug);
  if (!job) return { title: "Listing not found" };
  const title = `${job.title} at ${job.company.name}`;
  const description = job.removedAt ? "This listing was removed." : summary(job.description);
  const path = `/jobs/${job.slug}`;
  return {
    title,
    description,
    alternates: { canonical: path },
    // The image comes from ./opengraph-image.tsx (and twitter-image.tsx), which Next adds.
    openGraph: { title, description, url: path, type: "website", siteName: "Ladder" },
    twitter: { card: "summary_large_image", title, description },
    // A closed, expired or removed listing stays readable for people with its link, but
    // leaves search engines' indexes (it carries no JobPosting markup either).
    ...(job.isOpen ? {} : { robots: { index: false, follow: true } }),
  };
}

/** The first words of a description, for meta descriptions (at most 160 characters). */
function summary(markdown: string): string {
  const text = markdownToText(markdown);
  return text.length <= 160 ? text : `${text.slice(0, 157).replace(/\s+\S*$/, "")}…`;
}

export default async function JobPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const job = await loadJob(slug);
  const query = await searchParams;
  if (!job) {
    // A slug rewritten by the transliteration fix: its old address moved for good.
    const moved = slug.length > 300 ? null : await findRenamedSlug("job", slug);
    if (moved) permanentRedirect(`/jobs/${moved}`);
    notFound();
  }
  // A closed listing points to open roles like it.
  const similar = job.isOpen ? [] : await getCachedSimilarOpenJobs(job);
  return (
    <>
      <ListingArticle job={job} similar={similar} autoSave={query.save === "1"} openReport={query.report === "1"} />
      <ViewBeacon slug={job.slug} />
    </>
  );
}
