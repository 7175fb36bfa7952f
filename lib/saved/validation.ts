import { z } from "zod";
import { APPLICATION_STAGES } from "@/db/enums";
import { dbId, line, multiline } from "@/lib/validation/fields";

const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A yyyy-mm-dd date between `from` and `to` days from today (checked when parsed, so
 * "today" is the request's), or empty for none.
 */
const isoDate = (range: { fromDays: number; toDays: number; message: string }) =>
  z
    .string()
    .trim()
    .transform((v) => v || null)
    .pipe(z.iso.date({ error: "Use a date like 2026-11-28" }).nullable())
    .refine((v) => {
      // A malformed date already has its message from z.iso.date().
      if (v === null || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return true;
      const now = Date.now();
      return v >= isoDay(new Date(now + range.fromDays * DAY)) && v <= isoDay(new Date(now + range.toDays * DAY));
    }, range.message);

// Applied: not in the future (a day's grace for time zones), and not before the 1970s
// (2999-01-01 or 1900-01-01 are typos). A next step: within two years either way.
const appliedOn = isoDate({
  fromDays: -20 * 365,
  toDays: 1,
  message: "Choose a day in the past 20 years, not after today",
});
const nextStepOn = isoDate({ fromDays: -2 * 365, toDays: 2 * 365, message: "Choose a day within two years of today" });

/** The tracker's edit form. Every field is optional: a stage move sends just the stage. */
export const trackerUpdateSchema = z.object({
  id: dbId("Unknown role"),
  stage: z.enum(APPLICATION_STAGES, { error: "Choose a stage" }).optional(),
  notes: multiline({ max: 5000, tooLong: "Notes can be at most 5,000 characters" }).optional(),
  appliedOn: appliedOn.optional(),
  nextStep: line({ max: 200, tooLong: "Keep the next step under 200 characters" }).optional(),
  nextStepOn: nextStepOn.optional(),
});

export type TrackerUpdate = z.infer<typeof trackerUpdateSchema>;
