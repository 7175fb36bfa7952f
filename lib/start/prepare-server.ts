import { sql } from "drizzle-orm";
import { describeDatabaseTarget as describeTarget, getDatabaseHandle } from "@/db";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { jobs } from "@/db/schema";
import { env } from "@/env";
import { logger } from "@/lib/log/logger";
import { productionConfigProblems } from "@/lib/production-config";
import { repairLegacySlugs } from "@/lib/slug-redirects";

/**
 * What the server does in its own process before it serves (instrumentation.ts, Node
 * runtime, not during `next build`), on the app's one database handle, so PGlite is opened
 * once (a separate migrating process used to reopen it: about 6 s of every start):
 * 1. in production (`next start`), an incomplete configuration stops the process with exit
 *    code 1 and one line per problem (lib/production-config.ts), before any database opens;
 * 2. pending migrations are applied (db/migrate.ts), then legacy slugs are repaired;
 * 3. one line says where the database is and how many listings it holds; an empty one is
 *    left empty (`npm run db:seed` fills it; `npm run dev` seeds before the server starts).
 * A failed migration also stops the process (exit 1): serving an older schema would fail
 * request by request instead.
 */
export async function prepareServer(): Promise<void> {
  const log = logger();
  const e = env();
  if (e.NODE_ENV === "production") {
    const problems = productionConfigProblems(e);
    if (problems.length > 0) {
      log.fatal(
        { problems },
        `Cannot start: the production configuration is incomplete.\n${problems.map((p) => `  - ${p}`).join("\n")}`,
      );
      process.exit(1);
    }
  }
  const handle = getDatabaseHandle();
  // On Postgres the migration gets a connection of its own without the app's 10 s statement
  // timeout (an index build on a large table takes longer); PGlite has one handle a process.
  const migrating = e.DATABASE_URL ? openDatabase({ url: e.DATABASE_URL }, { max: 1 }) : handle;
  const started = Date.now();
  try {
    await runMigrations(migrating);
    const moved = await repairLegacySlugs(migrating.db);
    if (moved.companies + moved.jobs > 0) {
      log.info(moved, `Rewrote ${moved.companies} company and ${moved.jobs} listing slugs (old addresses redirect).`);
    }
  } catch (error) {
    log.fatal({ err: error }, `Cannot start: migrating the database (${describeTarget()}) failed.`);
    process.exit(1);
  } finally {
    if (migrating !== handle) await migrating.close();
  }
  const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(jobs);
  const count = row?.n ?? 0;
  const ms = Date.now() - started;
  log.info(
    { listings: count, migrateMs: ms },
    count === 0
      ? `Database ready (${describeTarget()}) and empty: \`npm run db:seed\` fills it with generated listings.`
      : `Database ready (${describeTarget()}, ${count} listings).`,
  );
}
