/* Enum values as plain arrays: db/schema.ts builds the Postgres enums from them, and
   client code can import them without pulling in drizzle. */
export const USER_ROLES = ["seeker", "recruiter", "admin"] as const;
/** The one spelling of the role union: sessions, Auth.js's types and the services use it. */
export type UserRole = (typeof USER_ROLES)[number];
export const JOB_LEVELS = ["junior", "mid", "senior", "lead", "principal"] as const;
export const EMPLOYMENT_TYPES = ["full_time", "part_time", "contract", "freelance", "internship"] as const;
export const WORKPLACES = ["remote", "hybrid", "onsite"] as const;
export const JOB_STATUSES = ["draft", "published", "closed"] as const;
export const PAY_PERIODS = ["hour", "day", "week", "month", "year"] as const;
export const CURRENCIES = ["USD", "EUR", "GBP", "CAD", "AUD", "INR"] as const;
export const ROLE_FAMILIES = ["backend", "frontend", "fullstack", "devops", "data", "mobile"] as const;
export const APPLICATION_STAGES = ["saved", "applied", "interviewing", "offer", "rejected", "ghosted"] as const;
/** Where a Ladder application stands, as the recruiter moves it (withdrawn: by the applicant). */
export const PIPELINE_STAGES = ["new", "reviewing", "interviewing", "offer", "hired", "rejected", "withdrawn"] as const;
/** How a listing takes applications: on Ladder, or at the employer's link or address. */
export const APPLY_MODES = ["external", "ladder"] as const;
export const QUESTION_KINDS = ["yes_no", "short_text", "number"] as const;
/** What happened to an application that the applicant or the recruiter should be told by mail. */
export const APPLICATION_EVENT_KINDS = ["received", "stage_changed", "rejected", "withdrawn"] as const;
export const PROFILE_VISIBILITIES = ["private", "public"] as const;
export const REPORT_REASONS = ["scam", "misleading_pay", "discriminatory", "duplicate", "expired", "other"] as const;
// open: waiting for an admin; dismissed: reviewed, no action; actioned: the listing was removed.
export const REPORT_STATUSES = ["open", "dismissed", "actioned"] as const;
export const MODERATION_ACTIONS = [
  "unpublish",
  "restore",
  "dismiss_reports",
  "verify_company",
  "unverify_company",
] as const;
export const MILESTONE_KINDS = ["skill", "topic", "certification", "project"] as const;
export const MILESTONE_STATUSES = ["todo", "learning", "done", "skipped"] as const;
/** What a kept old slug pointed at (slug_redirects). */
export const SLUG_KINDS = ["company", "job"] as const;
/** Where listings are imported from (lib/import/sources). */
export const IMPORT_SOURCE_KINDS = ["greenhouse", "lever", "ashby", "jsonld"] as const;
/** How often a saved search's new listings are mailed (lib/alerts/). */
export const ALERT_FREQUENCIES = ["off", "daily", "weekly"] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];
/** What a one-time account token proves (lib/accounts/tokens.ts). */
export const ACCOUNT_TOKEN_PURPOSES = ["password_reset", "verify_email"] as const;
