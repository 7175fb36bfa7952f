import type { NextRequest } from "next/server";
import { db } from "@/db";
import { getDefaultCv } from "@/lib/accounts/default-cv";
import { getCurrentUser } from "@/lib/auth/session";
import { readFileFor } from "@/lib/files/store";
import { errorResponse, fileResponse } from "@/lib/http/respond";
import { failure } from "@/lib/result";

/**
 * The signed-in user's own default CV (the one on /me/profile); there is no id in the URL,
 * so no one else's can be asked for. Inline by default, `?download=1` as an attachment.
 */
export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return errorResponse(failure("unauthenticated", "Sign in to see your CV."));
  const cv = await getDefaultCv(db, user.id);
  const file = cv ? await readFileFor(db, cv.id, { userId: user.id }) : null;
  if (!file) return errorResponse(failure("not_found", "You have no default CV."));
  return fileResponse(file, request.nextUrl.searchParams.get("download") === "1");
}
