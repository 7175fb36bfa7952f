import fs from "node:fs";
import path from "node:path";

/*
 * Which of drizzle-kit's migrations a database has applied. Drizzle's migrator records each
 * applied migration in drizzle.__drizzle_migrations with `created_at` = the journal entry's
 * `when` (ms since the epoch; drizzle-orm's pg migrator, readMigrationFiles' folderMillis),
 * so a journal entry without a row of the same `created_at` is pending.
 */

/**
 * Where drizzle-kit writes the migrations (drizzle.config.ts). Resolved from the working
 * directory, the project root for `next start`, `next dev`, scripts and tests alike: the
 * server's bundled code runs from .next/, far from db/.
 */
export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

type JournalEntry = { tag: string; when: number };

/** The journal's migrations, oldest first: tag (e.g. "0020_mail") and `when` (ms). Read once per process. */
let journal: JournalEntry[] | undefined;
export function journalMigrations(): JournalEntry[] {
  journal ??= (
    JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
      entries: JournalEntry[];
    }
  ).entries.map(({ tag, when }) => ({ tag, when }));
  return journal;
}

/** Runs one statement without parameters and answers its rows (the app's executeSql, or the health probe's own connection). */
export type RunSql = (text: string) => Promise<Record<string, unknown>[]>;

/**
 * Tags of the journal's migrations the database has not applied, oldest first (every tag
 * when it has no migrations table yet); empty when it is up to date. Two small reads.
 */
export async function pendingMigrations(run: RunSql): Promise<string[]> {
  const [table] = await run(`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  const applied = new Set<number>();
  if (table?.present === true) {
    for (const row of await run(`select created_at from drizzle.__drizzle_migrations`)) {
      applied.add(Number(row.created_at));
    }
  }
  return journalMigrations()
    .filter((entry) => !applied.has(entry.when))
    .map((entry) => entry.tag);
}
