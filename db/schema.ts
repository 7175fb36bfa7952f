import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import {
  APPLICATION_STAGES,
  CURRENCIES,
  REPORT_REASONS,
  REPORT_STATUSES,
  MODERATION_ACTIONS,
  PROFILE_VISIBILITIES,
  EMPLOYMENT_TYPES,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  JOB_LEVELS,
  JOB_STATUSES,
  PAY_PERIODS,
  ROLE_FAMILIES,
  SLUG_KINDS,
  USER_ROLES,
  WORKPLACES,
} from "./enums";

/* Column names are written camelCase here and become snake_case in SQL through the
   `casing: "snake_case"` option shared by drizzle.config.ts and db/index.ts. */

const tsvector = customType<{ data: string }>({
  dataType: () => "tsvector",
});

/** Width of jobs.skill_mask; must equal SKILL_MASK_BITS in db/migrate.ts's ladder_skill_mask(). */
export const SKILL_MASK_BITS = 256;
const skillMaskBits = customType<{ data: string }>({
  dataType: () => `bit(${SKILL_MASK_BITS})`,
});

const createdAt = () => timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow();

// ---------------------------------------------------------------- enums

export const userRole = pgEnum("user_role", USER_ROLES);
export const jobLevel = pgEnum("job_level", JOB_LEVELS);
export const employmentType = pgEnum("employment_type", EMPLOYMENT_TYPES);
export const workplace = pgEnum("workplace", WORKPLACES);
export const jobStatus = pgEnum("job_status", JOB_STATUSES);
export const payPeriod = pgEnum("pay_period", PAY_PERIODS);
export const currency = pgEnum("currency", CURRENCIES);
export const roleFamily = pgEnum("role_family", ROLE_FAMILIES);
export const profileVisibility = pgEnum("profile_visibility", PROFILE_VISIBILITIES);
export const applicationStage = pgEnum("application_stage", APPLICATION_STAGES);
export const companyMemberRole = pgEnum("company_member_role", ["owner", "member"]);
export const reportReason = pgEnum("report_reason", REPORT_REASONS);
export const reportStatus = pgEnum("report_status", REPORT_STATUSES);
export const moderationAction = pgEnum("moderation_action", MODERATION_ACTIONS);
export const milestoneKind = pgEnum("milestone_kind", MILESTONE_KINDS);
export const milestoneStatus = pgEnum("milestone_status", MILESTONE_STATUSES);
export const slugKind = pgEnum("slug_kind", SLUG_KINDS);

// ---------------------------------------------------------------- users and Auth.js

export const users = pgTable("users", {
  id: text()
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text(),
  email: text().notNull().unique(),
  emailVerified: timestamp({ withTimezone: true, mode: "date" }),
  image: text(),
  passwordHash: text(),
  role: userRole().notNull().default("seeker"),
  // Bumped on sign-out-everywhere and password change; sessions carrying an older value
  // are refused, so a copied cookie stops working.
  tokenVersion: integer().notNull().default(0),
  // Profile
  headline: text().notNull().default(""),
  location: text().notNull().default(""),
  yearsExperience: integer(),
  targetGuideId: integer().references((): AnyPgColumn => guides.id, { onDelete: "set null" }),
  targetLevel: jobLevel(),
  profileVisibility: profileVisibility().notNull().default("private"),
  createdAt: createdAt(),
});

/** A user's skills, from the shared skills list (roadmap progress will add to it). */
export const userSkills = pgTable(
  "user_skills",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    skillId: integer()
      .notNull()
      .references(() => skills.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.skillId] })],
);

export const accounts = pgTable(
  "accounts",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refresh_token: text(),
    access_token: text(),
    expires_at: integer(),
    token_type: text(),
    scope: text(),
    id_token: text(),
    session_state: text(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = pgTable("sessions", {
  sessionToken: text().primaryKey(),
  userId: text()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: timestamp({ withTimezone: true, mode: "date" }).notNull(),
});

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text().notNull(),
    token: text().notNull(),
    expires: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Sign-in attempts, for rate limiting across processes (and an audit trail). */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    email: text().notNull(),
    ip: text().notNull(),
    succeeded: boolean().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.email, t.createdAt), index().on(t.ip, t.createdAt)],
);

// ---------------------------------------------------------------- companies

export const companies = pgTable("companies", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  website: text(),
  about: text().notNull().default(""),
  size: text(),
  headquarters: text(),
  verified: boolean().notNull().default(false),
  createdAt: createdAt(),
});

