import { and, eq, inArray, or, sql } from "drizzle-orm";
import { db, type Database } from "@/db";
import type { SLUG_KINDS } from "@/db/enums";
import { companies, jobs, slugRedirects } from "@/db/schema";
import { toSlug } from "./slug";

type SlugKind = (typeof SLUG_KINDS)[number];

/**
 * The slug of the company or listing that used to be at `oldSlug`, or null. Pages answer a
 * miss with a permanent redirect to it (308), so links made before a slug was rewritten
 * keep working.
 */
export async function findRenamedSlug(
  kind: SlugKind,
  oldSlug: string,
  database: Database = db,
): Promise<string | null> {
  const [row] = await database
    .select({ targetId: slugRedirects.targetId })
    .from(slugRedirects)
    .where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.oldSlug, oldSlug)))
    .limit(1);
  if (!row) return null;
  const table = kind === "company" ? companies : jobs;
  const [target] = await database.select({ slug: table.slug }).from(table).where(eq(table.id, row.targetId)).limit(1);
  return target?.slug ?? null;
}

/**
 * How slugs were made before lib/slug.ts: combining accents became hyphens and letters
 * outside a-z vanished ("Société Générale" → socie-te-ge-ne-rale, "Ørsted" → rsted). Kept
 * only to recognise the slugs it made.
 */
function legacySlug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

// Text with a character outside ASCII: a UTF-8 character of more than one byte.
const hasNonAscii = (column: typeof companies.name | typeof jobs.title) =>
  sql`octet_length(${column}) <> char_length(${column})`;

/**
 * Rewrites the slugs the old slugify made from names and titles with letters it dropped,
 * keeping each old slug in slug_redirects: a company slug made from its name (not one its
 * owner chose), and a listing slug `<title>-<company>-<suffix>` whose title or company part
 * was mangled. Idempotent (a rewritten slug no longer matches the old rule), one
 * transaction; run by scripts/prepare-db.ts and scripts/migrate.ts after the migrations.
 * Answers how many companies and listings moved.
 */
export async function repairLegacySlugs(database: Database): Promise<{ companies: number; jobs: number }> {
  return database.transaction(async (tx) => {
    const moved = new Map<number, { from: string; to: string }>();
    const named = await tx
      .select({ id: companies.id, slug: companies.slug, name: companies.name })
      .from(companies)
      .where(hasNonAscii(companies.name));
    for (const c of named) {
      const wanted = toSlug(c.name, 60);
      if (c.slug !== legacySlug(c.name).slice(0, 60) || !wanted || wanted === c.slug) continue;
      const to = await freeSlug(wanted, async (s) => (await tx.$count(companies, eq(companies.slug, s))) > 0);
      await tx.update(companies).set({ slug: to }).where(eq(companies.id, c.id));
      await tx.insert(slugRedirects).values({ kind: "company", oldSlug: c.slug, targetId: c.id }).onConflictDoNothing();
      moved.set(c.id, { from: c.slug, to });
    }
    const listings = await tx
      .select({ id: jobs.id, slug: jobs.slug, title: jobs.title, companyId: jobs.companyId, company: companies.slug })
      .from(jobs)
      .innerJoin(companies, eq(companies.id, jobs.companyId))
      .where(or(hasNonAscii(jobs.title), moved.size ? inArray(jobs.companyId, [...moved.keys()]) : sql`false`));
    let jobCount = 0;
    for (const j of listings) {
      const company = moved.get(j.companyId) ?? { from: j.company, to: j.company };
      const prefix = `${legacySlug(j.title).slice(0, 80) || "role"}-${company.from}-`;
      if (!j.slug.startsWith(prefix)) continue;
      const wanted = `${toSlug(j.title, 80) || "role"}-${company.to}-${j.slug.slice(prefix.length)}`;
      if (wanted === j.slug) continue;
      const to = await freeSlug(wanted, async (s) => (await tx.$count(jobs, eq(jobs.slug, s))) > 0);
      await tx.update(jobs).set({ slug: to }).where(eq(jobs.id, j.id));
      await tx.insert(slugRedirects).values({ kind: "job", oldSlug: j.slug, targetId: j.id }).onConflictDoNothing();
      jobCount++;
    }
    return { companies: moved.size, jobs: jobCount };
  });
}

/** `wanted`, or `wanted-2`, `wanted-3`… when taken. */
async function freeSlug(wanted: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  let candidate = wanted;
  for (let n = 2; await taken(candidate); n++) candidate = `${wanted}-${n}`;
  return candidate;
}
