import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db, type Database } from "@/db";
import {
  careerLevels,
  guides,
  roadmapMilestones,
  roadmapProgress,
  roadmapShares,
  skills,
  userSkills,
  users,
} from "@/db/schema";
import { getGuideSkillDemand } from "@/lib/guides/demand";
import { getGuideLiveFigures, type LiveSearchFigure } from "@/lib/guides/live";
import type { Demand, ProgressMap, RoadmapDemand, RoadmapView } from "./types";

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
 * Live demand behind a roadmap, by the one definition of skill demand (lib/guides/demand.ts):
 * for each of its skills, the open listings of the guide's role family asking for it and
 * their median pay point, each the answer of `/jobs?guide=<slug>&skill=<skill>`; for each
 * level, the guide's own per-level figure (`/jobs?guide=<slug>&level=<level>`). Every
 * number is a search's, the one the link beside it opens.
 */
export async function getRoadmapDemand(guide: { slug: string }, database: Database = db): Promise<RoadmapDemand> {
  const [bySkill, live] = await Promise.all([
    getGuideSkillDemand(guide.slug, database),
    getGuideLiveFigures(guide.slug, database),
  ]);
  const demand = (f: LiveSearchFigure): Demand => ({ open: f.count, medianPay: f.median, href: f.href });
  return {
    skills: Object.fromEntries(Object.values(bySkill).map((d) => [String(d.skillId), demand(d)])),
    levels: Object.fromEntries(live.levels.map((l) => [l.level, demand(l)])),
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
