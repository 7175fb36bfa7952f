import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getGuides } from "@/lib/guides/queries";
import { absoluteUrl } from "@/lib/public-origin";
import { listingsLastChanged } from "@/lib/seo/sitemap";

// Read at request time: the build opens no database.
export const dynamic = "force-dynamic";

/** The site's own pages: home, search, the guide index, each guide and its roadmap (/guides/sitemap.xml). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const [guides, listings] = await Promise.all([getGuides(), listingsLastChanged()]);
  const live = listings ?? undefined;
  return [
    { url: absoluteUrl("/"), lastModified: live },
    { url: absoluteUrl("/jobs"), lastModified: live },
    { url: absoluteUrl("/guides") },
    ...guides.flatMap((g) => [
      // A guide's figures follow the listings; its prose follows the guide.
      { url: absoluteUrl(`/guides/${g.slug}`), lastModified: live && live > g.updatedAt ? live : g.updatedAt },
      { url: absoluteUrl(`/guides/${g.slug}/roadmap`), lastModified: g.updatedAt },
    ]),
  ];
}
