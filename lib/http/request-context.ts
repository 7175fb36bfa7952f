import { AsyncLocalStorage } from "node:async_hooks";
import crypto from "node:crypto";

/*
 * What the server knows about the request being handled, for every line logged and every
 * limit counted while it runs: its id and its client address. Set once per request by the
 * hook in lib/http/client-address.ts (installed by instrumentation.ts before Next sees the
 * request), so server components, server actions, route handlers and the proxy all run
 * inside it.
 */

/** Which address the request came from, and whether it was resolved from a real socket. */
export type ClientAddress = { address: string; verified: boolean };

/** The request's id (`X-Request-Id`) and client address. */
export type RequestContext = ClientAddress & { requestId: string };

// One store per process, on globalThis: instrumentation.ts and the route bundles are
// separate module graphs, so a module-level instance would not be shared.
const STORE = Symbol.for("ladder.requestContext");
const g = globalThis as { [STORE]?: AsyncLocalStorage<RequestContext> };

/** The process's one request store. */
export const requestStorage: AsyncLocalStorage<RequestContext> = (g[STORE] ??= new AsyncLocalStorage<RequestContext>());

/**
 * An incoming `X-Request-Id` is kept when it is 8 to 128 characters of letters, digits and
 * `._:-` (a load balancer's or a caller's correlation id, e.g. a UUID); anything else (longer,
 * with spaces, quotes, control characters or several values) is replaced, so a client cannot
 * write arbitrary text into log lines.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request id to use for a request: its own `X-Request-Id` if sane, else a new UUID v4. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === "string" && SANE_REQUEST_ID.test(header) ? header : crypto.randomUUID();
}

/** The id of the request being handled, or undefined outside one (start-up, the worker's jobs). */
export function currentRequestId(): string | undefined {
  return requestStorage.getStore()?.requestId;
}
