import { and, eq, notInArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import * as t from "../schema";
import type { RoadmapSeed } from "./data/types";

/**
 * Writes a guide's roadmap in place: milestones are upserted by (guide, slug) and only
 * those no longer in the seed are deleted, so re-seeding keeps everyone's progress.
 * Refuses a roadmap whose skill milestones are not exactly the guide's skill-area skills.
 */
export async function seedRoadmap(db: Database, roadmap: RoadmapSeed, skillId: Map<string, number>) {
  await db.transaction(async (tx) => {
    const [guide] = await tx.select({ id: t.guides.id }).from(t.guides).where(eq(t.guides.slug, roadmap.guide));
    if (!guide) throw new Error(`Roadmap: unknown guide "${roadmap.guide}"`);
    const areaSkills = await tx
      .select({ slug: t.skills.slug })
      .from(t.guideSkillAreaSkills)
      .innerJoin(t.guideSkillAreas, eq(t.guideSkillAreas.id, t.guideSkillAreaSkills.areaId))
      .innerJoin(t.skills, eq(t.skills.id, t.guideSkillAreaSkills.skillId))
      .where(eq(t.guideSkillAreas.guideId, guide.id));
    const expected = new Set(areaSkills.map((s) => s.slug));
    const skillMilestones = roadmap.milestones.filter((m) => m.kind === "skill").map((m) => m.skill ?? "");
    const got = new Set(skillMilestones);
    const missing = [...expected].filter((s) => !got.has(s));
    const extra = [...got].filter((s) => !expected.has(s));
    if (missing.length || extra.length || got.size !== skillMilestones.length) {
      throw new Error(
        `Roadmap ${roadmap.guide}: skill milestones must be the guide's skills once each (missing: ${missing.join(", ") || "none"}; not in the guide: ${extra.join(", ") || "none"})`,
      );
    }

    const rows = roadmap.milestones.map((m, i) => {
      if (m.kind !== "skill" && m.skill)
        throw new Error(`Roadmap ${roadmap.guide}: "${m.slug}" is a ${m.kind} but names a skill`);
      const id = m.skill ? skillId.get(m.skill) : null;
      if (id === undefined) throw new Error(`Roadmap ${roadmap.guide}: unknown skill "${m.skill}"`);
      return {
        guideId: guide.id,
        slug: m.slug,
        level: m.level,
        area: m.area,
        position: i + 1,
        kind: m.kind,
        title: m.title,
        description: m.description,
        skillId: id,
        url: m.url ?? null,
      };
    });
    const slugs = rows.map((r) => r.slug);
    await tx
      .delete(t.roadmapMilestones)
      .where(and(eq(t.roadmapMilestones.guideId, guide.id), notInArray(t.roadmapMilestones.slug, slugs)));
    // Clear skill links first, so a skill moving from one milestone to another cannot clash
    // with the (guide, skill) unique index halfway through the upsert below.
    await tx
      .update(t.roadmapMilestones)
      .set({ skillId: null, kind: "topic" })
      .where(eq(t.roadmapMilestones.guideId, guide.id));
    await tx
      .insert(t.roadmapMilestones)
      .values(rows)
      .onConflictDoUpdate({
        target: [t.roadmapMilestones.guideId, t.roadmapMilestones.slug],
        set: {
          level: sql`excluded.level`,
          area: sql`excluded.area`,
          position: sql`excluded.position`,
          kind: sql`excluded.kind`,
          title: sql`excluded.title`,
          description: sql`excluded.description`,
          skillId: sql`excluded.skill_id`,
          url: sql`excluded.url`,
        },
      });
  });
  return roadmap.milestones.length;
}
