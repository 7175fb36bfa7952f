import { z } from "zod";
import { APPLICATION_STAGES } from "@/db/enums";

const isoDate = z
  .string()
  .trim()
  .transform((v) => v || null)
  .pipe(z.iso.date({ error: "Use a date like 2026-11-28" }).nullable());

/** The tracker's edit form. Every field is optional: a stage move sends just the stage. */
export const trackerUpdateSchema = z.object({
  id: z.coerce.number().int().positive(),
  stage: z.enum(APPLICATION_STAGES, { error: "Choose a stage" }).optional(),
  notes: z.string().max(5000, "Notes can be at most 5,000 characters").optional(),
  appliedOn: isoDate.optional(),
  nextStep: z.string().trim().max(200, "Keep the next step under 200 characters").optional(),
  nextStepOn: isoDate.optional(),
});

export type TrackerUpdate = z.infer<typeof trackerUpdateSchema>;

export const STAGE_LABEL: Record<(typeof APPLICATION_STAGES)[number], string> = {
  saved: "Saved",
  applied: "Applied",
  interviewing: "Interviewing",
  offer: "Offer",
  rejected: "Rejected",
  ghosted: "No reply",
};
