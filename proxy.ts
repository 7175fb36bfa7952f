import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { env } from "@/env";
import { authConfig } from "@/lib/auth/auth.config";
import { guardRequest, refuseDuringOutage } from "@/lib/http/request-guard";
import { contentSecurityPolicy, newNonce } from "@/lib/http/security-headers";

/*
 * Thin and database-free, on every request but static files:
 *   1. refuses what no page, route or action should see (lib/http/request-guard.ts), and
 *      answers 503 at once while the database is down (asked only after a connection failed),
 *   2. gives the response a CSP with a fresh nonce; Next reads the nonce from the request's
 *      CSP header and puts it on the scripts it renders,
 *   3. redirects signed-out visitors away from /me, /admin and /recruiter early (pages,
 *      actions and routes check the session themselves as well).
 */
const { auth } = NextAuth(authConfig);
const PROTECTED = /^\/(me|admin|recruiter)(\/|$)/;
const nonces = new WeakMap<Request, string>();

function forward(req: NextRequest, nonce: string): NextResponse {
  const headers = new Headers(req.headers);
  headers.set("content-security-policy", policy(nonce));
  return NextResponse.next({ request: { headers } });
}

// Auth.js's wrapper is typed for route handlers; as a proxy it takes the request and event.
const guarded = auth((req) => forward(req, nonces.get(req) ?? newNonce())) as unknown as (
  req: NextRequest,
  ev: NextFetchEvent,
) => Promise<Response | undefined>;

function policy(nonce: string): string {
  const e = env();
  const formHosts = [
    ...(e.AUTH_GITHUB_ID ? ["https://github.com"] : []),
    ...(e.AUTH_GOOGLE_ID ? ["https://accounts.google.com"] : []),
  ];
  return contentSecurityPolicy(nonce, { dev: e.NODE_ENV === "development", formHosts });
}

export default async function proxy(req: NextRequest, ev: NextFetchEvent): Promise<Response> {
  const nonce = newNonce();
  nonces.set(req, nonce);
  const response =
    (await guardRequest(req)) ??
    (await refuseDuringOutage(req)) ??
    (PROTECTED.test(req.nextUrl.pathname) ? await guarded(req, ev) : forward(req, nonce));
  // Every response gets the policy; Auth.js's redirects and our refusals too. Auth.js's
  // redirect headers are mutable (NextResponse), ours are built here.
  const out = response instanceof Response ? response : forward(req, nonce);
  out.headers.set("content-security-policy", policy(nonce));
  return out;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
