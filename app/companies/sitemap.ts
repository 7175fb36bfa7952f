import type { MetadataRoute } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { absoluteUrl } from "@/lib/public-origin";
import { companiesForSitemap, sitemapChunks, sitemapCounts } from "@/lib/seo/sitemap";

// Read at request time: the build opens no database.
export const dynamic = "force-dynamic";

/** Company pages with an open role, 50,000 per file: /companies/sitemap/0.xml, ... */
export async function generateSitemaps() {
  // Next also calls this at build time (as generateStaticParams), when there is no
  // database to count; the served files are counted per request (force-dynamic), so the
  // build's answer only names the first file.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return [{ id: 0 }];
  const { companies } = await sitemapCounts();
  return Array.from({ length: sitemapChunks(companies) }, (_, id) => ({ id }));
}

export default async function sitemap(props: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const rows = await companiesForSitemap(Number(await props.id));
  return rows.map((r) => ({ url: absoluteUrl(`/companies/${r.slug}`), lastModified: r.updatedAt ?? undefined }));
}
