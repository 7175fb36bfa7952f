import { openDatabase, type DatabaseHandle } from "./client";
import { env } from "../env";

export type { Database } from "./client";

// One handle per process: Next.js dev re-evaluates modules on every change, and a second
// PGlite on the same folder would corrupt it, so the handle lives on globalThis.
const globalForDb = globalThis as unknown as { __ladderDb?: DatabaseHandle };

export function getDatabaseHandle(): DatabaseHandle {
  const { DATABASE_URL, PGLITE_DIR } = env();
  globalForDb.__ladderDb ??= DATABASE_URL
    ? openDatabase({ url: DATABASE_URL }, { statementTimeoutMs: 10_000 })
    : openDatabase({ dataDir: PGLITE_DIR });
  return globalForDb.__ladderDb;
}

/** The app's database. Opened on first use, so importing this module opens nothing. */
export const db = new Proxy({} as DatabaseHandle["db"], {
  get(_target, prop) {
    const real = getDatabaseHandle().db as unknown as Record<PropertyKey, unknown>;
    const value = real[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

/** Where the app's database is, for start-up lines: never the URL itself (it may hold a password). */
export function describeDatabaseTarget(): string {
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (!DATABASE_URL) return `embedded PGlite in ${PGLITE_DIR}`;
  const url = new URL(DATABASE_URL);
  return `Postgres at ${url.host}${url.pathname}`;
}
