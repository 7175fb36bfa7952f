import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { db, type Database } from "@/db";
import { rowsOf } from "@/db/rows";
import {
  companies,
  guides,
  guideSkillAreas,
  guideSkillAreaSkills,
  jobs,
  skills,
  userSkills,
  users,
  type RoleFamily,
} from "@/db/schema";
import { isOpenJob } from "@/lib/jobs/open";
import { cardSelection, getJobCardsByIds, rowToCard, type JobCard } from "@/lib/jobs/queries";
import type { Cursor } from "@/lib/search/cursor";
import { missingSkills, summarizeMatch, type SkillRef } from "./describe";
import { levelReason } from "./levels";
import { matchScoreSql, sharesASkillByIndexSql, sharesASkillSql, type MatchProfile } from "./sql";

/** A signed-in user as matching sees them: done skills and level profile. */
export type MatchViewer = MatchProfile & {
  userId: string;
  targetGuideId: number | null;
  skills: SkillRef[];
  doneSlugs: ReadonlySet<string>;
};

/** The user's done skills (their user_skills rows) and level profile; null for an unknown user. */
export async function getMatchViewerByUser(userId: string, database: Database = db): Promise<MatchViewer | null> {
  const [[user], mine] = await Promise.all([
    database
      .select({
        yearsExperience: users.yearsExperience,
        targetLevel: users.targetLevel,
        targetGuideId: users.targetGuideId,
      })
      .from(users)
      .where(eq(users.id, userId)),
    database
      .select({ id: skills.id, slug: skills.slug, name: skills.name })
      .from(userSkills)
      .innerJoin(skills, eq(skills.id, userSkills.skillId))
      .where(eq(userSkills.userId, userId))
      .orderBy(asc(skills.name)),
  ]);
  if (!user) return null;
  return {
    userId,
    yearsExperience: user.yearsExperience,
    targetLevel: user.targetLevel,
    targetGuideId: user.targetGuideId,
    skillIds: mine.map((s) => s.id),
    skills: mine.map(({ slug, name }) => ({ slug, name })),
    doneSlugs: new Set(mine.map((s) => s.slug)),
  };
}

export type MatchWindow = { open: SQL; within: SQL };

export type MatchRow = { id: number; pkey: string; score: number; card: JobCard };

/**
 * With words (`q`), the best-match sort ranks the newest MATCH_TEXT_CAP text matches; older
 * ones follow, newest first. A common word matches a third of all listings, and scoring
 * each means reading its row (the text index holds no skills): capped, "backend" costs
 * what a rare word does. The same trade as the relevance sort's RANK_CAP.
 */
export const MATCH_TEXT_CAP = 2_000;
/**
 * Without words, both /me/matches and the best-match sort rank the newest MATCH_RANK_CAP
 * candidates (at 100k listings, about a week of postings); older ones follow by date, so
 * paging still visits each once. Scoring every open listing cost ~50 ms at 100k, over the
 * search's 50 ms target; a board of up to 10,000 candidates is ranked exactly.
 */
export const MATCH_RANK_CAP = 10_000;

const pkeyOf = (column: SQL) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * One page of listings matching `where`, best match first: score (share of skills done,
 * then level fit), then newest, then id, over a ranked set of at most `cap` rows: the
 * newest `cap` of `window.open` that pass `window.within` (`where` without "open"; the scan
 * then stops after `cap` index entries however narrow the filters), or without a window
 * the newest `cap` rows of `where`. Rows past the ranked set follow newest first and carry
 * score -1, which orders them after every ranked row, so keyset cursors visit each once.
 */
