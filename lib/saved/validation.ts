import { z } from "zod";
import { APPLICATION_STAGES } from "@/db/enums";
import { dbId, line, multiline } from "@/lib/validation/fields";

const isoDate = z
  .string()
  .trim()
  .transform((v) => v || null)
  .pipe(
    z.iso
      .date({ error: "Use a date like 2026-11-28" })
      // Postgres has no year 0, and a tracker date is in a working life.
      .refine((d) => d >= "1900-01-01" && d <= "2199-12-31", "Use a date between 1900 and 2199")
      .nullable(),
  );

/** The tracker's edit form. Every field is optional: a stage move sends just the stage. */
export const trackerUpdateSchema = z.object({
  id: dbId("Unknown role"),
  stage: z.enum(APPLICATION_STAGES, { error: "Choose a stage" }).optional(),
  notes: multiline({ max: 5000, tooLong: "Notes can be at most 5,000 characters" }).optional(),
  appliedOn: isoDate.optional(),
  nextStep: line({ max: 200, tooLong: "Keep the next step under 200 characters" }).optional(),
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
