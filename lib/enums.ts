/*
 * Enum values and their types for the layers above the database (components import
 * these, never db/). The lists live in db/enums.ts, where db/schema.ts builds the Postgres
 * enums from the same arrays, so a value exists in one place.
 */
export {
  ALERT_FREQUENCIES,
  APPLICATION_STAGES,
  CURRENCIES,
  EMPLOYMENT_TYPES,
  JOB_LEVELS,
  MILESTONE_STATUSES,
  PAY_PERIODS,
  PIPELINE_STAGES,
  REPORT_REASONS,
  ROLE_FAMILIES,
  WORKPLACES,
  type UserRole,
} from "@/db/enums";
export type { MilestoneStatus } from "@/db/schema";
