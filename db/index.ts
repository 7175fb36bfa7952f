import { withReplicas } from "drizzle-orm/pg-core";
import { openDatabase, type DatabaseHandle } from "./client";
import { claimEmbeddedFolder } from "./embedded-lock";
import { env } from "../env";

export type { Database } from "./client";

// One handle per process: Next.js dev re-evaluates modules on every change, and a second
// PGlite on the same folder would corrupt it, so the handle lives on globalThis.
const globalForDb = globalThis as unknown as { __ladderDb?: DatabaseHandle; __ladderReadDb?: DatabaseHandle["db"] };

export function getDatabaseHandle(): DatabaseHandle {
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (
    !globalForDb.__ladderDb &&
    !DATABASE_URL &&
    PGLITE_DIR !== "memory" &&
    process.env.NEXT_PHASE !== "phase-production-build"
  ) {
    // Scripts (npm run import, db:seed, ...) refuse the folder while this process holds it;
    // the record goes when the process exits or the handle closes (db/embedded-lock.ts).
    const claim = claimEmbeddedFolder(PGLITE_DIR);
    const handle = openDatabase({ dataDir: PGLITE_DIR });
    globalForDb.__ladderDb = {
      ...handle,
      close: async () => {
        await handle.close();
        claim.release();
      },
    };
  }
  globalForDb.__ladderDb ??= DATABASE_URL
    ? openDatabase({ url: DATABASE_URL }, { statementTimeoutMs: 10_000 })
    : openDatabase({ dataDir: PGLITE_DIR });
  return globalForDb.__ladderDb;
}

/**
 * The database that read-only, staleness-tolerant paths use (search): with
 * DATABASE_REPLICA_URL, drizzle's `withReplicas` over the primary and that streaming
 * replica: selects, and here raw `execute` too, go to the replica; inserts, updates,
 * deletes and transactions to the primary. Without it, the primary itself.
 * A replica lags by milliseconds to seconds, so anything a user reads back after their own
 * write (their tracker, their listings, a listing page after publishing) uses `db`.
 */
export function getReadDatabase(): DatabaseHandle["db"] {
  const primary = getDatabaseHandle();
  const { DATABASE_REPLICA_URL } = env();
  if (!DATABASE_REPLICA_URL || primary.kind !== "postgres") return primary.db;
  if (!globalForDb.__ladderReadDb) {
    const replica = openDatabase({ url: DATABASE_REPLICA_URL }, { statementTimeoutMs: 10_000 }).db;
    // withReplicas sends raw SQL to the primary (it may write); search's raw SQL only reads.
    globalForDb.__ladderReadDb = Object.assign(withReplicas(primary.db, [replica]), {
      execute: replica.execute.bind(replica),
    }) as unknown as DatabaseHandle["db"];
  }
  return globalForDb.__ladderReadDb;
}

function lazy(open: () => DatabaseHandle["db"]): DatabaseHandle["db"] {
  return new Proxy({} as DatabaseHandle["db"], {
    get(_target, prop) {
      const real = open() as unknown as Record<PropertyKey, unknown>;
      const value = real[prop];
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
    },
  });
}

/** The app's database (the primary). Opened on first use, so importing this module opens nothing. */
export const db = lazy(() => getDatabaseHandle().db);

/** Reads that may come from the replica (see getReadDatabase); the primary without one. */
export const readDb = lazy(getReadDatabase);

/** Where the app's database is, for start-up lines: never the URL itself (it may hold a password). */
export function describeDatabaseTarget(): string {
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (!DATABASE_URL) return `embedded PGlite in ${PGLITE_DIR}`;
  const url = new URL(DATABASE_URL);
  return `Postgres at ${url.host}${url.pathname}`;
}
