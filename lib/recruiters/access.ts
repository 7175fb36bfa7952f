import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { getMembershipByUser } from "./service";

export type RecruiterPageAccess =
  | { allowed: false; user: CurrentUser }
  | { allowed: true; user: CurrentUser; membership: Awaited<ReturnType<typeof getMembershipByUser>> };

/**
 * For recruiter pages: signed in (else a redirect to sign-in), then the role as the
 * database has it now (not as the session cookie remembers it), then the membership.
 */
export async function getRecruiterPageAccess(returnTo: string): Promise<RecruiterPageAccess> {
  const user = await requireUser(returnTo);
  const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, user.id)).limit(1);
  if (row?.role !== "recruiter") return { allowed: false, user };
  return { allowed: true, user, membership: await getMembershipByUser(db, user.id) };
}
