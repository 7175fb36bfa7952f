import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import {
  APPLICATION_EVENT_KINDS,
  ACCOUNT_TOKEN_PURPOSES,
  ALERT_FREQUENCIES,
  APPLICATION_STAGES,
  APPLY_MODES,
  CURRENCIES,
  PIPELINE_STAGES,
  QUESTION_KINDS,
  REPORT_REASONS,
  REPORT_STATUSES,
  MODERATION_ACTIONS,
  PROFILE_VISIBILITIES,
  EMPLOYMENT_TYPES,
  IMPORT_SOURCE_KINDS,
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

/** Binary data (bytea): a Buffer in, a Buffer out on both drivers (PGlite answers a Uint8Array). */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
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
export const pipelineStage = pgEnum("pipeline_stage", PIPELINE_STAGES);
export const applyMode = pgEnum("apply_mode", APPLY_MODES);
export const questionKind = pgEnum("question_kind", QUESTION_KINDS);
export const applicationEventKind = pgEnum("application_event_kind", APPLICATION_EVENT_KINDS);
export const importSourceKind = pgEnum("import_source_kind", IMPORT_SOURCE_KINDS);
export const alertFrequency = pgEnum("alert_frequency", ALERT_FREQUENCIES);
export const accountTokenPurpose = pgEnum("account_token_purpose", ACCOUNT_TOKEN_PURPOSES);

// ---------------------------------------------------------------- users and Auth.js

export const users = pgTable(
  "users",
  {
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
    // Where the seeker wants to work (remote, hybrid, onsite); null: no preference. Read by
    // the recruiters' candidate search (lib/candidates).
    workplacePreference: workplace(),
    // The CV offered first when applying (a file of this user's, lib/files).
    defaultCvFileId: integer().references((): AnyPgColumn => files.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    // The candidate search reads only seekers who chose "Recruiters on Ladder": this index
    // holds exactly them, so private profiles are never even visited.
    index("users_public_seekers_idx")
      .on(t.createdAt, t.id)
      .where(sql`profile_visibility = 'public' and role = 'seeker'`),
  ],
);

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
  // skill_id first: the candidate search finds the users who have a skill.
  (t) => [primaryKey({ columns: [t.userId, t.skillId] }), index().on(t.skillId, t.userId)],
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

/**
 * One-time links (password reset, email verification). Only the SHA-256 of the token is
 * stored; a link works once (`usedAt`) and until `expiresAt`.
 */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: accountTokenPurpose().notNull(),
    tokenHash: text().notNull().unique(),
    // The address a verification link proves (the user may have changed it since).
    email: text().notNull(),
    expiresAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    usedAt: timestamp({ withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.userId, t.purpose), index().on(t.expiresAt)],
);

/**
 * Every mail the app sends (lib/mail/): queued with its template and props, rendered and
 * delivered by the `mail.send` job. `key` makes a message idempotent (a digest re-run or a
 * retried request cannot queue it twice); `sentAt` makes delivery so (a retried job never
 * sends a delivered message again). Without SMTP_URL, `transport` is "outbox" (/dev/outbox).
 */
export const mailMessages = pgTable(
  "mail_messages",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    key: text().notNull().unique(),
    userId: text().references(() => users.id, { onDelete: "cascade" }),
    to: text().notNull(),
    template: text().notNull(),
    props: jsonb().notNull(),
    subject: text(),
    html: text(),
    text: text(),
    firstLink: text(),
    transport: text(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    sendingAt: timestamp({ withTimezone: true, mode: "date" }),
    sentAt: timestamp({ withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.createdAt), index().on(t.userId)],
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
    // Other ways people write it ("golang", "k8s", "node js"): a search for any of them
    // finds every listing naming the skill by any of them (lib/search/terms.ts).
    aliases: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    // Name, slug (hyphens as spaces) and aliases, each folded by ladder_fold (migration
    // 0012): what a query's words are compared with to expand them to the skill's terms.
    terms: text()
      .array()
      .notNull()
      .generatedAlwaysAs(sql.raw(`ladder_fold_all(array[name, replace(slug, '-', ' ')] || aliases)`)),
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
    // Null: the title fits no guide's family ("Solutions Engineer", imported roles). Such a
    // listing is searchable but counts in no guide's figures.
    roleFamily: roleFamily(),
    description: text().notNull(),
    level: jobLevel().notNull(),
    employmentType: employmentType().notNull(),
    workplace: workplace().notNull(),
    location: text().notNull(),
    country: text(),
    // City and country in one string, folded like search text (ladder_fold, migration
    // 0012: Zürich -> zurich), for the location filter's trigram index.
    place: text().generatedAlwaysAs(sql.raw(`ladder_fold(location || ' ' || coalesce(country, ''))`)),
    salaryMin: integer(),
    salaryMax: integer(),
    salaryCurrency: currency().notNull().default("USD"),
    salaryPeriod: payPeriod().notNull().default("year"),
    salaryMinUsd: integer().generatedAlwaysAs(annualUsd("salary_min")),
    salaryMaxUsd: integer().generatedAlwaysAs(annualUsd("salary_max")),
    // The top of the range (or the only figure): what the salary filter and sort compare.
    salaryTopUsd: integer().generatedAlwaysAs(sql.raw(annualUsdSql("coalesce(salary_max, salary_min)"))),
    // "ladder": applications are taken on Ladder (lib/applications) and apply_url is unused.
    applyMode: applyMode().notNull().default("external"),
    // Pay a source published that makes no sense for its period ("$3,000 a year", "$5,000 an
    // hour"): shown as written, while salary_min/max stay null so figures, percentiles and
    // the salary filter never see it (lib/import/pay.ts decides).
    payAsReported: text(),
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
      // Text folded by ladder_fold (migration 0012) so symbols, short words and accents
      // survive the english parser; the query goes through the same function.
      sql.raw(`setweight(to_tsvector('english', ladder_fold(title)), 'A')
        || setweight(to_tsvector('english', ladder_fold(skills_text)), 'B')
        || setweight(to_tsvector('english', ladder_fold(company_name)), 'C')
        || setweight(to_tsvector('english', ladder_fold(left(description, 20000))), 'D')`),
    ),
    // Imported listings (lib/import): the source, the posting's id there (unique together, so
    // a re-sync finds its row) and the posting's page, where "Apply" leads.
    sourceId: integer().references((): AnyPgColumn => importSources.id, { onDelete: "set null" }),
    externalId: text(),
    sourceUrl: text(),
    // A hash of what the source last said about the posting: a re-sync rewrites the row only
    // when it changed, so hand edits and an unchanged re-run write nothing. Null after a
    // sync closed the listing because it vanished (it reopens if the posting comes back).
    sourceHash: text(),
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
    // Newest-first order over published listings. It also carries every column the search
    // filters and counts by, so filter-only searches and facet counts are index-only scans.
    // place is last: a location filter (remote roles open to a country match ~17% of open
    // listings) read each listing it passed over from the table. The sample of such a
    // search at 1,000,000 listings: 13.4 ms from the table, 6.5 ms from here (EXPLAIN
    // ANALYZE; issue 14), for a 28% larger index (112 -> 143 MB).
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
        t.place,
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
    // Publication dates by block range: rows lie in posting order, so a date range maps to a
    // run of table pages. A text search's newest-match windows (newestMatches) intersect the
    // words' GIN index with a window through it: 0.5 ms for 74,000 listings at 1,000,000,
    // where a range of the covering index above took 4-27 ms (EXPLAIN ANALYZE, loaded machine).
    index("jobs_published_at_brin_idx").using("brin", t.publishedAt),
    index().on(t.companyId),
    index().on(t.roleFamily, t.level),
    // Published listings by title and closing time: whether a suggested title is open now
    // (lib/search/suggestions.ts), and which titles the prune may drop from listing_titles.
    index("jobs_published_title_idx")
      .on(t.title, t.validThrough)
      .where(sql`status = 'published'`),
    uniqueIndex("jobs_source_external_idx").on(t.sourceId, t.externalId),
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

/**
 * Every title a published listing has had, once each, for "did you mean" (pg_trgm,
 * lib/search/suggestions.ts): a misspelt query is compared with each distinct title once
 * instead of with every listing (at 1,000,000 listings "pyhton" rechecked 28,000 of them,
 * 195 ms; there were 825 distinct titles). Added to by a statement trigger on jobs
 * (migration 0025_listing_titles: insert-only, ON CONFLICT DO NOTHING, so it takes no lock
 * on a title already here); the daily prune removes titles no published listing has, and
 * jobs_published_title_idx says which are open now.
 */
export const listingTitles = pgTable("listing_titles", { title: text().primaryKey() }, (t) => [
  index("listing_titles_trgm_idx").using("gin", t.title.op("gin_trgm_ops")),
]);

/**
 * Where a company publishes its roles (lib/import): a Greenhouse board token, a Lever site,
 * an Ashby job board name, or careers-page URLs carrying schema.org JobPosting JSON-LD
 * (`locator`: one URL, or several separated by spaces). Each sync records its time, its
 * counts (`lastCounts`: new, updated, closed, unchanged, skipped and the reasons) and, when
 * it failed, the error, leaving every listing as it was.
 */
export const importSources = pgTable(
  "import_sources",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    companyId: integer()
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    kind: importSourceKind().notNull(),
    locator: text().notNull(),
    enabled: boolean().notNull().default(true),
    lastSyncAt: timestamp({ withTimezone: true, mode: "date" }),
    lastSuccessAt: timestamp({ withTimezone: true, mode: "date" }),
    lastCounts: jsonb().$type<SyncCounts>(),
    lastError: text(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("import_sources_kind_locator_idx").on(t.kind, t.locator), index().on(t.companyId)],
);

/** One sync's outcome, as import_sources.last_counts stores it. */
export type SyncCounts = {
  new: number;
  updated: number;
  closed: number;
  unchanged: number;
  skipped: number;
  /** Why postings were skipped: reason → how many. */
  skippedReasons: Record<string, number>;
};

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
    // Job alerts by mail (lib/alerts/): how often, and the watermark: listings published
    // after `alertsFrom` are new to the next digest, which moves it to its own start.
    alertFrequency: alertFrequency().notNull().default("weekly"),
    alertsFrom: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    lastDigestAt: timestamp({ withTimezone: true, mode: "date" }),
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

// ---------------------------------------------------------------- applications on Ladder

/**
 * Uploaded files (CVs), stored in the database so both drivers and every backup hold them.
 * Only lib/files reads or writes this table; the bytes leave it through authorized routes.
 */
export const files = pgTable(
  "files",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    ownerId: text()
      .notNull()
      .references((): AnyPgColumn => users.id, { onDelete: "cascade" }),
    // The name as uploaded (shown and offered on download), and the type found in the bytes.
    name: text().notNull(),
    mediaType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    data: bytea().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.ownerId)],
);

