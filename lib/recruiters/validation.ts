import { z } from "zod";
import { QUESTIONS_MAX, questionInput, type QuestionInput } from "@/lib/applications/validation";
import {
  APPLY_MODES,
  CURRENCIES,
  EMPLOYMENT_TYPES,
  JOB_LEVELS,
  PAY_PERIODS,
  ROLE_FAMILIES,
  WORKPLACES,
} from "@/db/enums";
import { parsePayAmount } from "@/lib/pay/parse";
import { ANNUAL_USD_MAX, ANNUAL_USD_MIN, annualUsd, MAX_RANGE_RATIO } from "./pay";
import { dbId, isCleanText } from "@/lib/validation/fields";
import { REGION_VALUES } from "./regions";

const DAY = 86_400_000;
export const DEFAULT_OPEN_DAYS = 30;
export const MAX_OPEN_DAYS = 90;
export const DESCRIPTION_MIN = 50;
export const DESCRIPTION_MAX = 20_000;

/** yyyy-mm-dd of a date in UTC. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** A closing day means open until the end of that day (UTC). */
export const endOfDay = (day: string) => new Date(`${day}T23:59:59.999Z`);
export const defaultClosesOn = (now = new Date()) => isoDay(new Date(now.getTime() + DEFAULT_OPEN_DAYS * DAY));

// "120k", "$150,000" and "150,000" are all pay (lib/pay/parse.ts); anything else, an empty
// field included, is asked for again as a number.
const money = (what: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (parsePayAmount(v) ?? Number.NaN) : v),
    z
      .number({ error: `Enter the ${what} pay as a number` })
      .int(`Use a whole number for the ${what} pay`)
      .positive(`The ${what} pay must be above zero`)
      .max(100_000_000, `That ${what} pay is too large`),
  );

const required = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, message)
    .refine((v) => isCleanText(v), CONTROL_MESSAGE);
/** Free text of a listing or company: stored in Postgres (no NUL) and written into feeds (XML). */
const text = (max: number, tooLong: string, multi = false) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .refine((v) => isCleanText(v, multi), CONTROL_MESSAGE);
const CONTROL_MESSAGE = "Remove the control characters from this text";

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/;

/** "https://…" stays; "jobs@acme.com" (or "mailto:jobs@acme.com") becomes a mailto: link. */
export function normalizeApply(raw: string): string | null {
  const value = raw.trim();
  const email = value.replace(/^mailto:/i, "");
  if (EMAIL.test(email) && email.length <= 254) return `mailto:${email}`;
  try {
    const url = new URL(value);
    if ((url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".")) return url.href;
  } catch {
    // not a URL
  }
  return null;
}

