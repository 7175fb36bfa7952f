import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { db } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { openSavedSearch } from "@/lib/saved-searches/service";

/** Opens a saved search: marks it seen (its "new" count restarts) and shows the results. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/me/searches")}`);
  const numeric = Number(id);
  const query = Number.isSafeInteger(numeric) && numeric > 0 ? await openSavedSearch(db, user.id, numeric) : null;
  if (query === null) return Response.json({ error: "Not found", issues: [] }, { status: 404 });
  redirect(`/jobs${query ? `?${query}` : ""}`);
}