/**
 * Old slugs of companies and listings whose slug was rewritten (the transliteration fix of
 * lib/slug.ts): the old URL answers with a permanent redirect to the row's current slug.
 * `target_id` is the company's or the listing's id, by `kind`.
 */
export const slugRedirects = pgTable(
  "slug_redirects",
  {
    kind: slugKind().notNull(),
    oldSlug: text().notNull(),
    targetId: integer().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.oldSlug] })],
);

export const companyMembers = pgTable(
  "company_members",
  {
    companyId: integer()
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: companyMemberRole().notNull().default("member"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.userId] }), index().on(t.userId)],
);

/** Invite links to join a company. Only a hash of the token is stored; each is used once. */
export const companyInvites = pgTable(
  "company_invites",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    companyId: integer()
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    // sha256 of the 256-bit token in the link: a database leak reveals no usable link.
    tokenHash: text().notNull().unique(),
    createdBy: text().references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    usedAt: timestamp({ withTimezone: true, mode: "date" }),
    usedBy: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.companyId)],
);

// ---------------------------------------------------------------- skills

/** The one skills list: listings, roadmap milestones and profiles all point here. */
export const skills = pgTable(
  "skills",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    category: text().notNull(),
  },
  (t) => [index("skills_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops"))],
);

// ---------------------------------------------------------------- jobs

// Annual pay in USD, computed by Postgres so the figure can never drift from the stored
// pay. Rates are fixed planning rates, good enough to compare and filter listings.
const annualUsdSql = (amount: string) =>
  `round(${amount}::numeric
      * CASE salary_period WHEN 'hour' THEN 2080 WHEN 'day' THEN 260 WHEN 'week' THEN 52 WHEN 'month' THEN 12 ELSE 1 END
      * CASE salary_currency WHEN 'EUR' THEN 1.08 WHEN 'GBP' THEN 1.27 WHEN 'CAD' THEN 0.73 WHEN 'AUD' THEN 0.66 WHEN 'INR' THEN 0.012 ELSE 1 END)::integer`;
const annualUsd = (column: "salary_min" | "salary_max") => sql.raw(annualUsdSql(column));

