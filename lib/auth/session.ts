import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { UserRole } from "@/db/enums";
import { auth } from "./auth";

export { authPageHref, safeReturnPath, signUpIntent } from "./return-path";

export type CurrentUser = { id: string; email: string; name: string | null; role: UserRole };

// Auth.js names its session cookie authjs.session-token (with a __Secure- prefix over
// HTTPS, and .0, .1... suffixes when chunked).
/** Whether the request carries an Auth.js session cookie (valid or not: no database read). */
export const hasSessionCookie = async () =>
  (await cookies()).getAll().some((c) => c.name.includes("authjs.session-token"));

export async function getCurrentUser(): Promise<CurrentUser | null> {
  // No session cookie, no session: skip Auth.js entirely (most searches are anonymous).
  if (!(await hasSessionCookie())) return null;
  const user = (await auth())?.user;
  return user?.id && user.email ? { id: user.id, email: user.email, name: user.name ?? null, role: user.role } : null;
}

/** The signed-in user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
