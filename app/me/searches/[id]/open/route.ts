import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { db } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { errorResponse } from "@/lib/http/respond";
import { failure } from "@/lib/result";
import { openSavedSearch } from "@/lib/saved-searches/service";
import { dbId } from "@/lib/validation/fields";

/** Opens a saved search: marks it seen (its "new" count restarts) and shows the results. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = dbId().safeParse((await params).id);
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/me/searches")}`);
  const query = id.success ? await openSavedSearch(db, user.id, id.data) : null;
  if (query === null) return errorResponse(failure("not_found", "Not found"));
  redirect(`/jobs${query ? `?${query}` : ""}`);
}