export const jobs = pgTable(
  "jobs",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    companyId: integer()
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    slug: text().notNull().unique(),
    title: text().notNull(),
    roleFamily: roleFamily().notNull(),
    description: text().notNull(),
    level: jobLevel().notNull(),
    employmentType: employmentType().notNull(),
    workplace: workplace().notNull(),
    location: text().notNull(),
    country: text(),
    // City and country in one string, for the location filter's trigram index.
    place: text().generatedAlwaysAs(sql.raw(`location || ' ' || coalesce(country, '')`)),
    salaryMin: integer(),
    salaryMax: integer(),
    salaryCurrency: currency().notNull().default("USD"),
    salaryPeriod: payPeriod().notNull().default("year"),
    salaryMinUsd: integer().generatedAlwaysAs(annualUsd("salary_min")),
    salaryMaxUsd: integer().generatedAlwaysAs(annualUsd("salary_max")),
    // The top of the range (or the only figure): what the salary filter and sort compare.
    salaryTopUsd: integer().generatedAlwaysAs(sql.raw(annualUsdSql("coalesce(salary_max, salary_min)"))),
    applyUrl: text().notNull(),
    // Remote roles: where applicants may live (countries, regions or time-zone bands).
    applicantRegions: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: jobStatus().notNull().default("draft"),
    publishedAt: timestamp({ withTimezone: true, mode: "date" }),
    validThrough: timestamp({ withTimezone: true, mode: "date" }),
    // Copies of the company name and the skill names, kept by the code that writes a
    // listing, because a generated column can only read its own row.
    companyName: text().notNull().default(""),
    skillsText: text().notNull().default(""),
    // The listing's skill ids, sorted: a copy of job_skills that the search filters and
    // counts without a join.
    skillIds: integer()
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    // skill_ids as a bitmask (bit k-1 for skill id k <= 256; ladder_skill_mask() is created
    // by db/migrate.ts). Match ranking counts a user's skills in a listing with one AND and
    // a popcount per row instead of an array search per skill (lib/matches/sql.ts).
    skillMask: skillMaskBits().generatedAlwaysAs(sql.raw(`ladder_skill_mask(skill_ids)`)),
    // cardinality(skill_ids): the share's denominator, readable from the match index.
    skillCount: smallint().notNull().generatedAlwaysAs(sql.raw(`cardinality(skill_ids)`)),
    searchVector: tsvector().generatedAlwaysAs(
      sql.raw(`setweight(to_tsvector('english', title), 'A')
        || setweight(to_tsvector('english', skills_text), 'B')
        || setweight(to_tsvector('english', company_name), 'C')
        || setweight(to_tsvector('english', left(description, 20000)), 'D')`),
    ),
    // Moderation: set when an admin unpublishes the listing (status becomes 'closed').
    // The check below keeps a removed listing from ever being published again.
    removedAt: timestamp({ withTimezone: true, mode: "date" }),
    removedBy: text().references((): AnyPgColumn => users.id, { onDelete: "set null" }),
    removedReason: text(),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    check("jobs_removed_not_published", sql`${t.removedAt} is null or ${t.status} <> 'published'`),
    index("jobs_search_vector_idx").using("gin", t.searchVector),
    index("jobs_title_trgm_idx").using("gin", t.title.op("gin_trgm_ops")),
    // Newest-first order over published listings. It also carries every column the search
    // filters and counts by, so filter-only searches and facet counts are index-only scans.
    index("jobs_published_search_idx")
      .on(
        t.publishedAt.desc().nullsFirst(),
        t.id.desc().nullsFirst(),
        t.validThrough,
        t.workplace,
        t.level,
        t.employmentType,
        t.companyId,
        t.roleFamily,
        t.salaryTopUsd,
        t.skillIds,
      )
      .where(sql`status = 'published'`),
    // Highest pay first over published listings, carrying the columns a pay-sorted search
    // filters by: without them, a filtered pay sort read each listing passed over from the
    // table (51 ms at 300k for remote lead roles; the newest-first index above has them all).
    index("jobs_published_salary_idx")
      .on(
        t.salaryTopUsd.desc().nullsLast(),
        t.id.desc().nullsFirst(),
        t.validThrough,
        t.workplace,
        t.level,
        t.employmentType,
        t.companyId,
        t.roleFamily,
        t.publishedAt,
      )
      .where(sql`status = 'published'`),
    index("jobs_skill_ids_idx").using("gin", t.skillIds),
    // Best-match order over published listings (lib/matches): the columns the match score
    // reads, then the search's filter columns, so ranking all open listings (or a filtered
    // search) is an index-only scan. skill_ids is left out: it would double the width.
    index("jobs_published_match_idx")
      .on(
        t.publishedAt.desc().nullsFirst(),
        t.id.desc().nullsFirst(),
        t.validThrough,
        t.level,
        t.skillMask,
        t.skillCount,
        t.workplace,
        t.employmentType,
        t.companyId,
        t.roleFamily,
        t.salaryTopUsd,
      )
      .where(sql`status = 'published'`),
    index("jobs_place_trgm_idx").using("gin", t.place.op("gin_trgm_ops")),
    // Published listings by closing time, carrying what the home page counts: the listings
    // closing today are counted from here exactly (open_job_counts has the later days).
    index("jobs_published_closing_idx")
      .on(t.validThrough, t.companyId, t.workplace, t.publishedAt)
      .where(sql`status = 'published'`),
    index().on(t.companyId),
    index().on(t.roleFamily, t.level),
  ],
);

/**
 * Published listings counted by the UTC day they close (`infinity`: no closing date) and
 * one dimension at a time (kind 'company', 'workplace' or 'published' = the UTC day posted,
 * with its value in key). Kept exact by statement triggers on jobs (migration
 * 0014_open_job_counts), so the home page's figures are sums over a few thousand rows plus
 * the listings closing today, instead of a scan of every open listing (lib/jobs/queries.ts).
 */
export const openJobCounts = pgTable(
  "open_job_counts",
  {
    closesOn: date({ mode: "string" }).notNull(),
    kind: text().notNull(),
    key: text().notNull(),
    n: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.closesOn, t.kind, t.key] })],
);

export const jobSkills = pgTable(
  "job_skills",
  {
    jobId: integer()
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    skillId: integer()
      .notNull()
      .references(() => skills.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.skillId] }), index().on(t.skillId, t.jobId)],
);

/**
 * Views and apply clicks per listing, counted by us. A table of its own: bumping a
 * counter on the jobs row would rewrite that row (with its large tsvector) on every view.
 */
