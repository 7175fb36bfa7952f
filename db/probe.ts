import { sql } from "drizzle-orm";
import { env } from "../env";
import { getDatabaseHandle } from "./index";
import { answersWithin, postgresAnswers } from "./probe-postgres";

/**
 * True when the database answers `select 1` within 2 s; never throws. Postgres: on a
 * connection of its own (db/probe-postgres.ts). PGlite lives in this process: a query on it.
 */
export async function databaseAnswers(): Promise<boolean> {
  const { DATABASE_URL } = env();
  if (DATABASE_URL) return postgresAnswers(DATABASE_URL);
  return answersWithin(getDatabaseHandle().db.execute(sql`select 1`));
}