/** The posting form. Built per request: the closing date is checked against today. */
export function jobInputSchema(now = new Date()) {
  const today = isoDay(now);
  const latest = isoDay(new Date(now.getTime() + MAX_OPEN_DAYS * DAY));
  return (
    z
      .object({
        title: required("Give the role a title").max(120, "Keep the title under 120 characters"),
        roleFamily: z
          .union([z.enum(ROLE_FAMILIES, { error: "Choose a role family from the list" }), z.literal("")])
          .default(""),
        level: z.enum(JOB_LEVELS, { error: "Choose a level" }),
        employmentType: z.enum(EMPLOYMENT_TYPES, { error: "Choose a type of employment" }),
        workplace: z.enum(WORKPLACES, { error: "Choose remote, hybrid or on-site" }),
        location: text(120, "Keep the location under 120 characters").default(""),
        applicantRegions: z
          .array(z.enum(REGION_VALUES, { error: "Choose places from the list" }))
          .max(12, "Choose at most 12 places")
          .default([]),
        salaryMin: money("lowest"),
        salaryMax: money("highest"),
        salaryCurrency: z.enum(CURRENCIES, { error: "Choose a currency" }),
        salaryPeriod: z.enum(PAY_PERIODS, { error: "Choose how the pay is counted" }),
        skills: z
          .array(z.string().regex(/^[a-z0-9-]{1,60}$/, "Choose skills from the list"))
          .max(20, "Choose at most 20 skills")
          .default([]),
        description: z
          .string({ error: "Describe the role" })
          .trim()
          .min(DESCRIPTION_MIN, `Describe the role in at least ${DESCRIPTION_MIN} characters`)
          .max(DESCRIPTION_MAX, `Keep the description under ${DESCRIPTION_MAX.toLocaleString("en-US")} characters`)
          .refine((v) => isCleanText(v, true), CONTROL_MESSAGE),
        // "ladder": applications on Ladder (with screening questions); else the link or address in `apply`.
        applyMode: z.enum(APPLY_MODES, { error: "Choose how people apply" }).default("external"),
        apply: z.string().trim().max(2000, "That link is too long").default(""),
        questionPrompt: z.array(z.string()).max(QUESTIONS_MAX, `Ask at most ${QUESTIONS_MAX} questions`).default([]),
        questionKind: z.array(z.string()).default([]),
        questionRequired: z.array(z.string()).default([]),
        closesOn: z
          .string({ error: "Choose a closing date" })
          .trim()
          .pipe(z.iso.date({ error: "Use a date like 2026-12-31" }))
          .refine((d) => d > today, "The closing date must be after today")
          .refine(
            (d) => d <= latest,
            `A role can stay open at most ${MAX_OPEN_DAYS} days: choose ${latest} or earlier`,
          ),
      })
      .superRefine((v, ctx) => {
        if (v.applyMode !== "external" || typeof v.apply !== "string") return;
        if (!v.apply)
          ctx.addIssue({ code: "custom", path: ["apply"], message: "Say where to apply: a link or an email address" });
        else if (!normalizeApply(v.apply)) {
          ctx.addIssue({
            code: "custom",
            path: ["apply"],
            message: "Enter a link starting with https:// or an email address",
          });
        }
      })
      .superRefine((v, ctx) => {
        if (!Array.isArray(v.questionPrompt)) return;
        v.questionPrompt.forEach((prompt, i) => {
          if (!prompt.trim()) return;
          const q = questionInput.safeParse({
            prompt,
            kind: v.questionKind?.[i],
            required: v.questionRequired?.[i] === "required",
          });
          if (!q.success) {
            for (const issue of q.error.issues) {
              const field = issue.path[0] === "kind" ? "questionKind" : "questionPrompt";
              ctx.addIssue({ code: "custom", path: [field, i], message: `Question ${i + 1}: ${issue.message}` });
            }
          }
        });
      })
      // Cross-field checks run even when other fields have errors, so every message shows at
      // once; each runs only when the fields it reads are valid.
      .superRefine(
        (v, ctx) => {
          if (v.workplace !== "remote" && typeof v.location === "string" && !v.location) {
            ctx.addIssue({
              code: "custom",
              path: ["location"],
              message: "Say where the role is based, like Berlin, Germany",
            });
          }
        },
        { when: (payload) => !payload.issues.some((i) => i.path?.[0] === "location") },
      )
      .superRefine(
        (v, ctx) => {
          if (v.salaryMax < v.salaryMin) {
            ctx.addIssue({
              code: "custom",
              path: ["salaryMax"],
              message: "The highest pay must be at least the lowest",
            });
            return;
          }
          if (v.salaryMax > v.salaryMin * MAX_RANGE_RATIO) {
            ctx.addIssue({
              code: "custom",
              path: ["salaryMax"],
              message: `Give a real range: the top can be at most ${MAX_RANGE_RATIO} times the bottom`,
            });
          }
          const low = annualUsd(v.salaryMin, v.salaryCurrency, v.salaryPeriod);
          const high = annualUsd(v.salaryMax, v.salaryCurrency, v.salaryPeriod);
          if (low < ANNUAL_USD_MIN) {
            ctx.addIssue({
              code: "custom",
              path: ["salaryMin"],
              message: `That is under $${ANNUAL_USD_MIN.toLocaleString("en-US")} a year: check the amount and the period`,
            });
          }
          if (high > ANNUAL_USD_MAX) {
            ctx.addIssue({
              code: "custom",
              path: ["salaryMax"],
              message: "That is over $5M a year: check the amount, currency and period",
            });
          }
        },
        { when: (payload) => !payload.issues.some((i) => PAY_FIELDS.has(String(i.path?.[0]))) },
      )
  );
}

const PAY_FIELDS = new Set(["salaryMin", "salaryMax", "salaryCurrency", "salaryPeriod"]);

export type JobInput = z.output<ReturnType<typeof jobInputSchema>>;

/** The posting form's screening questions: rows with a prompt, in order. */
export function questionsOf(input: JobInput): QuestionInput[] {
  return input.questionPrompt.flatMap((prompt, i) => {
    const q = questionInput.safeParse({
      prompt,
      kind: input.questionKind[i],
      required: input.questionRequired[i] === "required",
    });
    return q.success ? [q.data] : [];
  });
}

export const COMPANY_SIZES = ["1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000", "5001+"] as const;

const website = z
  .string()
  .trim()
  .max(300, "That address is too long")
  .transform((v, ctx) => {
    if (!v) return null;
    try {
      const url = new URL(/^https?:\/\//i.test(v) ? v : `https://${v}`);
      if ((url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes("."))
        return url.href.replace(/\/$/, "");
    } catch {
      // fall through
    }
    ctx.addIssue({ code: "custom", message: "Enter a web address like https://example.com" });
    return z.NEVER;
  });

export const companyFields = {
  name: required("Give the company's name").max(100, "Use at most 100 characters"),
  website,
  size: z.enum(COMPANY_SIZES, { error: "Choose the company's size" }),
  headquarters: text(100, "Use at most 100 characters").default(""),
  about: text(2000, "Keep this under 2,000 characters", true).default(""),
};

export const companyCreateSchema = z.object({
  ...companyFields,
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(60, "Use at most 60 characters")
    .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "Use lowercase letters, digits and single dashes")
    .default(""),
});
export const companyUpdateSchema = z.object(companyFields);

export const jobIdInput = z.object({
  jobId: dbId("Unknown role"),
});
export const renewInput = jobIdInput.extend({
  days: z.coerce
    .number()
    .int()
    .min(1, "Renew for at least 1 day")
    .max(MAX_OPEN_DAYS, `Renew for at most ${MAX_OPEN_DAYS} days`)
    .default(DEFAULT_OPEN_DAYS),
});
export const inviteTokenInput = z.object({
  token: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{20,100}$/, "This invite link is not valid"),
});
