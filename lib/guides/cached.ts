import "server-only";
import { unstable_cache } from "next/cache";
import type { RoleFamily } from "@/db/schema";
import { getGuideSkillDemand } from "./demand";
import { getGuideLiveFigures } from "./live";
import { getGuideBySlug, getGuideFigures, type GuideDetail } from "./queries";
import { getDemandTrend } from "./trend";

/** JSON-safe for the data cache: dates as ISO strings. */
export function serializeGuide(guide: GuideDetail) {
  return { ...guide, updatedAt: guide.updatedAt.toISOString(), createdAt: guide.createdAt.toISOString() };
}

/** Cache tags: writers of listings revalidate LISTINGS_TAG, guide editors GUIDES_TAG. */
export const LISTINGS_TAG = "listings";
export const GUIDES_TAG = "guides";
/** Figures are recomputed at least this often even when no write revalidates them. */
export const GUIDE_REVALIDATE_SECONDS = 600;

/** The guide's editorial content, cached until a guide changes (or 10 minutes pass). */
export const getCachedGuide = unstable_cache(
  async (slug: string) => {
    const guide = await getGuideBySlug(slug);
    return guide ? serializeGuide(guide) : null;
  },
  ["guide-content"],
  { tags: [GUIDES_TAG], revalidate: GUIDE_REVALIDATE_SECONDS },
);

/** Live figures, cached until listings change (or 10 minutes pass). */
export const getCachedGuideFigures = unstable_cache(
  async (guideId: number, roleFamily: RoleFamily) => getGuideFigures({ id: guideId, roleFamily }),
  ["guide-figures"],
  { tags: [LISTINGS_TAG], revalidate: GUIDE_REVALIDATE_SECONDS },
);

export type CachedGuide = ReturnType<typeof serializeGuide>;

/** Live figures from the searches they link to (lib/guides/live.ts), cached like the others. */
export const getCachedGuideLiveFigures = unstable_cache(
  async (guideSlug: string) => getGuideLiveFigures(guideSlug),
  ["guide-live-figures"],
  { tags: [LISTINGS_TAG], revalidate: GUIDE_REVALIDATE_SECONDS },
);

/** Weekly postings per role family over the last 90 days (lib/guides/trend.ts). */
export const getCachedDemandTrend = unstable_cache(async () => getDemandTrend(), ["guide-demand-trend"], {
  tags: [LISTINGS_TAG],
  revalidate: GUIDE_REVALIDATE_SECONDS,
});

/** Skill demand for a guide's skills (lib/guides/demand.ts), shared by the guide and its roadmap. */
export const getCachedGuideSkillDemand = unstable_cache(
  async (guideSlug: string) => getGuideSkillDemand(guideSlug),
  ["guide-skill-demand"],
  { tags: [LISTINGS_TAG], revalidate: GUIDE_REVALIDATE_SECONDS },
);
