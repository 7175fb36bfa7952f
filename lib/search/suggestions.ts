import "server-only";
import { sql } from "drizzle-orm";
import { readDb, type Database } from "@/db";
import { rowsOf } from "@/db/rows";
import { companies, jobs, skills } from "@/db/schema";
import { isOpenJob } from "@/lib/jobs/open";

export type Suggestion = { kind: "skill" | "company" | "title"; label: string; value: string };

/** "Did you mean": the known skills, companies and titles closest to a query (pg_trgm). */
export async function getSearchSuggestions(q: string, database: Database = readDb): Promise<Suggestion[]> {
  const text = q
    .replace(/["()-]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 100);
  if (text.length < 3) return [];
  // Skills are compared by every term (name, slug, aliases: "golang", "k8s"), companies by
  // name, both folded like search text (ladder_fold), so accents and case do not matter.
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
      (select 'title', title, title, max(similarity(title, ${text})) from ${jobs}
        where title % ${text} and ${isOpenJob()} group by title order by 4 desc limit 5)
    ) s order by sim desc, label limit 5`);
  const list = rowsOf<Suggestion>(rows);
  return list.map(({ kind, label, value }) => ({ kind, label, value }));
}
