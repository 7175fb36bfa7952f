import { hash } from "@node-rs/argon2";
import type { Sql } from "postgres";
import { eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import type { UserRole } from "../enums";
import * as t from "../schema";
import { GUIDE_MODULES } from "../../content/guides";
import type { GuideModule } from "../../content/guides/types";
import { validateGuide, validateGuideSet } from "../../content/guides/validate";
import { companySeeds } from "./data/companies";
import { skillSeeds } from "./data/skills";
import { rowsOf } from "../rows";
import { copyRows, postgresClient, withoutSecondaryStructures } from "./bulk";
import { generateJob, type GeneratedJob } from "./jobs";
import { seedRoadmap } from "./roadmap";

/** Listings in the default seed: ~1,250 open, the rest closed, expired or drafts. */
export const DEFAULT_JOB_COUNT = 1_400;
const BATCH = 1_000;
/** From this many new listings on a postgres-js database, the seed loads them with COPY. */
const BULK_FROM = 20_000;

export const DEMO_PASSWORD = "ladder-demo-2026";
export const DEMO_ACCOUNTS: {
  email: string;
  name: string;
  role: UserRole;
  company?: string;
  // A seeker part-way along the backend roadmap, so matches and readiness show something.
  profile?: { skills: string[]; yearsExperience: number; targetLevel: "mid"; guide: string };
}[] = [
  {
    email: "seeker@ladder.test",
    name: "Sam Seeker",
    role: "seeker",
    profile: {
      skills: ["python", "sql", "postgresql", "git", "rest", "docker"],
      yearsExperience: 2,
      targetLevel: "mid",
      guide: "backend-engineer",
    },
  },
  { email: "recruiter@ladder.test", name: "Riley Recruiter", role: "recruiter", company: "tesorio" },
  { email: "admin@ladder.test", name: "Ada Admin", role: "admin" },
];

export type SeedOptions = {
  /** Total listings the generator should have produced (existing ones are kept). */
  jobs?: number;
  /** Create the demo accounts (never on a shared database unless asked). */
  demo?: boolean;
  now?: Date;
  onProgress?: (done: number, total: number) => void;
  /** Load with COPY from this many new listings (postgres-js only; default BULK_FROM). */
  bulkFrom?: number;
};

export type SeedResult = { skills: number; companies: number; jobsInserted: number; demoAccounts: number };

/** Seeds the database. Deterministic and idempotent: running it twice adds nothing. */
export async function seedDatabase(db: Database, opts: SeedOptions = {}): Promise<SeedResult> {
  const now = opts.now ?? new Date();
  const target = opts.jobs ?? DEFAULT_JOB_COUNT;

  await db
    .insert(t.skills)
    .values(skillSeeds)
    .onConflictDoUpdate({ target: t.skills.slug, set: { name: sql`excluded.name`, category: sql`excluded.category` } });
  const skillRows = await db.select({ id: t.skills.id, slug: t.skills.slug }).from(t.skills);
  const skillId = new Map(skillRows.map((s) => [s.slug, s.id]));
  const skillName = new Map<string, string>(skillSeeds.map((s) => [s.slug, s.name]));

  await db
    .insert(t.companies)
    .values(
      companySeeds.map((c) => ({
        slug: c.slug,
        name: c.name,
        website: c.website,
        about: c.about,
        size: c.size,
        headquarters: c.headquarters,
        verified: c.verified ?? false,
      })),
    )
    .onConflictDoNothing({ target: t.companies.slug });
  const companyRows = await db
    .select({ id: t.companies.id, slug: t.companies.slug, name: t.companies.name })
    .from(t.companies)
    .where(
      inArray(
        t.companies.slug,
        companySeeds.map((c) => c.slug),
      ),
    );
  const companyBySlug = new Map(companyRows.map((c) => [c.slug, c]));

  // Every content module, validated first: an invalid guide stops the seed with its issues.
  const setIssues = validateGuideSet(GUIDE_MODULES);
  if (setIssues.length) throw new Error(`Guides: ${setIssues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
  const known = new Set<string>(skillSeeds.map((s) => s.slug));
  for (const guide of GUIDE_MODULES) {
    const issues = validateGuide(guide, known);
    if (issues.length) {
      throw new Error(`Guide ${guide.slug}: ${issues.map((i) => `${i.path} ${i.message}`).join("; ")}`);
    }
    await seedGuide(db, guide, skillId);
    await seedRoadmap(db, { guide: guide.slug, milestones: [...guide.roadmap] }, skillId);
  }

  // A live board's table fills in the order listings are posted, so they are inserted oldest
  // first (drafts last): the newest listings then sit together on disk, as in production,
  // and a search reading "the newest matches" touches as many pages as it would there.
  const order = Array.from({ length: target }, (_, i) => ({
    i,
    at: (generateJob(i, companySeeds, { now }).publishedAt ?? now).getTime(),
  }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((x) => x.i);
  const toRow = (j: GeneratedJob) => {
    const company = companyBySlug.get(j.companySlug)!;
    return {
      companyId: company.id,
      companyName: company.name,
      skillsText: j.skills.map((s) => skillName.get(s) ?? s).join(" "),
      skillIds: j.skills.map((s) => skillId.get(s)!).sort((a, b) => a - b),
      slug: j.slug,
      title: j.title,
      roleFamily: j.roleFamily,
      description: j.description,
      level: j.level,
      employmentType: j.employmentType,
      workplace: j.workplace,
      location: j.location,
      country: j.country,
      salaryMin: j.salaryMin,
      salaryMax: j.salaryMax,
      salaryCurrency: j.salaryCurrency,
      salaryPeriod: j.salaryPeriod,
      applyUrl: j.applyUrl,
      status: j.status,
      publishedAt: j.publishedAt,
      validThrough: j.validThrough,
      createdAt: j.publishedAt ?? now,
    };
  };

  const client = postgresClient(db);
  const [have] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from jobs`));
  const inserted =
    client && target - (have?.n ?? 0) >= (opts.bulkFrom ?? BULK_FROM)
      ? await bulkInsertJobs(db, client, order, now, toRow, opts.onProgress)
      : await batchInsertJobs(db, order, now, toRow, skillId, opts.onProgress);

  // Fresh statistics: PGlite runs no autovacuum, and without them the planner's estimate of
  // a large text search's total (shown as "about N") came out at a fraction of the truth.
  if (inserted > 0) await db.execute(sql`analyze`);
  const demoAccounts = opts.demo ? await seedDemoAccounts(db, companyBySlug) : 0;
  return { skills: skillSeeds.length, companies: companySeeds.length, jobsInserted: inserted, demoAccounts };
}

