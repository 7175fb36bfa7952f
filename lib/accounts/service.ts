import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { users } from "@/db/schema";
import { hashPassword, verifyPassword } from "./password";
import { checkSignInLimit, recordSignInAttempt } from "./rate-limit";

export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  role: "seeker" | "recruiter" | "admin";
  tokenVersion: number;
};

export type AuthenticateResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterMinutes: number };

/**
 * Email + password sign-in. A known and an unknown email take the same path and cost (a
 * hash is always verified) and fail with the same answer; failures count towards the
 * per-email and per-IP limits.
 */
export async function authenticate(
  database: Database,
  input: { email: string; password: string; ip: string },
): Promise<AuthenticateResult> {
  const email = input.email.trim().toLowerCase();
  const limit = await checkSignInLimit(database, email, input.ip);
  if (limit.limited) return { ok: false, reason: "rate_limited", retryAfterMinutes: limit.retryAfterMinutes };
  const [user] = await database.select().from(users).where(eq(users.email, email)).limit(1);
  const ok = await verifyPassword(user?.passwordHash, input.password);
  await recordSignInAttempt(database, email, input.ip, ok);
  if (!ok || !user) return { ok: false, reason: "invalid" };
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, tokenVersion: user.tokenVersion },
  };
}

/**
 * Creates an account. For an email that already has one it does the same work (a hash)
 * and returns the same answer, changing nothing: sign-up never reveals who is registered.
 */
export async function registerUser(
  database: Database,
  input: { email: string; password: string; name: string; role: "seeker" | "recruiter" },
): Promise<{ ok: true }> {
  const passwordHash = await hashPassword(input.password);
  await database
    .insert(users)
    .values({ email: input.email.trim().toLowerCase(), name: input.name, role: input.role, passwordHash })
    .onConflictDoNothing({ target: users.email });
  return { ok: true };
}

/** The current token version, or null for a deleted user: sessions carrying another value are void. */
export async function getTokenVersion(database: Database, userId: string): Promise<number | null> {
  const [row] = await database.select({ v: users.tokenVersion }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.v ?? null;
}

/** Ends every session of the user, on every device (sign-out, password change). */
export async function revokeSessions(database: Database, userId: string): Promise<void> {
  await database
    .update(users)
    .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
    .where(eq(users.id, userId));
}

/** Changes the password after checking the current one, and ends all sessions. */
export async function changePassword(
  database: Database,
  userId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<{ ok: true } | { ok: false; reason: "invalid" }> {
  const [user] = await database.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!(await verifyPassword(user?.passwordHash, input.currentPassword)) || !user)
    return { ok: false, reason: "invalid" };
  await database
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword), tokenVersion: sql`${users.tokenVersion} + 1` })
    .where(eq(users.id, userId));
  return { ok: true };
}
