import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { DatabaseHandle } from "./client";

export const migrationsFolder = path.join(import.meta.dirname ?? __dirname, "migrations");

/**
 * Applies pending migrations. Around them, two things drizzle-kit cannot express, both
 * idempotent: the pg_trgm extension (the schema's trigram indexes need it), and column
 * storage for jobs. Search reads search_vector for thousands of rows per query; kept
 * inline (MAIN) it is read with its row, while the description, read only on a listing's
 * own page, moves out of line (EXTERNAL). Measured at 100k listings: see docs/benchmarks.md.
 */
export async function runMigrations(handle: DatabaseHandle): Promise<void> {
  await handle.db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as never, { migrationsFolder });
  } else {
    await migratePostgres(handle.db as never, { migrationsFolder });
  }
  await handle.db.execute(
    sql`ALTER TABLE jobs ALTER COLUMN description SET STORAGE EXTERNAL, ALTER COLUMN search_vector SET STORAGE MAIN`,
  );
}
