import { db } from "@/db";
import { env } from "@/env";
import { sendDigestsNowForTest } from "@/lib/alerts/digest";
import { getCurrentUser } from "@/lib/auth/session";
import { errorResponse } from "@/lib/http/respond";
import { failure } from "@/lib/result";

export const dynamic = "force-dynamic";

/**
 * E2E only: a 404 unless the server runs with LADDER_TEST_ROUTES=1 (set by
 * playwright.config.ts alone). Signed in, sends the digests of the caller's own saved
 * searches as if a period had passed (lib/alerts/digest.ts), through the same mail queue as
 * the hourly job; nobody else's searches are touched. Answers `{ processed, mailed }`.
 */
export async function POST() {
  if (!env().LADDER_TEST_ROUTES) return errorResponse(failure("not_found", "Not found"));
  const user = await getCurrentUser();
  if (!user) return errorResponse(failure("unauthenticated", "Sign in first"));
  return Response.json(await sendDigestsNowForTest(db, user.id), { headers: { "cache-control": "no-store" } });
}
