import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import type { UserRole } from "@/db/enums";
import { users } from "@/db/schema";
import { failure, ok, rateLimited, type Result } from "@/lib/result";
import { hashPassword, verifyPassword } from "./password";
import { containsEmail, PASSWORD_MESSAGES } from "./password-policy";
import { limitedPasswordCheck } from "./rate-limit";
import { sendVerificationEmail } from "./tokens";

type SessionUser = { id: string; email: string; name: string | null; role: UserRole; tokenVersion: number };

const NO_MATCH = "That email and password do not match an account.";

/** "Wait 3 minutes": the wait in whole minutes, rounded up. */
export const waitMinutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/** The message of a refused sign-in, naming the wait and the way in that needs none (a reset by mail). */
export const signInWaitMessage = (seconds: number) => {
  const wait = waitMinutes(seconds);
  return `Too many failed sign-ins for this account or network. Wait ${wait} minute${wait === 1 ? "" : "s"}, then try again, or set a new password by email with "Forgot your password?" (that works at once).`;
};

/**
 * Email + password sign-in. A known and an unknown email take the same path and cost (a
 * hash is always verified) and fail with the same answer (invalid). Every attempt passes
 * the limits of ./rate-limit.ts first (`ip` is the client's `addressKey`); over them the
 * password is not even checked (rate_limited, with `retryAfterSeconds`).
 */
export async function authenticate(
  database: Database,
  input: { email: string; password: string; ip: string },
): Promise<Result<SessionUser>> {
  const email = input.email.trim().toLowerCase();
  const result = await limitedPasswordCheck(
    database,
    email,
    input.ip,
    async () => {
      const [user] = await database.select().from(users).where(eq(users.email, email)).limit(1);
      const matches = await verifyPassword(user?.passwordHash, input.password);
      return matches && user ? user : null;
    },
    {
      invalid: () => failure("invalid", NO_MATCH),
      limited: (seconds) => rateLimited(signInWaitMessage(seconds), seconds),
    },
  );
  if (!result.ok) return result;
  const { id, name, role, tokenVersion } = result.value;
  return ok({ id, email: result.value.email, name, role, tokenVersion });
}

/**
 * Creates an account and mails it a verification link (the account works at once; see
 * ./tokens.ts). For an email that already has one it does the same work (a hash) and
 * changes nothing. `created` says which happened; it is for the sign-up action alone,
 * which signs a new account in and gives an existing email the same answer as before
 * (the README's Accounts section says what that does and does not reveal).
 */
export async function registerUser(
  database: Database,
  input: { email: string; password: string; name: string; role: Exclude<UserRole, "admin"> },
): Promise<Result<{ created: boolean }>> {
  const passwordHash = await hashPassword(input.password);
  const [row] = await database
    .insert(users)
    .values({ email: input.email.trim().toLowerCase(), name: input.name, role: input.role, passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  if (row) await sendVerificationEmail(database, row.id, null);
  return ok({ created: Boolean(row) });
}

/**
 * What a session re-reads on every request: the token version (sessions carrying another
 * value are void), and the role, email and name as they are now (the account type and the
 * address can change after sign-in). Null for a deleted user.
 */
export async function getSessionState(
  database: Database,
  userId: string,
): Promise<{ tokenVersion: number; role: UserRole; email: string; name: string | null } | null> {
  const [row] = await database
    .select({ tokenVersion: users.tokenVersion, role: users.role, email: users.email, name: users.name })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

/** The current token version, or null for a deleted user: sessions carrying another value are void. */
export async function getTokenVersion(database: Database, userId: string): Promise<number | null> {
  const [row] = await database.select({ v: users.tokenVersion }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.v ?? null;
}

/** Ends every session of the user, on every device (password change, sign-out). */
export async function revokeSessions(database: Database, userId: string): Promise<void> {
  await database
    .update(users)
    .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
    .where(eq(users.id, userId));
}

/**
 * Sign-out with a session token carrying `tokenVersion`: ends every session of the user,
 * but only when that token is still current. A copy of an already revoked cookie cannot
 * sign its owner out again and again. Returns whether it revoked.
 */
export async function revokeSessionsFromToken(
  database: Database,
  userId: string,
  tokenVersion: number,
): Promise<boolean> {
  const changed = await database
    .update(users)
    .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
    .where(and(eq(users.id, userId), eq(users.tokenVersion, tokenVersion)))
    .returning({ id: users.id });
  return changed.length > 0;
}

/**
 * Changes the password after checking the current one, and ends all sessions. The check
 * counts against the same limits as sign-in (per email and per address `ip`), so a stolen
 * session cannot be used to guess the password. Answers a field-level failure: `invalid`
 * (wrong current password, or a new one that contains the email) or `rate_limited`.
 */
export async function changePassword(
  database: Database,
  userId: string,
  input: { currentPassword: string; newPassword: string; ip: string },
): Promise<Result> {
  const [user] = await database.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return failure("unauthenticated", "Your session ended: sign in again.");
  if (containsEmail(input.newPassword, user.email)) {
    return failure("invalid", "Choose another password.", [{ path: "newPassword", message: PASSWORD_MESSAGES.email }]);
  }
  const check = await limitedPasswordCheck(
    database,
    user.email,
    input.ip,
    async () => ((await verifyPassword(user.passwordHash, input.currentPassword)) ? true : null),
    {
      invalid: () =>
        failure("invalid", "That is not your current password.", [
          { path: "currentPassword", message: "That is not your current password" },
        ]),
      limited: (seconds) => {
        const message = `Too many wrong passwords. Wait ${waitMinutes(seconds)} minutes, then try again.`;
        return rateLimited(message, seconds, [{ path: "currentPassword", message }]);
      },
    },
  );
  if (!check.ok) return check;
  await database
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword), tokenVersion: sql`${users.tokenVersion} + 1` })
    .where(eq(users.id, userId));
  return ok();
}
