import { z } from "zod";
import { PIPELINE_STAGES, QUESTION_KINDS } from "@/db/enums";
import { dbId, flag, line, multiline } from "@/lib/validation/fields";

/* Inputs of the application forms and the recruiter's pipeline (zod, field-level messages). */

export const COVER_NOTE_MAX = 3000;
export const REJECTION_MESSAGE_MAX = 2000;
export const NOTE_MAX = 2000;
export const SHORT_ANSWER_MAX = 300;
/** Largest answer to a number question (years, notice days, hours a week: 1,000,000 leaves room for any of them). */
export const NUMBER_ANSWER_MAX = 1_000_000;
export const QUESTIONS_MAX = 10;

/** Stages a recruiter moves an application to (rejecting has its own action; withdrawing is the applicant's). */
export const MOVABLE_STAGES = ["new", "reviewing", "interviewing", "offer", "hired"] as const;

export const STAGE_NAMES: Record<(typeof PIPELINE_STAGES)[number], string> = {
  new: "New",
  reviewing: "Reviewing",
  interviewing: "Interviewing",
  offer: "Offer",
  hired: "Hired",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/;

/**
 * The apply form's own fields. Screening answers arrive as `q<questionId>` fields and are
 * checked against the listing's questions by the service (it knows which are required).
 */
export const applyInputSchema = z
  .object({
    jobId: dbId("Unknown role"),
    name: line({ max: 120, min: 1, required: "Enter your name" }),
    email: line({ max: 254, min: 1, required: "Enter your email" }).refine(
      (v) => EMAIL.test(v),
      "Enter an email like ada@example.com",
    ),
    headline: line({ max: 200 }).default(""),
    location: line({ max: 120 }).default(""),
    yearsExperience: z
      .string()
      .trim()
      .default("")
      .refine((v) => v === "" || (/^\d{1,2}$/.test(v) && Number(v) <= 60), "Enter whole years, 0 to 60")
      .transform((v) => (v === "" ? null : Number(v))),
    coverNote: multiline({
      max: COVER_NOTE_MAX,
      tooLong: `Keep the cover note to ${COVER_NOTE_MAX.toLocaleString("en-US")} characters or fewer`,
    }).default(""),
    // "profile": the CV kept on the profile; "upload": the file in `cv`.
    cvSource: z.enum(["upload", "profile"], { error: "Choose a CV" }).default("upload"),
    saveAsDefault: flag().default(false),
    submissionId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/)
      .optional()
      .catch(undefined),
  })
  .catchall(z.union([z.string(), z.array(z.string())]));

export const applicationIdInput = z.object({ applicationId: dbId("Unknown application") });

export const moveInput = applicationIdInput.extend({
  stage: z.enum(MOVABLE_STAGES, { error: "Choose a stage" }),
});

export const rejectInput = z.object({
  applicationIds: z
    .array(dbId("Unknown application"))
    .min(1, "Choose at least one applicant")
    .max(200, "Reject at most 200 at once"),
  message: multiline({ max: REJECTION_MESSAGE_MAX }).default(""),
});

export const noteInput = applicationIdInput.extend({
  body: multiline({ max: NOTE_MAX, min: 1, required: "Write the note first" }),
});

/** One screening question of the posting form. */
export const questionInput = z.object({
  prompt: line({ max: 200, min: 3, required: "Write the question (at least 3 characters)" }),
  kind: z.enum(QUESTION_KINDS, { error: "Choose the kind of answer" }),
  required: flag().default(false),
});
export type QuestionInput = z.output<typeof questionInput>;