/** Every time a file's bytes were served to someone other than its owner: who, which, when. */
export const fileDownloads = pgTable(
  "file_downloads",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    fileId: integer()
      .notNull()
      .references(() => files.id, { onDelete: "cascade" }),
    userId: text().references(() => users.id, { onDelete: "set null" }),
    applicationId: integer().references((): AnyPgColumn => applications.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.fileId)],
);

/** A recruiter's question to every applicant of one listing. */
export const screeningQuestions = pgTable(
  "screening_questions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    jobId: integer()
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    kind: questionKind().notNull(),
    prompt: text().notNull(),
    required: boolean().notNull().default(false),
  },
  (t) => [uniqueIndex().on(t.jobId, t.position)],
);

/**
 * An application made on Ladder. One per user and listing (unique index). When the
 * applicant deletes it, the row stays as a tombstone (user, contact details, answers and
 * CV gone, stage withdrawn), so the recruiter sees that someone withdrew and nothing else.
 */
export const applications = pgTable(
  "applications",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    jobId: integer()
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    userId: text().references(() => users.id, { onDelete: "set null" }),
    stage: pipelineStage().notNull().default("new"),
    // What the applicant sent, as the form had it (prefilled from the profile).
    name: text().notNull().default(""),
    email: text().notNull().default(""),
    headline: text().notNull().default(""),
    location: text().notNull().default(""),
    yearsExperience: integer(),
    coverNote: text().notNull().default(""),
    cvFileId: integer().references(() => files.id, { onDelete: "set null" }),
    // Shown to the applicant when the stage is rejected (optional).
    rejectionMessage: text().notNull().default(""),
    // The form's random id: the same form sent twice answers with the first application.
    submissionId: text(),
    appliedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    stageChangedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true, mode: "date" }),
    // When the recruiters' daily summary took it (listed, or passed over as withdrawn):
    // null means not yet, so no applicant is summarized twice (lib/applications/mail.ts).
    summarizedAt: timestamp({ withTimezone: true, mode: "date" }),
  },
  (t) => [
    uniqueIndex().on(t.userId, t.jobId),
    index().on(t.jobId, t.stage),
    index("applications_unsummarized_idx")
      .on(t.jobId)
      .where(sql`summarized_at is null`),
  ],
);

