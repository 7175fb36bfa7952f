/* The guides' content modules as the pages need them: sources, editorial pay source and
   skills by guide slug. Pure data (content/guides/), no database. */
import { GUIDE_MODULES } from "@/content/guides";
import { PAY_SURVEYS, type PaySurvey } from "@/content/guides/pay-surveys";
import type { GuideModule } from "@/content/guides/types";

export function guideModule(slug: string): GuideModule | undefined {
  return GUIDE_MODULES.find((g) => g.slug === slug);
}

/** The pay survey a guide's editorial bands come from (its payRangeSource, matched by URL), or null. */
export function guideSurvey(slug: string): PaySurvey | null {
  const url = guideModule(slug)?.payRangeSource.url;
  return PAY_SURVEYS.find((s) => s.url === url) ?? null;
}

/** A guide's skills (slugs), in the order its skill areas list them. */
export function guideSkillSlugs(guide: Pick<GuideModule, "skillAreas">): string[] {
  return guide.skillAreas.flatMap((a) => [...a.skills]);
}

export type SkillOverlap = {
  from: string;
  to: string;
  /** Skills of `to` that `from` also lists. */
  shared: string[];
  /** All of `to`'s skills. */
  total: number;
};

/**
 * For every ordered pair of guides, how many of the destination guide's skills the origin
 * guide already covers: "moving from frontend to full stack: you already have 6 of 21".
 */
export function skillOverlaps(guides: readonly Pick<GuideModule, "slug" | "skillAreas">[]): SkillOverlap[] {
  const sets = new Map(guides.map((g) => [g.slug, guideSkillSlugs(g)]));
  return guides.flatMap((from) =>
    guides
      .filter((to) => to.slug !== from.slug)
      .map((to) => {
        const mine = new Set(sets.get(from.slug));
        const theirs = sets.get(to.slug)!;
        return { from: from.slug, to: to.slug, shared: theirs.filter((s) => mine.has(s)), total: theirs.length };
      }),
  );
}
