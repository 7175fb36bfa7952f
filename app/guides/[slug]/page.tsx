import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GuideArticle } from "@/components/guide/guide-article";
import { getCachedGuide, getCachedGuideFigures, getCachedGuideLiveFigures } from "@/lib/guides/cached";

type Props = { params: Promise<{ slug: string }> };

// Served from cache: rendered on a guide's first visit, then kept until listings or the
// guide change (tag revalidation) and at most 10 minutes. Nothing is built at build time,
// so `next build` needs no database.
export const revalidate = 600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const load = (slug: string) => (/^[a-z0-9-]{1,80}$/.test(slug) ? getCachedGuide(slug) : Promise.resolve(null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await load((await params).slug);
  return guide ? { title: `${guide.title} career guide`, description: guide.summary } : { title: "Guide not found" };
}

export default async function GuidePage({ params }: Props) {
  const guide = await load((await params).slug);
  if (!guide) notFound();
  const [figures, live] = await Promise.all([
    getCachedGuideFigures(guide.id, guide.roleFamily),
    getCachedGuideLiveFigures(guide.slug),
  ]);
  return <GuideArticle guide={guide} figures={figures} live={live} />;
}
