import "server-only";
import { sql } from "drizzle-orm";
import { db, type Database } from "@/db";
import { rowsOf } from "@/db/rows";
import { companies, jobs, skills } from "@/db/schema";
import { isOpenJob } from "@/lib/jobs/open";

export type Suggestion = { kind: "skill" | "company" | "title"; label: string; value: string };

/** "Did you mean": the known skills, companies and titles closest to a query (pg_trgm). */
export async function getSearchSuggestions(q: string, database: Database = db): Promise<Suggestion[]> {
  const text = q
    .replace(/["()-]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 100);
  if (text.length < 3) return [];
  const rows = await database.execute<{ kind: Suggestion["kind"]; label: string; value: string; sim: number }>(sql`
    select kind, label, value, sim from (
      (select 'skill' as kind, name as label, slug as value, similarity(name, ${text}) as sim from ${skills} where name % ${text} or slug % ${text})
      union all
      (select 'company', name, slug, similarity(name, ${text}) from ${companies} where name % ${text})
      union all
      (select 'title', title, title, max(similarity(title, ${text})) from ${jobs}
        where title % ${text} and ${isOpenJob()} group by title order by 4 desc limit 5)
    ) s order by sim desc, label limit 5`);
  const list = rowsOf<Suggestion>(rows);
  return list.map(({ kind, label, value }) => ({ kind, label, value }));
}
