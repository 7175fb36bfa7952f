import { z } from "zod";
import { MILESTONE_STATUSES } from "@/db/enums";

export const guideSlugSchema = z.string().regex(/^[a-z0-9-]{1,80}$/);

const milestone = z.string({ error: "Choose a milestone" }).regex(/^[a-z0-9-]{1,80}$/, "Unknown milestone");
const status = z.enum(MILESTONE_STATUSES, { error: "Choose todo, learning, done or skipped" });

/** One status change: PUT /api/me/roadmaps/[slug]/progress. */
export const setProgressSchema = z.object({ milestone, status });

/** Browser progress to merge on sign-in: POST /api/me/roadmaps/[slug]/progress/merge. */
export const mergeProgressSchema = z.object({
  entries: z
    .array(
      z.object({ milestone, status, updatedAt: z.iso.datetime({ offset: true, error: "Use an ISO date and time" }) }),
      { error: "Send a list of entries" },
    )
    .max(1000, "Send at most 1,000 entries"),
});