export const jobStats = pgTable("job_stats", {
  jobId: integer()
    .primaryKey()
    .references(() => jobs.id, { onDelete: "cascade" }),
  views: integer().notNull().default(0),
  applyClicks: integer().notNull().default(0),
});

// ---------------------------------------------------------------- saved roles

/** A role a user saved, and where their application stands. One row per user and listing. */
export const savedJobs = pgTable(
  "saved_jobs",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    jobId: integer()
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    stage: applicationStage().notNull().default("saved"),
    notes: text().notNull().default(""),
    appliedOn: date({ mode: "string" }),
    nextStep: text().notNull().default(""),
    nextStepOn: date({ mode: "string" }),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [uniqueIndex().on(t.userId, t.jobId), index().on(t.userId, t.stage)],
);

/** A search a user keeps: its canonical query string, when they last looked, a private feed. */
export const savedSearches = pgTable(
  "saved_searches",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    query: text().notNull(),
    lastSeenAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    // Unguessable (256 random bits); replaced to revoke the feed.
    feedToken: text().notNull().unique(),
    createdAt: createdAt(),
  },
  // One row per user and canonical query: saving the same search twice keeps one. The
  // query is hashed because a btree entry must stay under ~2.7 kB and queries reach 4,000.
  (t) => [index().on(t.userId), uniqueIndex("saved_searches_user_query_idx").on(t.userId, sql`md5(${t.query})`)],
);

// ---------------------------------------------------------------- trust and safety

/** A user's report of a listing. One per user and listing; an open one can be edited. */
export const jobReports = pgTable(
  "job_reports",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    jobId: integer()
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: reportReason().notNull(),
    note: text().notNull().default(""),
    status: reportStatus().notNull().default("open"),
    // Who closed the report (dismissed it, or removed the listing) and when.
    resolvedAt: timestamp({ withTimezone: true, mode: "date" }),
    resolvedBy: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [uniqueIndex().on(t.userId, t.jobId), index().on(t.status, t.jobId)],
);

/** Every admin decision, kept for the record: who did what to which listing or company, and why. */
export const moderationEvents = pgTable(
  "moderation_events",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    actorId: text().references(() => users.id, { onDelete: "set null" }),
    action: moderationAction().notNull(),
    jobId: integer().references(() => jobs.id, { onDelete: "cascade" }),
    companyId: integer().references(() => companies.id, { onDelete: "cascade" }),
    note: text().notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.createdAt), index().on(t.jobId)],
);

// ---------------------------------------------------------------- career guides

export const guides = pgTable("guides", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  title: text().notNull(),
  // Which listings the guide's live figures rest on.
  roleFamily: roleFamily().notNull(),
  summary: text().notNull(),
  whatIs: text().notNull(),
  vsOther: text().notNull(),
  author: text().notNull(),
  published: boolean().notNull().default(true),
  createdAt: createdAt(),
  updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

export const careerLevels = pgTable(
  "career_levels",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    guideId: integer()
      .notNull()
      .references(() => guides.id, { onDelete: "cascade" }),
    rank: integer().notNull(),
    level: jobLevel().notNull(),
    title: text().notNull(),
    yearsMin: integer().notNull(),
    yearsMax: integer(),
    // The guide's editorial pay range (annual USD); payMax is null for open-ended ranges.
    payMin: integer().notNull(),
    payMax: integer(),
    focus: text().notNull(),
  },
  (t) => [uniqueIndex().on(t.guideId, t.rank)],
);

export const guideSkillAreas = pgTable(
  "guide_skill_areas",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    guideId: integer()
      .notNull()
      .references(() => guides.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    name: text().notNull(),
    description: text().notNull(),
  },
  (t) => [uniqueIndex().on(t.guideId, t.position)],
);

export const guideSkillAreaSkills = pgTable(
  "guide_skill_area_skills",
  {
    areaId: integer()
      .notNull()
      .references(() => guideSkillAreas.id, { onDelete: "cascade" }),
    skillId: integer()
      .notNull()
      .references(() => skills.id, { onDelete: "cascade" }),
    position: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.areaId, t.skillId] })],
);

export const guideTimelineEntries = pgTable(
  "guide_timeline_entries",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    guideId: integer()
      .notNull()
      .references(() => guides.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    timeLabel: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
  },
  (t) => [uniqueIndex().on(t.guideId, t.position)],
);

