import "server-only";
import { and, gte, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { readDb, type Database } from "@/db";
import { companies, guides, jobs, skills } from "@/db/schema";
import { isOpenJob } from "@/lib/jobs/open";
import { hasSkillsByMaskSql } from "@/lib/matches/sql";
import type { SearchParams } from "./params";
import { remoteAreasFor } from "./regions";

/* The WHERE conditions of a search: the non-facet ones (text, pay, place, age, guide, open)
   and the facet filters, which the summary turns off one at a time. */

export type FacetKey = "workplace" | "level" | "type" | "company" | "skill";
export const FACET_KEYS: FacetKey[] = ["workplace", "level", "type", "company", "skill"];

/**
 * The search's words as a tsquery: resolved with aliases when withTextQuery ran (every
 * entry point does), else parsed by websearch_to_tsquery from the same folded text.
 */
export const tsQuery = (p: { q?: string; tsq?: string }) =>
  p.tsq !== undefined ? sql`${p.tsq}::tsquery` : sql`websearch_to_tsquery('english', ladder_fold(${p.q ?? ""}))`;
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Conditions that are not facets: text, pay, place, age, guide, and "open". */
export function baseConditions(p: SearchParams, opts: { open?: boolean } = {}): SQL {
  const c: (SQL | undefined)[] = [opts.open === false ? sql`true` : isOpenJob()];
  if (p.q) c.push(sql`${jobs.searchVector} @@ ${tsQuery(p)}`);
  if (p.salaryMin !== undefined) {
    const reaches = gte(jobs.salaryTopUsd, p.salaryMin);
    c.push(p.includeNoSalary ? or(reaches, isNull(jobs.salaryTopUsd)) : reaches);
  }
  if (p.location) {
    // place is folded by ladder_fold, so "Zurich" finds Zürich and "São Paulo" Sao Paulo.
    // Both sides are folded to lower case, so LIKE, not ILIKE: in a UTF-8 database ILIKE
    // lower-cases every row it tests, and a remote-place sample tests ~11,000 rows with up
    // to five patterns (EXPLAIN ANALYZE at 1,000,000 listings: 33-77 ms with ILIKE, 2.4-3.6
    // ms with LIKE, the same rows). The trigram index serves both.
    const here = sql`${jobs.place} like '%' || ladder_fold(${escapeLike(p.location)}) || '%'`;
    // A country also finds the remote roles open to a region containing it ("Germany":
    // Remote (Europe), (EMEA), (Worldwide)); their location line names the region. A known
    // city finds those open to its country or its regions ("Berlin": Remote (Germany),
    // (Europe)...), while on-site and hybrid roles still match by the city itself.
    const areas = remoteAreasFor(p.location);
    const open = areas.map((a) => sql`${jobs.place} like ${`%${escapeLike(a)}%`}`);
    c.push(areas.length ? sql`(${here} or (${jobs.workplace} = 'remote' and (${sql.join(open, sql` or `)})))` : here);
  }
  if (p.postedWithin !== undefined)
    c.push(sql`${jobs.publishedAt} >= now() - make_interval(days => ${p.postedWithin})`);
  if (p.guide) {
    c.push(
      sql`${jobs.roleFamily} = (select ${guides.roleFamily} from ${guides} where ${guides.slug} = ${p.guide} and ${guides.published})`,
    );
  }
  return and(...c)!;
}

/** Where the facet columns are read: the jobs table, or a sample of it inside a statement. */
export type Columns = { workplace: SQL; level: SQL; type: SQL; companyId: SQL; skillIds: SQL };
export const jobColumns: Columns = {
  workplace: sql`${jobs.workplace}`,
  level: sql`${jobs.level}`,
  type: sql`${jobs.employmentType}`,
  companyId: sql`${jobs.companyId}`,
  skillIds: sql`${jobs.skillIds}`,
};
const list = (values: (string | number)[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * A search's skill filter as skill ids: undefined without one, null when a slug is unknown
 * (nothing matches). Resolved before the query is built because the planner cannot see
 * through `array[(select id ...)]`: it then guesses, and for two common skills picked a
 * bitmap over every listing with both (45 ms) instead of the newest-first index (3 ms).
 */
export type SkillFilter = number[] | null | undefined;

export async function resolveSkillFilter(p: SearchParams, database: Database = readDb): Promise<SkillFilter> {
  if (!p.skill?.length) return undefined;
  const found = await database.select({ id: skills.id }).from(skills).where(inArray(skills.slug, p.skill));
  if (found.length < new Set(p.skill).size) return null;
  return found.map((s) => s.id).sort((a, b) => a - b);
}

/** The resolved filter when the caller has one, else a lookup (only when the search filters by skill). */
export async function skillFilterOf(p: SearchParams, database: Database, given?: SkillFilter): Promise<SkillFilter> {
  return given !== undefined || !p.skill?.length ? given : resolveSkillFilter(p, database);
}

function skillCondition(p: SearchParams, col: SQL, ids: SkillFilter): SQL | undefined {
  if (!p.skill?.length) return undefined;
  if (ids === null) return sql`false`;
  if (ids) return sql`${col} @> array[${list(ids)}]::integer[]`;
  // Unresolved (callers that build conditions synchronously): an unknown slug yields
  // array[null], which no listing contains.
  return and(
    ...p.skill.map(
      (slug) => sql`${col} @> array[(select ${skills.id} from ${skills} where ${skills.slug} = ${slug})]::integer[]`,
    ),
  );
}

/** The facet filters, as conditions on the given columns (the jobs table, or a sample of it). */
export function facetConditions(
  p: SearchParams,
  col: Columns,
  skillIds?: SkillFilter,
): Record<FacetKey, SQL | undefined> {
  return {
    workplace: p.workplace ? sql`${col.workplace} in (${list(p.workplace)})` : undefined,
    level: p.level ? sql`${col.level} in (${list(p.level)})` : undefined,
    type: p.type ? sql`${col.type} in (${list(p.type)})` : undefined,
    company: p.company
      ? sql`${col.companyId} = (select ${companies.id} from ${companies} where ${companies.slug} = ${p.company})`
      : undefined,
    // All requested skills.
    skill: skillCondition(p, col.skillIds, skillIds),
  };
}

/** Every facet filter but `omit`'s, as one condition. */
export const allBut = (filters: Record<FacetKey, SQL | undefined>, omit?: FacetKey) =>
  and(sql`true`, ...FACET_KEYS.filter((k) => k !== omit).map((k) => filters[k]))!;

/** The WHERE conditions of a search; `omit` leaves one facet's own filter out. */
export function searchConditions(p: SearchParams, omit?: FacetKey, skillIds?: SkillFilter): SQL {
  return and(baseConditions(p), allBut(facetConditions(p, jobColumns, skillIds), omit))!;
}

/**
 * The search's conditions for the best-match sort: `where`, all of them, and `within`, the
 * same without "open" (the ranked set is a window of open listings already, and "open"
 * reads status, which the match index does not carry). A skill filter is tested on the
 * skill mask (in the match index) instead of skill_ids (not in it). Unknown slugs match
 * nothing, as in searchConditions.
 */
export function matchSortConditions(p: SearchParams, where: SQL, skillIds: SkillFilter): { where: SQL; within: SQL } {
  const within = (omit?: FacetKey) =>
    and(baseConditions(p, { open: false }), allBut(facetConditions(p, jobColumns, skillIds), omit))!;
  if (!skillIds) return { where, within: within() };
  const byMask = hasSkillsByMaskSql(skillIds);
  if (!byMask) return { where, within: within() };
  return { where: and(searchConditions(p, "skill", skillIds), byMask)!, within: and(within("skill"), byMask)! };
}
