import { db } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { getSavedJobIdsByUser } from "@/lib/saved/service";

export const dynamic = "force-dynamic";

/** The signed-in user's saved listing ids, for the save buttons; 401 when signed out. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to see saved roles", issues: [] }, { status: 401 });
  return Response.json(
    { jobIds: await getSavedJobIdsByUser(db, user.id) },
    { headers: { "cache-control": "private, no-store" } },
  );
}
