import type { JWT } from "next-auth/jwt";
import type { Database } from "@/db";
import type { UserRole } from "@/db/enums";
import { getSessionState } from "@/lib/accounts/service";

/** Absolute limit: a session ends this long after its sign-in, however active. Seconds. */
export const SESSION_ABSOLUTE_SECONDS = 30 * 24 * 60 * 60;

/** The claims of a new session for `user`, signed in at `now` (seconds since the epoch). */
export function newSessionClaims(
  token: JWT,
  user: { id: string; role: UserRole; tokenVersion: number },
  now: number,
): JWT {
  return { ...token, uid: user.id, role: user.role, tv: user.tokenVersion, authAt: now };
}

/**
 * Whether a session token may still be used at `now` (seconds): it carries a user id, a
 * sign-in time under SESSION_ABSOLUTE_SECONDS ago (tokens without one predate the limit and
 * must sign in again), and the user's current token version (sign-out and password change
 * move it on). Returns the token with the user's role, email and name as they are now (an
 * account type switch or an email change shows at once), or null to end the session.
 */
export async function checkSessionToken(database: Database, token: JWT, now: number): Promise<JWT | null> {
  if (typeof token.uid !== "string" || typeof token.tv !== "number") return null;
  if (typeof token.authAt !== "number" || now - token.authAt >= SESSION_ABSOLUTE_SECONDS) return null;
  const current = await getSessionState(database, token.uid);
  if (current === null || current.tokenVersion !== token.tv) return null;
  return { ...token, role: current.role, email: current.email, name: current.name };
}