export async function getMatchPageRows(
  where: SQL,
  profile: MatchProfile,
  after: Extract<Cursor, { s: "match" }> | null,
  take: number,
  database: Database,
  opts: { cap: number; window?: MatchWindow },
): Promise<MatchRow[]> {
  const { cap, window } = opts;
  const ranked: { id: number; pkey: string; score: number }[] = [];
  let olderThan = after && after.m < 0 ? { p: after.p, id: after.id } : null;
  if (!olderThan) {
    const keyset = after
      ? sql`and (score, published_at, id) < (${after.m}, ${after.p}::timestamptz, ${after.id})`
      : sql``;
    // One statement: score the newest `cap` matches, return the page, and, when the
    // matches fill the set, its oldest row (where the date-ordered rest starts).
    const result = await database.execute(sql`
      with c as materialized (
        -- rn follows the scan's own order (no extra sort): row number cap is the ranked
        -- set's oldest row, there only when the candidates fill the set.
        select ${jobs.id} as id, ${jobs.publishedAt} as published_at, ${matchScoreSql(profile)} as score,
               ${window ? sql`(${window.within})` : sql`true`} as ok,
               row_number() over (order by ${jobs.publishedAt} desc, ${jobs.id} desc) as rn
        from ${jobs} where ${window?.open ?? where} order by ${jobs.publishedAt} desc, ${jobs.id} desc limit ${cap}
      )
      (select id, ${pkeyOf(sql`published_at`)} as pkey, score, false as edge from c where ok ${keyset}
        order by score desc, published_at desc, id desc limit ${take})
      union all
      (select id, ${pkeyOf(sql`published_at`)}, null, true from c where rn = ${cap})`);
    const rows = rowsOf<{ id: number | string; pkey: string; score: number | string | null; edge: boolean }>(result);
    for (const r of rows) if (!r.edge) ranked.push({ id: Number(r.id), pkey: r.pkey, score: Number(r.score) });
    const edge = rows.find((r) => r.edge);
    if (edge && ranked.length < take) olderThan = { p: edge.pkey, id: Number(edge.id) };
  }
  const [cards, older] = await Promise.all([
    getJobCardsByIds(
      ranked.map((r) => r.id),
      database,
    ),
    olderThan
      ? database
          .select({ ...cardSelection, pkey: pkeyOf(sql`${jobs.publishedAt}`) })
          .from(jobs)
          .innerJoin(companies, eq(companies.id, jobs.companyId))
          .where(and(where, sql`(${jobs.publishedAt}, ${jobs.id}) < (${olderThan.p}::timestamptz, ${olderThan.id})`))
          .orderBy(desc(jobs.publishedAt), desc(jobs.id))
          .limit(take - ranked.length)
      : Promise.resolve([]),
  ]);
  const cardById = new Map(cards.map((c) => [c.id, c]));
  return [
    ...ranked.flatMap((r) => (cardById.has(r.id) ? [{ ...r, card: cardById.get(r.id)! }] : [])),
    ...older.map((r) => ({ id: r.id, pkey: r.pkey, score: -1, card: rowToCard(r) })),
  ];
}

/** Where a skill is learned: its roadmap milestone when a guide covers it, else a search for it. */
export function skillHref(skillSlug: string, guideSlug: string | null | undefined): string {
  return guideSlug ? `/guides/${guideSlug}/roadmap#skill-${skillSlug}` : `/jobs?skill=${encodeURIComponent(skillSlug)}`;
}

/**
 * For each skill (every skill in a guide when `slugs` is null), the published guide whose
 * skill areas include it (the user's target guide first when several do).
 */
export async function getGuideSlugsBySkills(
  slugs: string[] | null,
  preferGuideId: number | null,
  database: Database = db,
): Promise<Map<string, string>> {
  if (slugs?.length === 0) return new Map();
  const rows = await database
    .selectDistinctOn([skills.slug], { skill: skills.slug, guide: guides.slug })
    .from(guideSkillAreaSkills)
    .innerJoin(skills, eq(skills.id, guideSkillAreaSkills.skillId))
    .innerJoin(guideSkillAreas, eq(guideSkillAreas.id, guideSkillAreaSkills.areaId))
    .innerJoin(guides, and(eq(guides.id, guideSkillAreas.guideId), eq(guides.published, true)))
    .where(slugs ? inArray(skills.slug, [...new Set(slugs)]) : undefined)
    .orderBy(skills.slug, sql`(${guides.id} = ${preferGuideId ?? -1}) desc`, guides.id);
  return new Map(rows.map((r) => [r.skill, r.guide]));
}

/** Below this many published listings sharing a skill (planner's estimate), read them through the GIN index. */
export const INDEX_CANDIDATES_MAX = 5_000;

