import type { MetadataRoute } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { absoluteUrl } from "@/lib/public-origin";
import { openJobsForSitemap, sitemapChunks, sitemapCounts } from "@/lib/seo/sitemap";

// Read at request time: the build opens no database, and listings change all day.
export const dynamic = "force-dynamic";

/** One file per 50,000 open listings: /jobs/sitemap/0.xml, /jobs/sitemap/1.xml, ... (listed by /sitemap.xml). */
export async function generateSitemaps() {
  // Next also calls this at build time (as generateStaticParams), when there is no
  // database to count; the served files are counted per request (force-dynamic), so the
  // build's answer only names the first file.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return [{ id: 0 }];
  const { jobs } = await sitemapCounts();
  return Array.from({ length: sitemapChunks(jobs) }, (_, id) => ({ id }));
}

export default async function sitemap(props: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const rows = await openJobsForSitemap(Number(await props.id));
  return rows.map((r) => ({ url: absoluteUrl(`/jobs/${r.slug}`), lastModified: r.updatedAt }));
}
