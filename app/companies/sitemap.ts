import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { absoluteUrl } from "@/lib/public-origin";
import { companiesForSitemap, sitemapChunks, sitemapCounts } from "@/lib/seo/sitemap";

// Read at request time: the build opens no database.
export const dynamic = "force-dynamic";

/** Company pages with an open role, 50,000 per file: /companies/sitemap/0.xml, ... */
export async function generateSitemaps() {
  await connection();
  const { companies } = await sitemapCounts();
  return Array.from({ length: sitemapChunks(companies) }, (_, id) => ({ id }));
}

export default async function sitemap(props: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const rows = await companiesForSitemap(Number(await props.id));
  return rows.map((r) => ({ url: absoluteUrl(`/companies/${r.slug}`), lastModified: r.updatedAt ?? undefined }));
}