/** Postgres' own estimate of the published listings sharing one of the user's skills. */
async function estimateSharing(profile: MatchProfile, database: Database): Promise<number> {
  const result = await database.execute(
    sql`explain (format json) select 1 from ${jobs} where ${jobs.status} = 'published' and ${sharesASkillByIndexSql(profile)}`,
  );
  const [row] = rowsOf<Record<string, unknown>>(result);
  const raw = row ? Object.values(row)[0] : null;
  const plan = (typeof raw === "string" ? JSON.parse(raw) : raw) as [{ Plan: { "Plan Rows": number } }] | null;
  return plan?.[0]?.Plan["Plan Rows"] ?? Number.POSITIVE_INFINITY;
}

export type MatchedJob = {
  job: JobCard;
  score: number;
  done: number;
  total: number;
  missing: (SkillRef & { href: string })[];
  /** "Your level", "One level above you"...; null when the profile gives no level. */
  level: string | null;
};

export type MatchedJobsPage = {
  items: MatchedJob[];
  nextCursor: Extract<Cursor, { s: "match" }> | null;
  /** What the ranking used (null for an unknown user). */
  profile: { skills: SkillRef[]; yearsExperience: number | null; targetLevel: MatchViewer["targetLevel"] } | null;
};

export const MATCHES_PAGE_SIZE = 20;

/**
 * Open listings sharing at least one of the user's done skills, best match first, one
 * keyset page at a time. Only this user's skills are read.
 */
export async function getMatchedJobsByUser(
  userId: string,
  // candidates: how to find listings sharing a skill; "auto" asks the planner (tests force each).
  opts: {
    after?: Extract<Cursor, { s: "match" }> | null;
    limit?: number;
    candidates?: "auto" | "index" | "mask";
    rankCap?: number;
    /** Only listings of this role family (the guide the user is aiming for); any family without. */
    roleFamily?: RoleFamily | null;
  } = {},
  database: Database = db,
): Promise<MatchedJobsPage> {
  const viewer = await getMatchViewerByUser(userId, database);
  if (!viewer) return { items: [], nextCursor: null, profile: null };
  const profile = { skills: viewer.skills, yearsExperience: viewer.yearsExperience, targetLevel: viewer.targetLevel };
  if (viewer.skillIds.length === 0) return { items: [], nextCursor: null, profile };
  const limit = opts.limit ?? MATCHES_PAGE_SIZE;
  // Rare skills: the GIN index finds the few listings at once. Common ones (most listings
  // share one): score every open listing in one index-only scan of the match index.
  const mode = opts.candidates ?? "auto";
  const useIndex =
    mode === "index" || (mode === "auto" && (await estimateSharing(viewer, database)) < INDEX_CANDIDATES_MAX);
  const sharesAny = useIndex ? sharesASkillByIndexSql(viewer) : sharesASkillSql(viewer);
  const shares = opts.roleFamily ? and(sharesAny, eq(jobs.roleFamily, opts.roleFamily))! : sharesAny;
  // The guides' skills are a few dozen rows: read them alongside the page, not after it.
  const [rows, guideBySkill] = await Promise.all([
    getMatchPageRows(and(isOpenJob(), shares)!, viewer, opts.after ?? null, limit + 1, database, {
      cap: opts.rankCap ?? MATCH_RANK_CAP,
      // Few candidates (GIN): rank them all up to the cap. Many (mask): a window of the newest
      // open listings, read from the match index alone.
      window: useIndex ? undefined : { open: isOpenJob(), within: shares },
    }),
    getGuideSlugsBySkills(null, viewer.targetGuideId, database),
  ]);
  const page = rows.slice(0, limit);
  const cards = page.map((r) => r.card);
  const scoreById = new Map(page.map((r) => [r.id, r.score]));
  const last = page[page.length - 1];
  return {
    profile,
    nextCursor: rows.length > limit && last ? { s: "match", m: last.score, p: last.pkey, id: last.id } : null,
    items: cards.map((job) => ({
      job,
      score: scoreById.get(job.id) ?? 0,
      ...summarizeMatch(job.skills, viewer.doneSlugs),
      missing: missingSkills(job.skills, viewer.doneSlugs).map((s) => ({
        ...s,
        href: skillHref(s.slug, guideBySkill.get(s.slug)),
      })),
      level: levelReason(job.level, viewer),
    })),
  };
}
