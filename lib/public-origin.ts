/**
 * The public origin every absolute URL is built from (links in feeds, API items, mail,
 * redirects): `APP_URL`, else `AUTH_URL`, else `http://localhost:$PORT` for local runs.
 * Never the request's `Host`: behind a proxy that is the server's own address.
 * Returns the origin without a trailing slash, e.g. "https://ladder.example".
 * Throws when the configured value is not an http(s) URL (a deployment mistake).
 */
export function publicOrigin(env: Record<string, string | undefined> = process.env): string {
  const configured = env.APP_URL?.trim() || env.AUTH_URL?.trim();
  const raw = configured || `http://localhost:${env.PORT?.trim() || "3000"}`;
  const url = new URL(raw);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`APP_URL must be an http(s) URL, got ${JSON.stringify(raw)}`);
  }
  return url.origin;
}

/** An absolute URL for `path` (which starts with "/") on the public origin. */
export function absoluteUrl(path: string, env?: Record<string, string | undefined>): string {
  return `${publicOrigin(env)}${path.startsWith("/") ? path : `/${path}`}`;
}
