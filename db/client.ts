import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "../env";
import { noteConnectionClosed } from "./outage";
import { redactFailedQueries } from "./redact-errors";
import * as schema from "./schema";

redactFailedQueries();

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** One raw statement (or, without values, a script of several): its rows (the last statement's). */
export type ExecuteSql = (text: string, values?: readonly unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

export type DatabaseHandle = {
  db: Database;
  kind: "postgres" | "pglite";
  /** Raw SQL on the same client as `db` (the job queue's adapter, lib/queue/). */
  executeSql: ExecuteSql;
  close: () => Promise<void>;
  /**
   * Runs `fn` while holding the Postgres advisory lock `key` (an int8), taken in a
   * transaction on a connection of its own, so several processes starting on one database (app instances,
   * a deploy's migrate step) run `fn` one at a time; the lock goes with that connection if
   * the process dies. PGlite runs `fn` at once: one process owns its folder.
   */
  withAdvisoryLock: <T>(key: number, fn: () => Promise<T>) => Promise<T>;
};

// The raw SQL of each opened database, for code that holds only its drizzle handle (the
// job queue sends on the database a service was given: tests pass their own).
const executors = new WeakMap<object, ExecuteSql>();

/** The raw SQL of a database opened by `openDatabase`, or undefined (e.g. a transaction). */
export function executorOf(database: object): ExecuteSql | undefined {
  return executors.get(database);
}

export type DatabaseTarget = { url: string } | { dataDir: string | "memory" };

/** Opens a database: postgres-js for a URL, else PGlite in a folder (or in memory). */
export function openDatabase(
  target: DatabaseTarget,
  opts: {
    max?: number;
    /** Postgres cancels a statement running longer (the app: 10 s; scripts: none). */ statementTimeoutMs?: number;
  } = {},
): DatabaseHandle {
  if ("url" in target) {
    const client = postgres(target.url, {
      max: opts.max ?? 10,
      onnotice: () => {},
      // Fail fast when the server is down or stuck: a request answers within seconds
      // (app/error.tsx says the service is unavailable) instead of hanging.
      connect_timeout: 3,
      // postgres-js waits before reconnecting, 3^failures/100 s up to 20 s by default: after
      // an outage of a minute the pool slept ~18 s after Postgres was back. At most 0.5 s.
      backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.5),
      // A closed connection may mean the server went away: the proxy asks before the next request.
      onclose: noteConnectionClosed,
      // Named prepared statements live on one server connection; a pooler in transaction
      // mode (PgBouncer) hands each transaction another one, so they must be off there.
      prepare: env().DATABASE_PREPARE,
      ...(opts.statementTimeoutMs ? { connection: { statement_timeout: opts.statementTimeoutMs } } : {}),
    });
    const db = drizzlePostgres({ client, schema, casing: "snake_case" });
    const executeSql: ExecuteSql = async (text, values = []) => {
      // Without values postgres-js uses the simple protocol, which runs a script of statements
      // and answers one result per statement.
      // A script may hold BEGIN ... COMMIT, which must run on one connection: a reserved one.
      let result: unknown;
      if (values.length === 0) {
        const reserved = await client.reserve();
        try {
          result = await reserved.unsafe(text);
        } finally {
          reserved.release();
        }
      } else {
        result = await client.unsafe(text, values as postgres.ParameterOrJSON<never>[]);
      }
      const results = Array.isArray(result) && result.length > 0 && Array.isArray(result[0]) ? result : [result];
      const last = results.at(-1) as Record<string, unknown>[] | undefined;
      return { rows: last ? [...last] : [] };
    };
    executors.set(db, executeSql);
    const withAdvisoryLock = async <T>(key: number, fn: () => Promise<T>): Promise<T> => {
      const lock = postgres(target.url, { max: 1, onnotice: () => {}, connect_timeout: 3, prepare: false });
      try {
        // Transaction-scoped, held by an open transaction: a pooler in transaction mode
        // (PgBouncer) pins one server connection for it and the lock ends at commit; a
        // session lock would stay on whichever server connection ran it. Waiting for the
        // lock must not trip a statement timeout set on the role.
        const outcome: { value?: T } = {};
        await lock.begin(async (tx) => {
          await tx`set local statement_timeout = 0`;
          await tx`select pg_advisory_xact_lock(${key})`;
          outcome.value = await fn();
        });
        return outcome.value as T;
      } finally {
        await lock.end({ timeout: 5 });
      }
    };
    return {
      db: db as unknown as Database,
      kind: "postgres",
      executeSql,
      close: () => client.end({ timeout: 5 }),
      withAdvisoryLock,
    };
  }
  let dataDir: string | undefined;
  if (target.dataDir !== "memory") {
    dataDir = path.resolve(target.dataDir);
    // PGlite does not create missing parent folders itself.
    fs.mkdirSync(dataDir, { recursive: true });
  }
  const client = new PGlite({ dataDir, extensions: { pg_trgm, unaccent } });
  const db = drizzlePglite({ client, schema, casing: "snake_case" });
  const executeSql: ExecuteSql = async (text, values = []) => {
    // PGlite runs one call at a time (its own queue), so callers need no lock of their own;
    // `exec` runs a script (no parameters), `query` one statement with parameters.
    if (values.length === 0) {
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    }
    const result = await client.query<Record<string, unknown>>(text, values as unknown[]);
    return { rows: result.rows };
  };
  executors.set(db, executeSql);
  return {
    db: db as unknown as Database,
    kind: "pglite",
    executeSql,
    close: () => client.close(),
    withAdvisoryLock: (_key, fn) => fn(),
  };
}
