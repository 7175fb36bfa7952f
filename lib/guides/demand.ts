import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type Database } from "@/db";
import { guideSkillAreaSkills, guideSkillAreas, guides, roadmapMilestones, skills } from "@/db/schema";
import { getSalaryHistogram } from "@/lib/search/histogram";
import { parseSearchParams } from "@/lib/search/params";
import { getSearchSummary } from "@/lib/search/summary";
import { searchHref, type LiveSearchFigure } from "./live";

/*
 * Skill demand, the one definition used by the guides' skill areas, the roadmaps and the
 * search's skill facet: the open listings of a guide's role family whose skills include the
 * skill. It is the total of `/jobs?guide=<guide>&skill=<skill>`, and each figure is computed
 * by the same two calls that give that page its total and its pay histogram's median
 * (getSearchSummary, getSalaryHistogram; median of the pay point, lib/pay/point.ts): what the
 * linked page shows, by construction. (Not the whole searchJobs, whose page of cards and
 * skill lookup would double the statements per skill.) On that search, the skill facet's count for the
 * skill is the same number (a chosen facet value counts the total; lib/search/summary.ts).
 */

/** A skill's demand: its linked search's figure, keyed for display. */
export type SkillDemand = LiveSearchFigure & { skillId: number; slug: string; name: string };

/**
 * Demand for every skill a guide names (its skill areas and its roadmap's skill
 * milestones), keyed by skill slug. Three statements per skill (filters only: each reads at
 * most its newest 1,500 matches from the covering index); callers cache the result under the
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
  const figures = await Promise.all(
    named.map(async (s): Promise<LiveSearchFigure> => {
      const raw = { guide: guideSlug, skill: s.slug };
      const parsed = parseSearchParams(raw);
      if (!parsed.ok) throw new Error(`Bad demand search: ${JSON.stringify(parsed.issues)}`);
      const [summary, histogram] = await Promise.all([
        getSearchSummary(parsed.value, database, { skillIds: [s.id] }),
        getSalaryHistogram(parsed.value, database, { skillIds: [s.id] }),
      ]);
      return {
        href: searchHref(raw),
        count: summary.total,
        countIsEstimate: summary.totalIsEstimate,
        median: histogram.median,
        sample: histogram.sampleSize,
      };
    }),
  );
  return Object.fromEntries(
    named.map((s, i) => [s.slug, { ...figures[i]!, skillId: s.id, slug: s.slug, name: s.name }]),
  );
}
