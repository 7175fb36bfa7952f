import { env, parseEnv } from "@/env";

/**
 * The public origin every absolute URL is built from (links in feeds, API items, mail,
 * redirects): `APP_URL`, else `AUTH_URL`, else `http://localhost:$PORT` for local runs.
 * Never the request's `Host`: behind a proxy that is the server's own address.
 * Returns the origin without a trailing slash, e.g. "https://ladder.example".
 * `source` (tests) replaces the process environment; the environment module (env.ts)
 * refuses an APP_URL or AUTH_URL that is not an http(s) URL.
 */
export function publicOrigin(source?: Record<string, string | undefined>): string {
  const e = source ? parseEnv(source) : env();
  return new URL(e.APP_URL ?? e.AUTH_URL ?? `http://localhost:${e.PORT}`).origin;
}

/** An absolute URL for `path` (which starts with "/") on the public origin. */
export function absoluteUrl(path: string, source?: Record<string, string | undefined>): string {
  return `${publicOrigin(source)}${path.startsWith("/") ? path : `/${path}`}`;
}