type JobRow = typeof t.jobs.$inferInsert & { skillIds: number[]; slug: string };

/** The default path: INSERT batches of BATCH listings, each followed by its skill links. */
async function batchInsertJobs(
  db: Database,
  order: number[],
  now: Date,
  toRow: (j: GeneratedJob) => JobRow,
  skillId: Map<string, number>,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < order.length; start += BATCH) {
    const end = Math.min(order.length, start + BATCH);
    const batch = order.slice(start, end).map((i) => generateJob(i, companySeeds, { now }));
    const rows = await db
      .insert(t.jobs)
      .values(batch.map(toRow))
      .onConflictDoNothing({ target: t.jobs.slug })
      .returning({ id: t.jobs.id, slug: t.jobs.slug });
    if (rows.length > 0) {
      const bySlug = new Map(batch.map((j) => [j.slug, j]));
      const links = rows.flatMap((r) =>
        bySlug.get(r.slug)!.skills.map((s) => ({ jobId: r.id, skillId: skillId.get(s)! })),
      );
      await db.insert(t.jobSkills).values(links).onConflictDoNothing();
    }
    inserted += rows.length;
    onProgress?.(end, order.length);
  }
  return inserted;
}

// The listings table's columns as COPY receives them, and the row field each comes from.
const COPY_COLUMNS: [string, keyof JobRow][] = [
  ["company_id", "companyId"],
  ["company_name", "companyName"],
  ["skills_text", "skillsText"],
  ["skill_ids", "skillIds"],
  ["slug", "slug"],
  ["title", "title"],
  ["role_family", "roleFamily"],
  ["description", "description"],
  ["level", "level"],
  ["employment_type", "employmentType"],
  ["workplace", "workplace"],
  ["location", "location"],
  ["country", "country"],
  ["salary_min", "salaryMin"],
  ["salary_max", "salaryMax"],
  ["salary_currency", "salaryCurrency"],
  ["salary_period", "salaryPeriod"],
  ["apply_url", "applyUrl"],
  ["status", "status"],
  ["published_at", "publishedAt"],
  ["valid_through", "validThrough"],
  ["created_at", "createdAt"],
];

/**
 * The large-seed path (postgres-js only): the listings not yet present are streamed with
 * COPY in posting order, their skill links derived in SQL from skill_ids, with indexes and
 * foreign keys rebuilt once at the end (db/seed/bulk.ts). Same rows as batchInsertJobs.
 */
