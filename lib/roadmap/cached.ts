import "server-only";
import { unstable_cache } from "next/cache";
import { GUIDE_REVALIDATE_SECONDS, GUIDES_TAG, LISTINGS_TAG } from "@/lib/guides/cached";
import { getRoadmapByGuideSlug, getRoadmapDemand } from "./queries";

/** The roadmap's content changes with the guide's: same tag. */
export const getCachedRoadmap = unstable_cache(
  async (slug: string) => getRoadmapByGuideSlug(slug),
  ["roadmap-content"],
  {
    tags: [GUIDES_TAG],
    revalidate: GUIDE_REVALIDATE_SECONDS,
  },
);

/** Live skill and level demand, recomputed when listings change (or every 10 minutes), like the guide's figures. */
export const getCachedRoadmapDemand = unstable_cache(
  async (guideSlug: string) => getRoadmapDemand({ slug: guideSlug }),
  ["roadmap-demand"],
  { tags: [LISTINGS_TAG], revalidate: GUIDE_REVALIDATE_SECONDS },
);