export const certifications = pgTable(
  "certifications",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    guideId: integer()
      .notNull()
      .references(() => guides.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    name: text().notNull(),
    issuer: text().notNull(),
    validates: text().notNull(),
    url: text(),
  },
  (t) => [uniqueIndex().on(t.guideId, t.position)],
);

export const faqEntries = pgTable(
  "faq_entries",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    guideId: integer()
      .notNull()
      .references(() => guides.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    question: text().notNull(),
    // May hold {{placeholders}} that the page fills with live figures.
    answer: text().notNull(),
  },
  (t) => [uniqueIndex().on(t.guideId, t.position)],
);

// ---------------------------------------------------------------- roadmaps

/**
 * A guide's roadmap: milestones grouped by career level and, within a level, by area.
 * Keyed by a stable slug per guide, so re-seeding updates milestones in place and keeps
 * everyone's progress. A skill milestone points at the shared skills list.
 */
export const roadmapMilestones = pgTable(
  "roadmap_milestones",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    guideId: integer()
      .notNull()
      .references(() => guides.id, { onDelete: "cascade" }),
    slug: text().notNull(),
    level: jobLevel().notNull(),
    // Heading within the level: a skill area's name, "Certifications", "Practice projects".
    area: text().notNull(),
    position: integer().notNull(),
    kind: milestoneKind().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    skillId: integer().references(() => skills.id, { onDelete: "cascade" }),
    url: text(),
  },
  (t) => [
    uniqueIndex().on(t.guideId, t.slug),
    // A skill appears once per roadmap (nulls are distinct, so other kinds are unaffected).
    uniqueIndex().on(t.guideId, t.skillId),
    index().on(t.skillId),
    check("roadmap_milestones_skill_kind", sql`(${t.kind} = 'skill') = (${t.skillId} is not null)`),
  ],
);

/**
 * A user's status on a milestone. For skill milestones, user_skills is the source of truth
 * for "done" (it is the profile's skills list); these rows keep learning/skipped and when
 * each status was set (for merging browser progress on sign-in).
 */
export const roadmapProgress = pgTable(
  "roadmap_progress",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    milestoneId: integer()
      .notNull()
      .references(() => roadmapMilestones.id, { onDelete: "cascade" }),
    status: milestoneStatus().notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.milestoneId] })],
);

/** Opt-in public link to one user's progress on one roadmap. No row: not shared. */
export const roadmapShares = pgTable(
  "roadmap_shares",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    guideId: integer()
      .notNull()
      .references(() => guides.id, { onDelete: "cascade" }),
    // Unguessable (128+ random bits); deleting the row turns the link off.
    token: text().notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.guideId] })],
);

// ---------------------------------------------------------------- types

export type User = typeof users.$inferSelect;
export type SavedJob = typeof savedJobs.$inferSelect;
export type SavedSearch = typeof savedSearches.$inferSelect;
export type ApplicationStage = (typeof applicationStage.enumValues)[number];
export type Company = typeof companies.$inferSelect;
export type CompanyInvite = typeof companyInvites.$inferSelect;
export type Skill = typeof skills.$inferSelect;
export type Job = typeof jobs.$inferSelect;
export type NewJob = typeof jobs.$inferInsert;
export type JobReport = typeof jobReports.$inferSelect;
export type ModerationEvent = typeof moderationEvents.$inferSelect;
export type ReportReason = (typeof reportReason.enumValues)[number];
export type Guide = typeof guides.$inferSelect;
export type CareerLevel = typeof careerLevels.$inferSelect;
export type GuideSkillArea = typeof guideSkillAreas.$inferSelect;
export type GuideTimelineEntry = typeof guideTimelineEntries.$inferSelect;
export type Certification = typeof certifications.$inferSelect;
export type FaqEntry = typeof faqEntries.$inferSelect;
export type RoadmapMilestone = typeof roadmapMilestones.$inferSelect;
export type MilestoneKind = (typeof milestoneKind.enumValues)[number];
export type MilestoneStatus = (typeof milestoneStatus.enumValues)[number];
export type JobLevel = (typeof jobLevel.enumValues)[number];
export type EmploymentType = (typeof employmentType.enumValues)[number];
export type Workplace = (typeof workplace.enumValues)[number];
export type RoleFamily = (typeof roleFamily.enumValues)[number];
export type PayPeriod = (typeof payPeriod.enumValues)[number];
export type Currency = (typeof currency.enumValues)[number];
