import type { APPLICATION_STAGES } from "@/db/enums";

/** What each tracker stage reads as. Zod-free, so the tracker's client code loads no validation. */
export const STAGE_LABEL: Record<(typeof APPLICATION_STAGES)[number], string> = {
  saved: "Saved",
  applied: "Applied",
  interviewing: "Interviewing",
  offer: "Offer",
  rejected: "Rejected",
  ghosted: "No reply",
};
