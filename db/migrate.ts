import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { DatabaseHandle } from "./client";
import { migrationsFolder } from "./migration-status";

/** Width of the mask; equals SKILL_MASK_BITS in db/schema.ts. */
const SKILL_MASK_BITS = 256;

/**
 * jobs.skill_mask is generated from skill_ids by this function (a generated column cannot
 * hold a subquery itself), so it must exist before the migration that adds the column.
 * Bit k-1 is set for skill id k; ids above the width are left out of the mask and counted
 * from skill_ids instead (lib/matches/sql.ts).
 */
const SKILL_MASK_FUNCTION =
  sql.raw(`CREATE OR REPLACE FUNCTION ladder_skill_mask(ids integer[]) RETURNS bit(${SKILL_MASK_BITS})
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(bit_or(B'1'::bit(${SKILL_MASK_BITS}) >> (k - 1)), B'0'::bit(${SKILL_MASK_BITS})) FROM unnest(ids) AS k WHERE k BETWEEN 1 AND ${SKILL_MASK_BITS} $$`);

/**
 * Applies pending migrations. Around them, things drizzle-kit cannot express, all
 * idempotent: the pg_trgm extension (the schema's trigram indexes need it), the
 * ladder_skill_mask() function (jobs.skill_mask, below), and column
 * storage for jobs. Search reads search_vector for thousands of rows per query; kept
 * inline (MAIN) it is read with its row, while the description, read only on a listing's
 * own page, moves out of line (EXTERNAL). Measured at 100k listings: see docs/benchmarks.md.
 * On Postgres it all runs under an advisory lock, so concurrent callers take turns.
 */
export async function runMigrations(handle: DatabaseHandle): Promise<void> {
  // Two processes migrating one database at once (instances of a deploy starting together)
  // would race on CREATE EXTENSION and on the migrations table: one at a time, the second
  // finds nothing left to do.
  await handle.withAdvisoryLock(MIGRATION_LOCK_KEY, () => migrateOnce(handle));
}

/** The advisory lock key of migrations: any fixed int8 Ladder uses for nothing else. */
const MIGRATION_LOCK_KEY = 7_400_114;

async function migrateOnce(handle: DatabaseHandle): Promise<void> {
  await handle.db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
  await handle.db.execute(SKILL_MASK_FUNCTION);
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as never, { migrationsFolder });
  } else {
    await migratePostgres(handle.db as never, { migrationsFolder });
  }
  await handle.db.execute(
    sql`ALTER TABLE jobs ALTER COLUMN description SET STORAGE EXTERNAL, ALTER COLUMN search_vector SET STORAGE MAIN`,
  );
}
