import "server-only";
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { db, type Database } from "@/db";
import {
  careerLevels,
  guides,
  jobs,
  roadmapMilestones,
  roadmapProgress,
  roadmapShares,
  skills,
  userSkills,
  users,
  type RoleFamily,
} from "@/db/schema";
import { annualPayUsd, isOpenJob } from "@/lib/jobs/open";
import type { ProgressMap, RoadmapDemand, RoadmapView } from "./types";

/** A published guide's roadmap: its levels and milestones in order, or null. */
export async function getRoadmapByGuideSlug(slug: string, database: Database = db): Promise<RoadmapView | null> {
  const [guide] = await database
    .select({ id: guides.id, slug: guides.slug, title: guides.title, roleFamily: guides.roleFamily })
    .from(guides)
    .where(and(eq(guides.slug, slug), eq(guides.published, true)));
  if (!guide) return null;
  const [levels, rows] = await Promise.all([
    database
      .select({ level: careerLevels.level, rank: careerLevels.rank, title: careerLevels.title })
      .from(careerLevels)
      .where(eq(careerLevels.guideId, guide.id))
      .orderBy(asc(careerLevels.rank)),
    database
      .select({
        id: roadmapMilestones.id,
        slug: roadmapMilestones.slug,
        level: roadmapMilestones.level,
        area: roadmapMilestones.area,
        kind: roadmapMilestones.kind,
        title: roadmapMilestones.title,
        description: roadmapMilestones.description,
        url: roadmapMilestones.url,
        skillId: skills.id,
        skillSlug: skills.slug,
        skillName: skills.name,
      })
      .from(roadmapMilestones)
      .leftJoin(skills, eq(skills.id, roadmapMilestones.skillId))
      .where(eq(roadmapMilestones.guideId, guide.id))
      .orderBy(asc(roadmapMilestones.position)),
  ]);
  if (rows.length === 0) return null;
  return {
    guide,
    levels,
    milestones: rows.map(({ skillId, skillSlug, skillName, ...m }) => ({
      ...m,
      skill:
        skillId !== null && skillSlug !== null && skillName !== null
          ? { id: skillId, slug: skillSlug, name: skillName }
          : null,
    })),
  };
}

/**
 * Live demand behind a roadmap: for each of its skills, open listings (any role family)
 * asking for it and their median pay; for each level, open listings of the guide's role
 * family. Two aggregates; the skill one reads jobs.skill_ids (GIN-indexed) without a join.
 */
export async function getRoadmapDemand(
  guide: { id: number; roleFamily: RoleFamily },
  database: Database = db,
): Promise<RoadmapDemand> {
  const hasPay = isNotNull(jobs.salaryMinUsd);
  const median = sql<
    number | null
  >`round(percentile_cont(0.5) within group (order by ${annualPayUsd}) filter (where ${hasPay}))::int`;
  // The roadmap's skills, as one array the planner computes once.
  const arr = sql`array(select ${roadmapMilestones.skillId} from ${roadmapMilestones} where ${roadmapMilestones.guideId} = ${guide.id} and ${roadmapMilestones.skillId} is not null)`;
  const [bySkill, byLevel] = await Promise.all([
    database
      .select({ skillId: sql<number>`k.id`, open: sql<number>`count(*)::int`, medianPay: median })
      .from(jobs)
      .innerJoin(sql`unnest(${jobs.skillIds}) as k(id)`, sql`k.id = any(${arr})`)
      .where(and(isOpenJob(), sql`${jobs.skillIds} && ${arr}`))
      .groupBy(sql`k.id`),
    database
      .select({ level: jobs.level, open: sql<number>`count(*)::int`, medianPay: median })
      .from(jobs)
      .where(and(isOpenJob(), eq(jobs.roleFamily, guide.roleFamily)))
      .groupBy(jobs.level),
  ]);
  return {
    skills: Object.fromEntries(bySkill.map((r) => [String(r.skillId), { open: r.open, medianPay: r.medianPay }])),
    levels: Object.fromEntries(byLevel.map((r) => [r.level, { open: r.open, medianPay: r.medianPay }])),
    computedAt: new Date().toISOString(),
  };
}

/**
 * A user's progress on a roadmap, keyed by milestone slug. For a skill milestone the
 * profile's skills list (user_skills) decides "done": a profile skill is done even without
 * a roadmap record, and a "done" record whose skill left the profile reads as todo.
 */
export async function getProgressByUser(
  userId: string,
  guideId: number,
  database: Database = db,
): Promise<ProgressMap> {
  const rows = await database
    .select({
      slug: roadmapMilestones.slug,
      kind: roadmapMilestones.kind,
      status: roadmapProgress.status,
      updatedAt: roadmapProgress.updatedAt,
      hasSkill: sql<boolean>`(${userSkills.skillId} is not null)`,
    })
    .from(roadmapMilestones)
    .leftJoin(
      roadmapProgress,
      and(eq(roadmapProgress.milestoneId, roadmapMilestones.id), eq(roadmapProgress.userId, userId)),
    )
    .leftJoin(userSkills, and(eq(userSkills.skillId, roadmapMilestones.skillId), eq(userSkills.userId, userId)))
    .where(eq(roadmapMilestones.guideId, guideId));
  const progress: ProgressMap = {};
  for (const r of rows) {
    const at = r.updatedAt ? new Date(r.updatedAt).toISOString() : null;
    if (r.kind !== "skill") {
      if (r.status) progress[r.slug] = { status: r.status, updatedAt: at };
      continue;
    }
    if (!r.hasSkill && !r.status) continue;
    // In the profile: done. Not in it: the record's status, except that a "done" whose skill
    // has since left the profile is todo again.
    const effective = r.hasSkill ? "done" : r.status === "done" ? "todo" : r.status!;
    // The record's time stands only when the record agrees with the profile; otherwise the
    // profile changed since, and that change counts as newest (see entriesToMerge).
    progress[r.slug] = { status: effective, updatedAt: r.status === effective ? at : null };
  }
  return progress;
}

/** The share token of a user's roadmap, or null when it is not shared. */
export async function getRoadmapShareToken(
  userId: string,
  guideId: number,
  database: Database = db,
): Promise<string | null> {
  const [row] = await database
    .select({ token: roadmapShares.token })
    .from(roadmapShares)
    .where(and(eq(roadmapShares.userId, userId), eq(roadmapShares.guideId, guideId)));
  return row?.token ?? null;
}

/** What a share link shows: the guide, a first name, and progress. Null when the link is off or unknown. */
export async function getSharedRoadmap(token: string, database: Database = db) {
  const [share] = await database
    .select({ userId: roadmapShares.userId, guideSlug: guides.slug, name: users.name })
    .from(roadmapShares)
    .innerJoin(guides, eq(guides.id, roadmapShares.guideId))
    .innerJoin(users, eq(users.id, roadmapShares.userId))
    .where(eq(roadmapShares.token, token));
  if (!share) return null;
  const roadmap = await getRoadmapByGuideSlug(share.guideSlug, database);
  if (!roadmap) return null;
  const progress = await getProgressByUser(share.userId, roadmap.guide.id, database);
  // Only the first name: no email, no profile fields, no timestamps.
  const firstName = share.name?.trim().split(/\s+/)[0] || null;
  return {
    roadmap,
    firstName,
    progress: Object.fromEntries(
      Object.entries(progress).map(([k, v]) => [k, { status: v.status, updatedAt: null }]),
    ) as ProgressMap,
  };
}
