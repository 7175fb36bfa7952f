import { z } from "zod";
import { REPORT_REASONS } from "@/db/enums";
import { dbId, multiline } from "@/lib/validation/fields";

import { REMOVAL_REASON_MAX, REPORT_NOTE_MAX } from "./labels";

const id = (message: string) => dbId(message);

/** The "Report this listing" form. */
export const reportSchema = z.object({
  jobId: id("Unknown listing"),
  reason: z.enum(REPORT_REASONS, { error: "Choose a reason" }),
  note: multiline({
    max: REPORT_NOTE_MAX,
    tooLong: `Keep the note under ${REPORT_NOTE_MAX.toLocaleString("en-US")} characters`,
  }).default(""),
});
export type ReportInput = z.infer<typeof reportSchema>;

/** An admin removing a listing says why: the recruiter and the audit trail read it. */
export const unpublishSchema = z.object({
  jobId: id("Unknown listing"),
  reason: multiline({
    min: 3,
    max: REMOVAL_REASON_MAX,
    required: "Say why the listing is removed",
    tooLong: `Keep the reason under ${REMOVAL_REASON_MAX} characters`,
  }),
});
export type UnpublishInput = z.infer<typeof unpublishSchema>;

export const listingIdSchema = z.object({ jobId: id("Unknown listing") });

export const verifySchema = z.object({
  companyId: id("Unknown company"),
  verified: z.enum(["true", "false"], { error: "Choose verified or not" }).transform((v) => v === "true"),
});
export type VerifyInput = z.infer<typeof verifySchema>;
