import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { absoluteUrl } from "@/lib/public-origin";

// The sitemap's address comes from the runtime APP_URL, not the build's.
export const dynamic = "force-dynamic";

/**
 * /robots.txt: crawlers keep out of private pages (accounts, recruiters, admin), the JSON
 * API, private feeds, the bench's uncached pages and the apply redirect (which counts a
 * click); everything public is allowed, and the sitemap index is named.
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/me", "/recruiter", "/admin", "/api/", "/feeds/", "/bench/", "/jobs/*/apply"],
    },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
