import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GuideArticle } from "@/components/guide/guide-article";
import {
  getCachedGuide,
  getCachedGuideFigures,
  getCachedGuideLiveFigures,
  getCachedGuideSkillDemand,
} from "@/lib/guides/cached";

type Props = { params: Promise<{ slug: string }> };

// Rendered per request (the CSP nonce: app/layout.tsx), from cached data: the guide and its
// figures are kept until listings or the guide change (tag revalidation) and at most 10
// minutes (lib/guides/cached.ts), so a visit costs a render, not a database query.

const load = (slug: string) => (/^[a-z0-9-]{1,80}$/.test(slug) ? getCachedGuide(slug) : Promise.resolve(null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await load((await params).slug);
  if (!guide) return { title: "Guide not found" };
  const title = `${guide.title} career guide`;
  const path = `/guides/${guide.slug}`;
  return {
    title,
    description: guide.summary,
    alternates: { canonical: path },
    // The image comes from ./opengraph-image.tsx (and twitter-image.tsx), which Next adds.
    openGraph: { title, description: guide.summary, url: path, type: "article", siteName: "Ladder" },
    twitter: { card: "summary_large_image", title, description: guide.summary },
  };
}

export default async function GuidePage({ params }: Props) {
  const guide = await load((await params).slug);
  if (!guide) notFound();
  const [figures, live, demand] = await Promise.all([
    getCachedGuideFigures(guide.id, guide.roleFamily),
    getCachedGuideLiveFigures(guide.slug),
    getCachedGuideSkillDemand(guide.slug),
  ]);
  return <GuideArticle guide={guide} figures={figures} live={live} demand={demand} />;
}
