/*
 * Remembers whether the database may be down, for proxy.ts: while it is suspect, a request
 * is let through only after a probe on a connection of its own answers (2 s at most), so
 * during an outage every request gets a 503 at once instead of each page waiting on the pool
 * and failing with a 500. Kept on globalThis: the proxy and the app's modules are separate
 * bundles in one process.
 *
 * Suspect means: a query failed to reach the server, or a pooled or probe connection closed
 * (Postgres shutting down closes every client socket, so the FIRST request after an outage
 * begins is probed too), or nothing has been confirmed yet since the process started.
 */

const state = globalThis as unknown as { __ladderDbConfirmed?: boolean; __ladderDbFailedAt?: number };

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
  if (!code || !CONNECTION_CODES.has(code)) return;
  state.__ladderDbConfirmed = false;
  state.__ladderDbFailedAt = Date.now();
}

/**
 * Whether a query failed to reach the database in the last `ms` milliseconds (even if it is
 * confirmed back since): a request may have awaited that query's result outside its own
 * context (a cached or shared read), and failed with it.
 */
export function connectionFailedWithin(ms: number): boolean {
  return state.__ladderDbFailedAt !== undefined && Date.now() - state.__ladderDbFailedAt <= ms;
}

/**
 * A connection to the database closed (postgres-js `onclose`: the server went away, or an
 * idle or aged connection ended): the next request asks the database first.
 */
export function noteConnectionClosed(): void {
  state.__ladderDbConfirmed = false;
}

/** Whether the database should be asked before a request goes through. */
export function databaseSuspect(): boolean {
  return state.__ladderDbConfirmed !== true;
}

/** The database answered: requests go straight through again. */
export function databaseRecovered(): void {
  state.__ladderDbConfirmed = true;
}