async function bulkInsertJobs(
  db: Database,
  client: Sql,
  order: number[],
  now: Date,
  toRow: (j: GeneratedJob) => JobRow,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const present = new Set(rowsOf<{ slug: string }>(await db.execute(sql`select slug from jobs`)).map((r) => r.slug));
  const [before] = rowsOf<{ id: number }>(await db.execute(sql`select coalesce(max(id), 0)::int as id from jobs`));
  const after = before?.id ?? 0;
  function* rows() {
    for (let k = 0; k < order.length; k++) {
      const job = generateJob(order[k]!, companySeeds, { now });
      if (!present.has(job.slug)) {
        const row = toRow(job);
        yield COPY_COLUMNS.map(([, key]) => (row[key] ?? null) as string | number | Date | null | number[]);
      }
      if (k % 1000 === 999 || k === order.length - 1) onProgress?.(k + 1, order.length);
    }
  }
  await withoutSecondaryStructures(client, ["jobs", "job_skills"], async () => {
    await copyRows(
      client,
      "jobs",
      COPY_COLUMNS.map(([column]) => column),
      rows(),
    );
    await client`insert into job_skills (job_id, skill_id) select id, unnest(skill_ids) from jobs where id > ${after}`;
  });
  const [n] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from jobs where id > ${after}`));
  return n?.n ?? 0;
}

/** Writes a guide and replaces its sections; keeps updated_at when it already exists. */
export async function seedGuide(db: Database, guide: GuideModule, skillId: Map<string, number>) {
  await db.transaction(async (tx) => {
    const fields = {
      title: guide.title,
      roleFamily: guide.roleFamily,
      summary: guide.summary,
      whatIs: guide.whatIs,
      vsOther: guide.vsOther,
      author: guide.author,
    };
    const [row] = await tx
      .insert(t.guides)
      .values({ slug: guide.slug, ...fields })
      .onConflictDoUpdate({ target: t.guides.slug, set: fields })
      .returning({ id: t.guides.id });
    const guideId = row!.id;

    await tx.delete(t.careerLevels).where(eq(t.careerLevels.guideId, guideId));
    await tx.delete(t.guideSkillAreas).where(eq(t.guideSkillAreas.guideId, guideId));
    await tx.delete(t.guideTimelineEntries).where(eq(t.guideTimelineEntries.guideId, guideId));
    await tx.delete(t.certifications).where(eq(t.certifications.guideId, guideId));
    await tx.delete(t.faqEntries).where(eq(t.faqEntries.guideId, guideId));

    await tx.insert(t.careerLevels).values(guide.levels.map((l, i) => ({ guideId, rank: i + 1, ...l })));
    const areas = await tx
      .insert(t.guideSkillAreas)
      .values(guide.skillAreas.map((a, i) => ({ guideId, position: i + 1, name: a.name, description: a.description })))
      .returning({ id: t.guideSkillAreas.id, position: t.guideSkillAreas.position });
    const areaSkills = areas.flatMap((a) =>
      guide.skillAreas[a.position - 1]!.skills.map((slug, i) => {
        const id = skillId.get(slug);
        if (id === undefined) throw new Error(`Guide ${guide.slug}: unknown skill "${slug}"`);
        return { areaId: a.id, skillId: id, position: i };
      }),
    );
    if (areaSkills.length > 0) await tx.insert(t.guideSkillAreaSkills).values(areaSkills);
    await tx.insert(t.guideTimelineEntries).values(guide.timeline.map((e, i) => ({ guideId, position: i + 1, ...e })));
    await tx.insert(t.certifications).values(guide.certifications.map((c, i) => ({ guideId, position: i + 1, ...c })));
    await tx.insert(t.faqEntries).values(guide.faqs.map((f, i) => ({ guideId, position: i + 1, ...f })));
  });
}

async function seedDemoAccounts(db: Database, companies: Map<string, { id: number }>): Promise<number> {
  // OWASP's argon2id settings: 19 MiB, 2 iterations, parallelism 1.
  const passwordHash = await hash(DEMO_PASSWORD, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const rows = await db
      .insert(t.users)
      .values({ email: account.email, name: account.name, role: account.role, passwordHash, emailVerified: new Date() })
      .onConflictDoNothing({ target: t.users.email })
      .returning({ id: t.users.id });
    created += rows.length;
    const [user] = await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, account.email));
    // Only when the account is new: a re-seed never undoes what someone changed.
    if (user && rows.length > 0 && account.profile) {
      const { skills, yearsExperience, targetLevel, guide } = account.profile;
      const [g] = await db.select({ id: t.guides.id }).from(t.guides).where(eq(t.guides.slug, guide));
      await db
        .update(t.users)
        .set({ yearsExperience, targetLevel, targetGuideId: g?.id ?? null })
        .where(eq(t.users.id, user.id));
      const ids = await db.select({ id: t.skills.id }).from(t.skills).where(inArray(t.skills.slug, skills));
      if (ids.length)
        await db
          .insert(t.userSkills)
          .values(ids.map((s) => ({ userId: user.id, skillId: s.id })))
          .onConflictDoNothing();
    }
    const company = account.company ? companies.get(account.company) : undefined;
    if (user && company) {
      await db
        .insert(t.companyMembers)
        .values({ companyId: company.id, userId: user.id, role: "owner" })
        .onConflictDoNothing();
    }
  }
  return created;
}
