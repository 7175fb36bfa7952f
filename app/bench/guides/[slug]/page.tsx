import { notFound } from "next/navigation";
import { connection } from "next/server";
import { GuideArticle } from "@/components/guide/guide-article";
import { serializeGuide } from "@/lib/guides/cached";
import { getGuideSkillDemand } from "@/lib/guides/demand";
import { getGuideLiveFigures } from "@/lib/guides/live";
import { getGuideBySlug, getGuideFigures } from "@/lib/guides/queries";
import { env } from "@/env";

/* The guide rendered on every request, for `npm run bench` to compare with the cached
   /guides/[slug]. Exists only when the server runs with LADDER_BENCH_ROUTES=1. */
export const metadata = { robots: { index: false } };

export default async function UncachedGuidePage({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  if (!env().LADDER_BENCH_ROUTES) notFound();
  const guide = await getGuideBySlug((await params).slug);
  if (!guide) notFound();
  const [figures, live, demand] = await Promise.all([
    getGuideFigures(guide),
    getGuideLiveFigures(guide.slug),
    getGuideSkillDemand(guide.slug),
  ]);
  return <GuideArticle guide={serializeGuide(guide)} figures={figures} live={live} demand={demand} />;
}
