/* Why a listing matches, for cards: plain code, safe in client components. */

export type SkillRef = { slug: string; name: string };

export type MatchSummary = { done: number; total: number };

/** Done and total skills of one listing for a user (the same count the SQL ranks by). */
export function summarizeMatch(listingSkills: SkillRef[], doneSlugs: ReadonlySet<string>): MatchSummary {
  return { done: listingSkills.filter((s) => doneSlugs.has(s.slug)).length, total: listingSkills.length };
}

/** The listing's skills the user has not done yet, in the listing's order. */
export function missingSkills(listingSkills: SkillRef[], doneSlugs: ReadonlySet<string>): SkillRef[] {
  return listingSkills.filter((s) => !doneSlugs.has(s.slug));
}

/** "6 of 9 skills" */
export function matchLabel(m: MatchSummary): string {
  return `${m.done} of ${m.total} ${m.total === 1 ? "skill" : "skills"}`;
}
