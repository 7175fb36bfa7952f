import "server-only";
import { sql } from "drizzle-orm";
import { readDb, type Database } from "@/db";
import { rowsOf } from "@/db/rows";
import { companies, jobs, listingTitles, skills } from "@/db/schema";
import { isOpenJob } from "@/lib/jobs/open";
import { foldPlace } from "./regions";
import { closestWords } from "./spelling";

export type Suggestion = { kind: "skill" | "company" | "title"; label: string; value: string };

/**
 * "Did you mean": the known skills, companies and titles closest to a query, at most 5, best
 * first. Skills whose name, slug or alias is within a typo or two of a word of the query
 * ("pyhton" → Python, "postgress" → PostgreSQL: edit distance, lib/search/spelling.ts) come
 * first, nearest first; then pg_trgm's closest skills, companies and open listings' titles.
 * [] for a query under 3 characters.
 */
export async function getSearchSuggestions(q: string, database: Database = readDb): Promise<Suggestion[]> {
  const text = q
    .replace(/["()-]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 100);
  if (text.length < 3) return [];
  // Skills are compared by every term (name, slug, aliases: "golang", "k8s"), companies by
  // name, both folded like search text (ladder_fold), so accents and case do not matter.
  const [rows, typos] = await Promise.all([trigramSuggestions(text, database), typoSuggestions(text, database)]);
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const s of [...typos, ...rows]) {
    const key = `${s.kind}:${s.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out.slice(0, 5);
}

/** Skills one of whose terms is a typo or two away from a word of `text`, or from all of it. */
async function typoSuggestions(text: string, database: Database): Promise<Suggestion[]> {
  const list = await database.select({ name: skills.name, slug: skills.slug, terms: skills.terms }).from(skills);
  const known = new Map<string, Suggestion>();
  for (const s of list) for (const term of s.terms) known.set(term, { kind: "skill", label: s.name, value: s.slug });
  const folded = foldPlace(text);
  const words = [...new Set([folded, ...folded.split(" ")])];
  return words
    .flatMap((w) => closestWords(w, known))
    .sort((a, b) => a.distance - b.distance)
    .map((m) => m.value);
}

/**
 * pg_trgm's closest skills (by any term), companies and open listings' titles (each
 * distinct title once: listing_titles; open now by jobs_published_title_idx).
 */
async function trigramSuggestions(text: string, database: Database): Promise<Suggestion[]> {
  const rows = await database.execute<{ kind: Suggestion["kind"]; label: string; value: string; sim: number }>(sql`
    select kind, label, value, sim from (
      (select 'skill' as kind, name as label, slug as value, sim from (
        select s.name, s.slug, (select max(similarity(t, ladder_fold(${text}))) from unnest(s.terms) t) as sim
        from ${skills} s) k
       where sim >= 0.3)
      union all
      (select 'company', name, slug, similarity(ladder_fold(name), ladder_fold(${text})) from ${companies}
        where ladder_fold(name) % ladder_fold(${text}))
      union all
      (select 'title', t.title, t.title, similarity(t.title, ${text}) from ${listingTitles} t
        where t.title % ${text} and exists (select 1 from ${jobs} where ${jobs.title} = t.title and ${isOpenJob()})
        order by 4 desc limit 5)
    ) s order by sim desc, label limit 5`);
  return rowsOf<Suggestion>(rows).map(({ kind, label, value }) => ({ kind, label, value }));
}
