import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db, type Database } from "@/db";
import {
  careerLevels,
  certifications,
  companies,
  faqEntries,
  guideSkillAreaSkills,
  guideSkillAreas,
  guideTimelineEntries,
  guides,
  jobs,
  skills,
  type RoleFamily,
} from "@/db/schema";
import { isOpenJob } from "@/lib/jobs/open";
import { hasPayPoint, payPointUsd } from "@/lib/pay/point";

export async function getGuides(database: Database = db) {
  return database
    .select({
      slug: guides.slug,
      title: guides.title,
      summary: guides.summary,
      roleFamily: guides.roleFamily,
      updatedAt: guides.updatedAt,
    })
    .from(guides)
    .where(eq(guides.published, true))
    .orderBy(asc(guides.title));
}

/** A guide with all its editorial sections, or null. */
export async function getGuideBySlug(slug: string, database: Database = db) {
  const [guide] = await database
    .select()
    .from(guides)
    .where(and(eq(guides.slug, slug), eq(guides.published, true)))
    .limit(1);
  if (!guide) return null;
  const [levels, areas, areaSkills, timeline, certs, faqs] = await Promise.all([
    database.select().from(careerLevels).where(eq(careerLevels.guideId, guide.id)).orderBy(asc(careerLevels.rank)),
    database
      .select()
      .from(guideSkillAreas)
      .where(eq(guideSkillAreas.guideId, guide.id))
      .orderBy(asc(guideSkillAreas.position)),
    database
      .select({ areaId: guideSkillAreaSkills.areaId, id: skills.id, slug: skills.slug, name: skills.name })
      .from(guideSkillAreaSkills)
      .innerJoin(skills, eq(skills.id, guideSkillAreaSkills.skillId))
      .innerJoin(guideSkillAreas, eq(guideSkillAreas.id, guideSkillAreaSkills.areaId))
      .where(eq(guideSkillAreas.guideId, guide.id))
      .orderBy(asc(guideSkillAreaSkills.position)),
    database
      .select()
      .from(guideTimelineEntries)
      .where(eq(guideTimelineEntries.guideId, guide.id))
      .orderBy(asc(guideTimelineEntries.position)),
    database
      .select()
      .from(certifications)
      .where(eq(certifications.guideId, guide.id))
      .orderBy(asc(certifications.position)),
    database.select().from(faqEntries).where(eq(faqEntries.guideId, guide.id)).orderBy(asc(faqEntries.position)),
  ]);
  return {
    ...guide,
    levels,
    skillAreas: areas.map((a) => ({ ...a, skills: areaSkills.filter((s) => s.areaId === a.id) })),
    timeline,
    certifications: certs,
    faqs,
  };
}

export type GuideDetail = NonNullable<Awaited<ReturnType<typeof getGuideBySlug>>>;

/** Fewer listings than this at a level and its percentiles are not shown. */
export const MIN_LEVEL_SAMPLE = 10;

/**
 * Aggregate figures for a role family over every open listing (pay by the one pay point,
 * lib/pay/point.ts): the FAQ's pay range, and the recruiters' benchmark checks. The guide's
 * shown counts and medians come from the searches they link to (lib/guides/live.ts); skill
 * demand from lib/guides/demand.ts.
 */
export async function getGuideFigures(guide: { id: number; roleFamily: RoleFamily }, database: Database = db) {
  const roleFamily = guide.roleFamily;
  const inFamily = and(isOpenJob(), eq(jobs.roleFamily, roleFamily));
  const hasPay = hasPayPoint;
  const pct = (p: number) =>
    sql<
      number | null
    >`round(percentile_cont(${sql.raw(String(p))}) within group (order by ${payPointUsd}) filter (where ${hasPay}))::int`;

  const [[overall], byLevel, hiring] = await Promise.all([
    database
      .select({
        openPositions: sql<number>`count(*)::int`,
        withPay: sql<number>`(count(*) filter (where ${hasPay}))::int`,
        medianPay: pct(0.5),
        payLow: sql<number | null>`min(coalesce(${jobs.salaryMinUsd}, ${jobs.salaryMaxUsd}))`,
        payHigh: sql<number | null>`max(${jobs.salaryTopUsd})`,
        remoteCount: sql<number>`(count(*) filter (where ${jobs.workplace} = 'remote'))::int`,
        freelanceCount: sql<number>`(count(*) filter (where ${jobs.employmentType} = 'freelance'))::int`,
      })
      .from(jobs)
      .where(inFamily),
    database
      .select({
        level: jobs.level,
        count: sql<number>`(count(*) filter (where ${hasPay}))::int`,
        p25: pct(0.25),
        p50: pct(0.5),
        p75: pct(0.75),
      })
      .from(jobs)
      .where(inFamily)
      .groupBy(jobs.level),
    database
      .select({
        slug: companies.slug,
        name: companies.name,
        verified: companies.verified,
        count: sql<number>`count(*)::int`,
      })
      .from(jobs)
      .innerJoin(companies, eq(companies.id, jobs.companyId))
      .where(inFamily)
      .groupBy(companies.id)
      .orderBy(desc(sql`count(*)`), asc(companies.name))
      .limit(8),
  ]);
  const o = overall ?? {
    openPositions: 0,
    withPay: 0,
    medianPay: null,
    payLow: null,
    payHigh: null,
    remoteCount: 0,
    freelanceCount: 0,
  };
  // Plain JSON (no Map, no Date): the result is kept in Next's data cache.
  return {
    ...o,
    levels: byLevel,
    hiring,
    computedAt: new Date().toISOString(),
  };
}

/** One level's live pay, or "not enough data" below MIN_LEVEL_SAMPLE listings that show pay. */
export function levelPay(figures: Pick<GuideFigures, "levels">, level: string) {
  const row = figures.levels.find((l) => l.level === level);
  const count = row?.count ?? 0;
  if (!row || count < MIN_LEVEL_SAMPLE || row.p25 === null || row.p50 === null || row.p75 === null) {
    return { enough: false as const, count };
  }
  return { enough: true as const, count, p25: row.p25, p50: row.p50, p75: row.p75 };
}

export type GuideFigures = Awaited<ReturnType<typeof getGuideFigures>>;