/** An applicant's answer to one screening question (text; yes/no as "yes" or "no"). */
export const applicationAnswers = pgTable(
  "application_answers",
  {
    applicationId: integer()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    questionId: integer()
      .notNull()
      .references(() => screeningQuestions.id, { onDelete: "cascade" }),
    value: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.questionId] })],
);

/** Notes on an application, private to the listing's company (never shown to the applicant). */
export const applicationNotes = pgTable(
  "application_notes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    applicationId: integer()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    authorId: text().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.applicationId)],
);

/**
 * What happened to applications, for the applicant's mail (a receipt, a move to
 * interviewing, a rejection; lib/applications/mail.ts). Written in the same transaction as
 * the change; `mailed_at` is set when its mail is queued (or when it needs none), so an
 * event is mailed once. The recruiters' daily summary reads `applications.summarized_at`.
 */
export const applicationEvents = pgTable(
  "application_events",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    applicationId: integer()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    kind: applicationEventKind().notNull(),
    stage: pipelineStage().notNull(),
    actorId: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    mailedAt: timestamp({ withTimezone: true, mode: "date" }),
  },
  (t) => [
    index("application_events_unmailed_idx")
      .on(t.createdAt)
      .where(sql`mailed_at is null`),
  ],
);

// ---------------------------------------------------------------- candidate search

/**
 * A recruiter's message to a candidate found in the candidate search (lib/candidates). The
 * candidate is mailed the message; the recruiter sees no address of theirs until they
 * reply (`reply`, `repliedAt`), which is mailed to the recruiter's verified address.
 */
export const candidateMessages = pgTable(
  "candidate_messages",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    recruiterId: text().references(() => users.id, { onDelete: "set null" }),
    companyId: integer()
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    candidateId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    subject: text().notNull(),
    body: text().notNull(),
    reply: text(),
    repliedAt: timestamp({ withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.candidateId, t.createdAt),
    // The per-recruiter daily limit, and the company's sent list.
    index().on(t.recruiterId, t.createdAt),
    index().on(t.companyId, t.createdAt),
  ],
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
export type PipelineStage = (typeof pipelineStage.enumValues)[number];
export type QuestionKind = (typeof questionKind.enumValues)[number];
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
export type ImportSource = typeof importSources.$inferSelect;
export type ImportSourceKind = (typeof importSourceKind.enumValues)[number];
