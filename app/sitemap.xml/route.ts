import { connection } from "next/server";
import { absoluteUrl } from "@/lib/public-origin";
import { sitemapChunks, sitemapCounts } from "@/lib/seo/sitemap";

/**
 * GET /sitemap.xml: a sitemap index (sitemaps.org) naming the site's sitemap files: the
 * guides and site pages, then the company and listing files, one per 50,000 URLs (the
 * same split their generateSitemaps() make). Every URL is on the public origin.
 */
export async function GET() {
  await connection();
  const counts = await sitemapCounts();
  const files = [
    "/guides/sitemap.xml",
    ...Array.from({ length: sitemapChunks(counts.companies) }, (_, i) => `/companies/sitemap/${i}.xml`),
    ...Array.from({ length: sitemapChunks(counts.jobs) }, (_, i) => `/jobs/sitemap/${i}.xml`),
  ];
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...files.map((f) => `<sitemap><loc>${absoluteUrl(f)}</loc></sitemap>`),
    "</sitemapindex>",
    "",
  ].join("\n");
  return new Response(body, {
    headers: {
      "content-type": "application/xml; charset=utf-8",
      "cache-control": "public, max-age=0, must-revalidate",
    },
  });
}
