import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { getMatchViewerByUser, type MatchViewer } from "./queries";

/** The signed-in user's skills and level for matching; null when signed out. */
export async function getCurrentMatchViewer(): Promise<MatchViewer | null> {
  const user = await getCurrentUser();
  return user ? getMatchViewerByUser(user.id) : null;
}

/** The field-level issue for sort=match without a session (the API's 400, the page's notice). */
export const MATCH_SORT_NEEDS_SIGN_IN = {
  path: "sort",
  message: "Sorting by best match needs you to sign in",
} as const;
