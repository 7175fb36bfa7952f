import type { NextRequest } from "next/server";
import { db } from "@/db";
import { checkSignInLimit } from "@/lib/accounts/rate-limit";
import { signInWaitMessage } from "@/lib/accounts/service";
import { clientAddressKey, handlers } from "@/lib/auth/auth";
import { errorResponse } from "@/lib/http/respond";
import { rateLimited } from "@/lib/result";

export const { GET } = handlers;

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
