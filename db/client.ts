import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { redactFailedQueries } from "./redact-errors";
import * as schema from "./schema";

redactFailedQueries();

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseHandle = {
  db: Database;
  kind: "postgres" | "pglite";
  close: () => Promise<void>;
};

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
      ...(opts.statementTimeoutMs ? { connection: { statement_timeout: opts.statementTimeoutMs } } : {}),
    });
    const db = drizzlePostgres({ client, schema, casing: "snake_case" });
    return { db: db as unknown as Database, kind: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  let dataDir: string | undefined;
  if (target.dataDir !== "memory") {
    dataDir = path.resolve(target.dataDir);
    // PGlite does not create missing parent folders itself.
    fs.mkdirSync(dataDir, { recursive: true });
  }
  const client = new PGlite({ dataDir, extensions: { pg_trgm, unaccent } });
  const db = drizzlePglite({ client, schema, casing: "snake_case" });
  return { db: db as unknown as Database, kind: "pglite", close: () => client.close() };
}
