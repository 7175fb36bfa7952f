import postgres from "postgres";
import { env } from "../env";
import { getDatabaseHandle } from "./index";
import { sql } from "drizzle-orm";

/*
 * Whether the database answers, asked outside the app's pool: behind busy pooled
 * connections a health check would time out waiting for a turn and report an outage while
 * every page still serves. On Postgres: its own single connection (opened on demand,
 * closed when idle), a 2 s connect timeout and a 2 s statement timeout. On PGlite the
 * database is in this process: a query on it.
 */

const PROBE_TIMEOUT_MS = 2_000;
const globalForProbe = globalThis as unknown as { __ladderProbe?: postgres.Sql };

function probeClient(url: string): postgres.Sql {
  globalForProbe.__ladderProbe ??= postgres(url, {
    max: 1,
    connect_timeout: PROBE_TIMEOUT_MS / 1000,
    idle_timeout: 30,
    onnotice: () => {},
    connection: { statement_timeout: PROBE_TIMEOUT_MS, application_name: "ladder-health" },
  });
  return globalForProbe.__ladderProbe;
}

/** True when `select 1` answers within 2 s; never throws, never waits longer than that. */
export async function databaseAnswers(): Promise<boolean> {
  const { DATABASE_URL } = env();
  const query = DATABASE_URL
    ? probeClient(DATABASE_URL)`select 1`.then(() => undefined)
    : getDatabaseHandle()
        .db.execute(sql`select 1`)
        .then(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([query, timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
