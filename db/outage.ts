/*
 * Remembers that the database just failed to answer, for proxy.ts: while it is down, a
 * request gets a 503 at once (after a 2 s probe on a connection of its own) instead of
 * each page waiting on the pool and failing with a 500. Kept on globalThis: the proxy and
 * the app's modules are separate bundles in one process.
 */

/** How long after a connection failure the proxy checks the database before each request. */
const SUSPECT_MS = 30_000;
const state = globalThis as unknown as { __ladderDbFailedAt?: number };

// postgres-js and Postgres codes for "cannot reach / lost the server" (not bad queries).
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "53300", // too_many_connections
  "08000",
  "08003",
  "08006",
  "08001",
  "08004",
]);

function codeOf(error: unknown): string | undefined {
  for (
    let e = error as { code?: unknown; cause?: unknown } | undefined, i = 0;
    e && i < 4;
    e = e.cause as typeof e, i++
  ) {
    if (typeof e.code === "string") return e.code;
  }
  return undefined;
}

/** Notes a query failure; only connection failures count. */
export function noteQueryFailure(error: unknown): void {
  const code = codeOf(error);
  if (code && CONNECTION_CODES.has(code)) state.__ladderDbFailedAt = Date.now();
}

/** Whether a connection failed recently enough that the database should be asked first. */
export function databaseSuspect(now = Date.now()): boolean {
  return state.__ladderDbFailedAt !== undefined && now - state.__ladderDbFailedAt < SUSPECT_MS;
}

/** The database answered: requests go straight through again. */
export function databaseRecovered(): void {
  state.__ladderDbFailedAt = undefined;
}
