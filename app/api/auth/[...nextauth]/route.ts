import type { NextRequest } from "next/server";
import { db } from "@/db";
import { checkSignInLimit } from "@/lib/accounts/rate-limit";
import { signInWaitMessage } from "@/lib/accounts/service";
import { clientAddressKey, handlers } from "@/lib/auth/auth";
import { errorResponse } from "@/lib/http/respond";
import { failure, rateLimited } from "@/lib/result";

/**
 * Auth.js answers 500 to a callbackUrl (query or cookie) that is not an http(s) URL or a
 * path (its own check, lib/utils/assert.js): a hand-made one gets a 400 here instead.
 */
function refuseBadCallbackUrl(request: NextRequest): Response | null {
  const isHttpUrl = (v: string) => {
    const url = URL.parse(v, v.startsWith("/") ? request.nextUrl.origin : undefined);
    return url !== null && /^https?:$/.test(url.protocol);
  };
  const values = [
    request.nextUrl.searchParams.get("callbackUrl"),
    request.cookies.get("authjs.callback-url")?.value,
    request.cookies.get("__Secure-authjs.callback-url")?.value,
  ];
  if (values.every((v) => !v || isHttpUrl(v))) return null;
  return errorResponse(
    failure("invalid", "Check the return address", [
      { path: "callbackUrl", message: "The return address must be a link on this site" },
    ]),
  );
}

export async function GET(request: NextRequest) {
  return refuseBadCallbackUrl(request) ?? handlers.GET(request);
}

/** Auth.js's redirect to the sign-in page for a refused credentials sign-in: `?error=CredentialsSignin&code=rate_limited`. */
function isRateLimitedRedirect(location: string | null): boolean {
  if (!location) return false;
  const url = URL.parse(location, "http://x.invalid");
  return url?.searchParams.get("error") === "CredentialsSignin" && url.searchParams.get("code") === "rate_limited";
}

/**
 * Auth.js endpoints. The limits are applied inside the credentials check (lib/accounts);
 * when they refuse, Auth.js redirects with `code=rate_limited`, which an HTTP client gets
 * here as a 429 with Retry-After (the sign-in form shows the same message).
 */
export async function POST(request: NextRequest) {
  const refused = refuseBadCallbackUrl(request);
  if (refused) return refused;
  const isCredentials = request.nextUrl.pathname.endsWith("/callback/credentials");
  const form = isCredentials
    ? await request
        .clone()
        .formData()
        .catch(() => null)
    : null;
  const response = await handlers.POST(request);
  if (!isCredentials || !isRateLimitedRedirect(response.headers.get("location"))) return response;
  const email = form?.get("email");
  const limit = await checkSignInLimit(
    db,
    typeof email === "string" ? email.trim().toLowerCase() : "",
    clientAddressKey(),
  );
  const seconds = limit.limited ? limit.retryAfterSeconds : 60;
  return errorResponse(rateLimited(signInWaitMessage(seconds), seconds));
}
