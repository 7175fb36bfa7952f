import type { NextRequest } from "next/server";
import { db } from "@/db";
import { checkSignInLimit } from "@/lib/accounts/rate-limit";
import { clientIp, handlers } from "@/lib/auth/auth";

export const { GET } = handlers;

/**
 * Auth.js endpoints. A credentials sign-in over HTTP that is over the limit gets a 429 with
 * a clear message before Auth.js runs (the sign-in form shows the same message).
 */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = typeof form?.get("email") === "string" ? (form!.get("email") as string).trim().toLowerCase() : "";
    const limit = await checkSignInLimit(db, email, clientIp(request));
    if (limit.limited) {
      return Response.json(
        { error: `Too many failed sign-ins. Wait ${limit.retryAfterMinutes} minutes, then try again.`, issues: [] },
        { status: 429, headers: { "retry-after": String(limit.retryAfterMinutes * 60) } },
      );
    }
  }
  return handlers.POST(request);
}
