import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type Database } from "@/db";
import { guideSkillAreaSkills, guideSkillAreas, guides, roadmapMilestones, skills } from "@/db/schema";
import { figureFromSearch, type LiveSearchFigure } from "./live";

/*
 * Skill demand, the one definition used by the guides' skill areas, the roadmaps and the
 * search's skill facet: the open listings of a guide's role family whose skills include the
 * skill. It is the total of `/jobs?guide=<guide>&skill=<skill>`, and each figure is that
 * search's own answer (figureFromSearch), with its median pay point (lib/pay/point.ts): what
 * the linked page shows, by construction. On that search, the skill facet's count for the
 * skill is the same number (a chosen facet value counts the total; lib/search/summary.ts).
 */

/** A skill's demand: its linked search's figure, keyed for display. */
export type SkillDemand = LiveSearchFigure & { skillId: number; slug: string; name: string };

/**
 * Demand for every skill a guide names (its skill areas and its roadmap's skill
 * milestones), keyed by skill slug. One search per skill (filters only: each reads at most
 * its newest 1,500 matches from the covering index); callers cache the result under the
 * listings tag. A guide whose family has no open listing asking for a skill gets count 0
 * for it: the pages then show no demand line rather than "0 open listings".
 */
export async function getGuideSkillDemand(
  guideSlug: string,
  database: Database = db,
): Promise<Record<string, SkillDemand>> {
  const [guide] = await database.select({ id: guides.id }).from(guides).where(eq(guides.slug, guideSlug));
  if (!guide) return {};
  const named = await database
    .selectDistinct({ id: skills.id, slug: skills.slug, name: skills.name })
    .from(skills)
    .where(
      sql`${skills.id} in (select ${guideSkillAreaSkills.skillId} from ${guideSkillAreaSkills}
          join ${guideSkillAreas} on ${guideSkillAreas.id} = ${guideSkillAreaSkills.areaId}
          where ${guideSkillAreas.guideId} = ${guide.id}
        union select ${roadmapMilestones.skillId} from ${roadmapMilestones}
          where ${roadmapMilestones.guideId} = ${guide.id} and ${roadmapMilestones.skillId} is not null)`,
    );
  const figures = await Promise.all(named.map((s) => figureFromSearch({ guide: guideSlug, skill: s.slug }, database)));
  return Object.fromEntries(
    named.map((s, i) => [s.slug, { ...figures[i]!, skillId: s.id, slug: s.slug, name: s.name }]),
  );
}
