import "server-only";
import { redirect } from "next/navigation";
import { auth } from "./auth";

export { safeReturnPath } from "./return-path";

export type CurrentUser = { id: string; email: string; name: string | null; role: "seeker" | "recruiter" | "admin" };

export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  const user = session?.user as (CurrentUser & { id?: string }) | undefined;
  return user?.id && user.email ? { id: user.id, email: user.email, name: user.name ?? null, role: user.role ?? "seeker" } : null;
}

/** The signed-in user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
