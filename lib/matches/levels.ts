/* Level fit: how a listing's level sits against a user's years of experience and target
   level. Pure code, shared by the SQL that ranks (lib/matches/sql.ts) and the words on a
   card, so the two can never disagree. */
import { JOB_LEVELS } from "@/db/enums";
import type { JobLevel } from "@/db/schema";

const RANK: Record<JobLevel, number> = { junior: 0, mid: 1, senior: 2, lead: 3, principal: 4 };

/**
 * The level a number of years usually means, from the Backend Engineer guide's career
 * path (junior 0-2 years, mid 2-5, senior 5-8, lead 8-12, principal 12+). Other guides'
 * paths use the same bands today.
 */
export function levelForYears(years: number): JobLevel {
  if (years < 2) return "junior";
  if (years < 5) return "mid";
  if (years < 8) return "senior";
  if (years < 12) return "lead";
  return "principal";
}

export type LevelProfile = { yearsExperience: number | null; targetLevel: JobLevel | null };

/**
 * The levels a user fits: from the level their years suggest up to (or down to) their
 * target. Null when the profile says neither, and level then ranks nothing.
 */
export function levelRange(p: LevelProfile): { lo: number; hi: number } | null {
  const ranks = [
    p.yearsExperience === null ? null : RANK[levelForYears(p.yearsExperience)],
    p.targetLevel ? RANK[p.targetLevel] : null,
  ].filter((r): r is number => r !== null);
  if (ranks.length === 0) return null;
  return { lo: Math.min(...ranks), hi: Math.max(...ranks) };
}

/** Steps between a level and the user's range: negative below it, positive above, 0 inside. */
export function levelDistance(level: JobLevel, p: LevelProfile): number | null {
  const range = levelRange(p);
  if (!range) return null;
  const r = RANK[level];
  return r < range.lo ? r - range.lo : r > range.hi ? r - range.hi : 0;
}

/** 2 inside the user's range, 1 one level off, 0 further or when the profile says nothing. */
export function levelFit(level: JobLevel, p: LevelProfile): 0 | 1 | 2 {
  const d = levelDistance(level, p);
  if (d === null) return 0;
  return Math.abs(d) === 0 ? 2 : Math.abs(d) === 1 ? 1 : 0;
}

/** levelFit for every level, for the SQL `case`. */
export function levelFitTable(p: LevelProfile): Record<JobLevel, 0 | 1 | 2> {
  return Object.fromEntries(JOB_LEVELS.map((l) => [l, levelFit(l, p)])) as Record<JobLevel, 0 | 1 | 2>;
}

/** A short reason for a card, or null when the profile gives no level to compare with. */
export function levelReason(level: JobLevel, p: LevelProfile): string | null {
  const d = levelDistance(level, p);
  if (d === null) return null;
  if (d === 0) return "Your level";
  if (d === 1) return "One level above you";
  if (d === -1) return "One level below you";
  return d > 0 ? `${d} levels above you` : `${-d} levels below you`;
}
