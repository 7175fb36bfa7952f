import { db } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { errorResponse } from "@/lib/http/respond";
import { failure } from "@/lib/result";
import { getSavedJobIdsByUser } from "@/lib/saved/service";

export const dynamic = "force-dynamic";

/** The signed-in user's saved listing ids, for the save buttons; 401 when signed out. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return errorResponse(failure("unauthenticated", "Sign in to see saved roles"));
  return Response.json(
    { jobIds: await getSavedJobIdsByUser(db, user.id) },
    { headers: { "cache-control": "private, no-store" } },
  );
}
