import type { REPORT_REASONS } from "@/db/enums";

// Shared by the forms in the browser and the zod schemas on the server (kept free of zod).
export const REPORT_NOTE_MAX = 1000;
export const REMOVAL_REASON_MAX = 500;

export const REASON_LABEL: Record<(typeof REPORT_REASONS)[number], string> = {
  scam: "Scam or fraud",
  misleading_pay: "Misleading pay",
  discriminatory: "Discriminatory",
  duplicate: "Duplicate listing",
  expired: "Expired but still listed",
  other: "Something else",
};
