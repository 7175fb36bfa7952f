import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GuideArticle } from "@/components/guide/guide-article";
import { getCachedGuide, getCachedGuideFigures } from "@/lib/guides/cached";

type Props = { params: Promise<{ slug: string }> };

// Rendered per request (the CSP nonce: app/layout.tsx), from cached data: the guide and its
// figures are kept until listings or the guide change (tag revalidation) and at most 10
// minutes (lib/guides/cached.ts), so a visit costs a render, not a database query.

const load = (slug: string) => (/^[a-z0-9-]{1,80}$/.test(slug) ? getCachedGuide(slug) : Promise.resolve(null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await load((await params).slug);
  return guide ? { title: `${guide.title} career guide`, description: guide.summary } : { title: "Guide not found" };
}

export default async function GuidePage({ params }: Props) {
  const guide = await load((await params).slug);
  if (!guide) notFound();
  const figures = await getCachedGuideFigures(guide.id, guide.roleFamily);
  return <GuideArticle guide={guide} figures={figures} />;
}
