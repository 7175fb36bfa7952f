/* The match score as SQL, shared by /me/matches and the search's "Best match" sort. */
import { sql, type SQL } from "drizzle-orm";
import { JOB_LEVELS } from "@/db/enums";
import { jobs, SKILL_MASK_BITS } from "@/db/schema";
import { levelFitTable, type LevelProfile } from "./levels";

/** What ranking needs to know about a user: their done skills (ids) and level profile. */
export type MatchProfile = LevelProfile & { skillIds: number[] };

/**
 * Score = share of the listing's skills the user has done (in 1/10,000, floored), then
 * level fit (0-2): share * 10 + fit, one integer, so order and keyset cursors need one
 * column. Equal shares (2 of 4, 3 of 6) get equal scores.
 */
export const SHARE_SCALE = 10_000;
export const decodeScore = (score: number) => ({ share: Math.floor(score / 10) / SHARE_SCALE, levelFit: score % 10 });

const ids = (p: MatchProfile) =>
  [...new Set(p.skillIds.filter((id) => Number.isSafeInteger(id) && id > 0))].sort((a, b) => a - b);

/** The user's skills as a bit(SKILL_MASK_BITS) literal, laid out like jobs.skill_mask. */
export function skillMaskLiteral(p: MatchProfile): string {
  const bits = new Array<string>(SKILL_MASK_BITS).fill("0");
  for (const id of ids(p)) if (id <= SKILL_MASK_BITS) bits[id - 1] = "1";
  return bits.join("");
}

/**
 * How many of the listing's skills the user has done: one AND and a popcount on the
 * listing's mask (the cost does not grow with the number of skills), plus, for skill ids
 * past the mask's width, a lookup in skill_ids.
 */
export function doneSkillsSql(p: MatchProfile): SQL<number> {
  const wide = ids(p).filter((id) => id > SKILL_MASK_BITS);
  const extra = wide.map((id) => sql` + (${sql.raw(String(id))} = any(${jobs.skillIds}))::int`);
  return sql<number>`(bit_count(${jobs.skillMask} & B'${sql.raw(skillMaskLiteral(p))}')::int${sql.join(extra, sql``)})`;
}

/** 0-2 per listing level, from the user's years and target level (lib/matches/levels.ts). */
export function levelFitSql(p: MatchProfile): SQL<number> {
  const table = levelFitTable(p);
  const arms = JOB_LEVELS.map((l) => sql.raw(` when '${l}' then ${table[l]}`));
  return sql<number>`(case ${jobs.level}${sql.join(arms, sql``)} else 0 end)`;
}

/** The ranking score (see SHARE_SCALE); 0 share for listings without skills. */
export function matchScoreSql(p: MatchProfile): SQL<number> {
  // skill_count is cardinality(skill_ids), stored so the match index can carry it.
  const share = ids(p).length
    ? sql`case when ${jobs.skillCount} = 0 then 0 else ${doneSkillsSql(p)} * ${sql.raw(String(SHARE_SCALE))} / ${jobs.skillCount} end`
    : sql`0`;
  return sql<number>`((${share}) * 10 + ${levelFitSql(p)})`;
}

/**
 * Listings sharing at least one of the user's skills, tested on the mask so that the match
 * index answers it without reading the table (skill_ids only for ids past the mask).
 */
export function sharesASkillSql(p: MatchProfile): SQL {
  const zero = "0".repeat(SKILL_MASK_BITS);
  const wide = ids(p).filter((id) => id > SKILL_MASK_BITS);
  const overlap = sql`(${jobs.skillMask} & B'${sql.raw(skillMaskLiteral(p))}') <> B'${sql.raw(zero)}'`;
  return wide.length
    ? sql`(${overlap} or ${jobs.skillIds} && ${sql.raw(`'{${wide.join(",")}}'::integer[]`)})`
    : overlap;
}

/**
 * The same set as sharesASkillSql, as the GIN index on skill_ids answers it: far faster
 * when few listings share the user's skills (one rare skill: ~2 ms against ~25 ms for the
 * full index scan at 100k), far slower when most do (a bitmap over 70k rows).
 */
export function sharesASkillByIndexSql(p: MatchProfile): SQL {
  return sql`${jobs.skillIds} && ${sql.raw(`'{${ids(p).join(",")}}'::integer[]`)}`;
}

/**
 * Listings that have every one of these skills, tested on the mask, so the match index
 * answers a skill filter without reading the table (skill_ids is not in that index: a
 * skill filter under the best-match sort cost ~60 ms of heap reads at 100k). Null when an
 * id lies past the mask's width: then only skill_ids can tell.
 */
export function hasSkillsByMaskSql(skillIds: number[]): SQL | null {
  if (skillIds.length === 0 || skillIds.some((id) => id > SKILL_MASK_BITS)) return null;
  const mask = skillMaskLiteral({ skillIds, yearsExperience: null, targetLevel: null });
  return sql`(${jobs.skillMask} & B'${sql.raw(mask)}') = B'${sql.raw(mask)}'`;
}
