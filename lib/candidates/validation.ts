import { z } from "zod";
import { JOB_LEVELS, WORKPLACES } from "@/db/enums";
import { dbId, line, multiline } from "@/lib/validation/fields";

/* Inputs of the recruiters' candidate search and of messages to candidates (zod, field-level messages). */

export const CANDIDATES_PAGE_SIZE = 20;
/** Deepest page offered: a search this broad should be narrowed, not paged through. */
export const CANDIDATES_MAX_PAGE = 50;
export const SEARCH_SKILLS_MAX = 20;
export const MESSAGE_SUBJECT_MAX = 150;
export const MESSAGE_BODY_MAX = 5000;
export const REPLY_MAX = 5000;
/** Messages one recruiter may send in any 24 hours (a candidate search is not a mailing list). */
export const MESSAGES_PER_DAY = 20;

const optionalYears = z
  .string()
  .trim()
  .default("")
  .refine((v) => v === "" || (/^\d{1,2}$/.test(v) && Number(v) <= 60), "Enter whole years, 0 to 60")
  .transform((v) => (v === "" ? null : Number(v)));

/**
 * The search form, as a query string: `job` (one of the company's listings as the role) or
 * `skill` (repeated slugs), and the filters. Empty fields mean "any".
 */
export const candidateSearchInput = z
  .object({
    job: z.union([z.literal(""), dbId("Choose one of your listings")]).default(""),
    skill: z
      .array(z.string().regex(/^[a-z0-9-]{1,60}$/, "Choose skills from the list"))
      .max(SEARCH_SKILLS_MAX, `Choose at most ${SEARCH_SKILLS_MAX} skills`)
      .default([]),
    level: z.union([z.enum(JOB_LEVELS, { error: "Choose a level from the list" }), z.literal("")]).default(""),
    minYears: optionalYears,
    maxYears: optionalYears,
    location: line({ max: 100, tooLong: "Use at most 100 characters" }).default(""),
    workplace: z.union([z.enum(WORKPLACES, { error: "Choose remote, hybrid or on-site" }), z.literal("")]).default(""),
    page: z
      .string()
      .trim()
      .default("1")
      .refine(
        (v) => /^\d{1,3}$/.test(v) && Number(v) >= 1 && Number(v) <= CANDIDATES_MAX_PAGE,
        `Choose a page from 1 to ${CANDIDATES_MAX_PAGE}`,
      )
      .transform(Number),
  })
  .refine((v) => v.minYears === null || v.maxYears === null || v.minYears <= v.maxYears, {
    path: ["maxYears"],
    message: "Use a maximum at least as large as the minimum",
  });
export type CandidateSearchInput = z.output<typeof candidateSearchInput>;

/** A recruiter's message to a candidate. */
export const candidateMessageInput = z.object({
  candidateId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, "Unknown candidate"),
  subject: line({ min: 1, max: MESSAGE_SUBJECT_MAX, required: "Write a subject" }),
  body: multiline({ min: 1, max: MESSAGE_BODY_MAX, required: "Write your message" }),
});

/** The candidate's reply to one message. */
export const candidateReplyInput = z.object({
  messageId: dbId("Unknown message"),
  reply: multiline({ min: 1, max: REPLY_MAX, required: "Write your reply" }),
});
