import type { APPLICATION_STAGES, PIPELINE_STAGES } from "@/db/enums";

type TrackerStage = (typeof APPLICATION_STAGES)[number];
type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** What each tracker stage reads as. Zod-free, so the tracker's client code loads no validation. */
export const STAGE_LABEL: Record<TrackerStage, string> = {
  saved: "Saved",
  applied: "Applied",
  interviewing: "Interviewing",
  offer: "Offer",
  rejected: "Rejected",
  ghosted: "No reply",
};

/**
 * The tracker's stage for an application made on Ladder, from its pipeline stage (the
 * tracker keeps its own, coarser list): null for a withdrawn one, which no tracker stage
 * describes (it is listed under "All" only).
 */
export const TRACKER_STAGE_OF: Record<PipelineStage, TrackerStage | null> = {
  new: "applied",
  reviewing: "applied",
  interviewing: "interviewing",
  offer: "offer",
  hired: "offer",
  rejected: "rejected",
  withdrawn: null,
};

/** What an application's stage reads as to its applicant ("new" and "reviewing" are both "Applied"). */
export const APPLICANT_STAGE_LABEL: Record<PipelineStage, string> = {
  new: "Applied",
  reviewing: "Applied",
  interviewing: "Interviewing",
  offer: "Offer",
  hired: "Hired",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};
