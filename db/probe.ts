import { sql } from "drizzle-orm";
import { env } from "../env";
import { getDatabaseHandle } from "./index";
import { pendingMigrations, type RunSql } from "./migration-status";
import { answersWithin, postgresAnswers, probeRows, valueWithin } from "./probe-postgres";

/** Whether the app can serve from its database: what /api/health/ready and /status report. */
export type Readiness = {
  /** "ok" when it answers `select 1` within 2 s. */
  database: "ok" | "unreachable";
  /** "ok" when every migration of the journal is applied; "unknown" when that could not be read within 2 s. */
  migrations: "ok" | "pending" | "unknown";
  /** Tags of the migrations not applied, oldest first (e.g. ["0020_mail"]). */
  pending: string[];
};

/**
 * The database's readiness; never throws, answers within about 4 s (two 2 s limits).
 * Postgres is asked on a connection of its own (db/probe-postgres.ts), so a busy pool does
 * not read as an outage; PGlite lives in this process: its queries queue behind the app's.
 */
export async function databaseReadiness(): Promise<Readiness> {
  const { DATABASE_URL } = env();
  const run: RunSql = DATABASE_URL
    ? (text) => probeRows(DATABASE_URL, text)
    : async (text) => (await getDatabaseHandle().executeSql(text)).rows;
  const reachable = DATABASE_URL
    ? await postgresAnswers(DATABASE_URL)
    : await answersWithin(getDatabaseHandle().db.execute(sql`select 1`));
  if (!reachable) return { database: "unreachable", migrations: "unknown", pending: [] };
  const pending = await valueWithin(pendingMigrations(run));
  if (!pending) return { database: "ok", migrations: "unknown", pending: [] };
  return { database: "ok", migrations: pending.length === 0 ? "ok" : "pending", pending };
}
