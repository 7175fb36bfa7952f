import { databaseRecovered, databaseSuspect } from "@/db/outage";
import { postgresAnswers } from "@/db/probe-postgres";
import { env } from "@/env";
import { publicOrigin } from "@/lib/public-origin";
import { failure, type Issue } from "@/lib/result";
import { isCleanText } from "@/lib/validation/fields";
import { bodyLimitFor } from "./limits";
import { bodyTooLarge, errorResponse } from "./respond";

/*
 * Checks proxy.ts runs before any page, route or server action sees a request: what Next
 * itself would otherwise fail on with a 500 (a body too large for a server action, a path
 * segment that is not valid percent-encoding, a server action body React cannot decode),
 * and what no route should ever read (bodies over the cap, cross-origin writes to /api).
 * Each refusal is the one error body `{ error, issues }` with a 4xx.
 */

const TOO_LARGE = (limit: number) => errorResponse(bodyTooLarge(limit));
const badBody = (issues: Issue[]) => errorResponse(failure("invalid", "The request body could not be read", issues));

/** Whether every path segment is valid percent-encoded UTF-8 without control characters. */
export function isCleanPath(pathname: string): boolean {
  for (const segment of pathname.split("/")) {
    try {
      if (!isCleanText(decodeURIComponent(segment))) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** Whether `origin` (an Origin header) is this site: the public origin, or the Host the request came to (as Next checks server actions). */
function isSameOrigin(origin: string, host: string | null): boolean {
  const url = URL.parse(origin);
  if (!url) return false;
  return url.origin === publicOrigin() || (host !== null && url.host === host);
}

/** The body's length, reading it (up to the proxy's buffer) when no Content-Length says it. */
async function bodyLength(req: Request, limit: number): Promise<number> {
  const declared = req.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared)) return Number(declared);
  if (!req.body) return 0;
  let total = 0;
  const reader = req.clone().body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return total;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return total;
    }
  }
}

/** React's reply encoding puts an action's arguments in a JSON array; Next spreads it. */
function isJsonArray(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}
const NOT_ARGUMENTS = () => badBody([{ path: "body", message: "The arguments are not a JSON array" }]);

/** Refuses a server action body that React's decoder would throw on (a 500 otherwise). */
async function checkActionBody(req: Request): Promise<Response | null> {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    const raw = await req.clone().text();
    // Part headers with control characters (a field name with NUL, CR or LF): the
    // multipart parser refuses them, and no form of ours has such a field.
    const headerLines = raw.split("\r\n").filter((l) => /^content-(disposition|type):/i.test(l));
    const bad = headerLines.find((l) => !isCleanText(l));
    if (bad !== undefined) return badBody([{ path: "form", message: "A field name has control characters" }]);
    try {
      const form = await req.clone().formData();
      for (const key of form.keys()) {
        if (!isCleanText(key)) return badBody([{ path: "form", message: "A field name has control characters" }]);
      }
      const root = form.get("0");
      if (typeof root !== "string" || !isJsonArray(root)) return NOT_ARGUMENTS();
    } catch {
      return badBody([{ path: "form", message: "The form data is malformed" }]);
    }
    return null;
  }
  if (type.startsWith("text/plain") || type === "") {
    const text = await req.clone().text();
    if (text === "") return null;
    if (!isJsonArray(text)) return NOT_ARGUMENTS();
  }
  return null;
}

/**
/**
 * While the database is down (it is suspect, db/outage.ts: a connection failed or closed
 * since the last good answer, and a 2 s probe on a connection of its own fails too), every
 * request but static files gets a 503 at once: JSON for /api and non-HTML clients, a short
 * page for browsers, with Retry-After. The health routes (/api/health*) answer for
 * themselves (they say what is down, and liveness must not depend on it).
 */
export async function refuseDuringOutage(req: Request): Promise<Response | null> {
  const url = env().DATABASE_URL;
  if (!url || !databaseSuspect()) return null;
  if (/^\/api\/health(\/|$)/.test(new URL(req.url).pathname)) return null;
  if (await postgresAnswers(url)) {
    databaseRecovered();
    return null;
  }
  const headers = { "retry-after": "5", "cache-control": "no-store" };
  const wantsHtml = (req.headers.get("accept") ?? "").includes("text/html");
  if (!wantsHtml || new URL(req.url).pathname.startsWith("/api/")) {
    return errorResponse(failure("unavailable", "Ladder's database is unavailable: try again in a minute"), {
      headers,
    });
  }
  return new Response(OUTAGE_PAGE, {
    status: 503,
    headers: { ...headers, "content-type": "text/html; charset=utf-8" },
  });
}

const OUTAGE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ladder is unavailable</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem">
<main><h1>Ladder is briefly unavailable</h1>
<p>We cannot reach our database right now. Nothing you did caused this; please try again in a minute.</p>
<p><a href="">Try again</a></p></main></body></html>
`;

/** The refusal for a request no page, route or action should see, or null to let it through. */
export async function guardRequest(req: Request): Promise<Response | null> {
  const url = new URL(req.url);
  if (!isCleanPath(url.pathname)) {
    return errorResponse(
      failure("not_found", "Not found", [{ path: "path", message: "The address is not valid percent-encoded text" }]),
    );
  }
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return null;
  const limit = bodyLimitFor(url.pathname);
  if ((await bodyLength(req, limit)) > limit) return TOO_LARGE(limit);
  // Writes to our JSON routes from another origin (a no-cors form or fetch): refused like
  // Next refuses a cross-origin server action. Auth.js checks its own CSRF token; a
  // one-click unsubscribe (RFC 8058) comes from the mail provider by design, and its signed
  // token is its authorization.
  const origin = req.headers.get("origin");
  if (
    url.pathname.startsWith("/api/") &&
    !url.pathname.startsWith("/api/auth/") &&
    !url.pathname.startsWith("/api/alerts/unsubscribe/") &&
    origin !== null &&
    !isSameOrigin(origin, req.headers.get("host"))
  ) {
    return errorResponse(
      failure("forbidden", "Cross-origin requests are refused", [
        { path: "origin", message: "Send the request from this site" },
      ]),
    );
  }
  if (req.headers.has("next-action")) return checkActionBody(req);
  return null;
}
