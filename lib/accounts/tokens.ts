import crypto from "node:crypto";
import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { db as appDb, type Database } from "@/db";
import { accountTokens, loginAttempts, users } from "@/db/schema";
import { queueMail } from "@/lib/mail/queue-mail";
import { absoluteUrl } from "@/lib/public-origin";
import { failure, ok, rateLimited, type Result } from "@/lib/result";
import { hashPassword } from "./password";
import { containsEmail, PASSWORD_MESSAGES } from "./password-policy";
import { admitRequest, RESET_LIMIT, VERIFY_LIMIT } from "./request-limit";
import { waitMinutes } from "./service";

/*
 * One-time links: password reset (30 minutes) and email verification (48 hours). The link
 * carries 256 random bits; only their SHA-256 is stored, so a copy of the database cannot
 * be used to reset anyone's password. A link works once: using it marks it used in the
 * same statement that checks it, so two clicks cannot both pass.
 */

export const RESET_MINUTES = 30;
export const VERIFY_HOURS = 48;

const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");
/** Tokens are base64url of 32 bytes: 43 characters. Anything else is refused before a query. */
const wellFormed = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

const BAD_LINK = "This link is not valid: it may have expired or been used already. Ask for a new one.";

async function issueToken(
  database: Database,
  user: { id: string; email: string },
  purpose: "password_reset" | "verify_email",
  ttlSeconds: number,
) {
  const token = crypto.randomBytes(32).toString("base64url");
  const [row] = await database
    .insert(accountTokens)
    .values({
      userId: user.id,
      purpose,
      email: user.email,
      tokenHash: hashToken(token),
      expiresAt: sql`now() + make_interval(secs => ${ttlSeconds})`,
    })
    .returning({ id: accountTokens.id });
  return { token, id: row!.id };
}

/**
 * "Forgot password": mails a reset link to `email` if it has an account. Answers ok for a
 * known and an unknown email alike (the page says the same either way); rate_limited over
 * RESET_LIMIT (per email, known or not, and per client address `ip`).
 */
export async function requestPasswordReset(database: Database, input: { email: string; ip: string }): Promise<Result> {
  const email = input.email.trim().toLowerCase();
  const wait = await admitRequest(database, "reset", email, input.ip, RESET_LIMIT);
  if (wait !== null) {
    return rateLimited(`Too many reset requests. Wait ${waitMinutes(wait)} minutes, then try again.`, wait);
  }
  const [user] = await database
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  if (!user) return ok();
  const { token, id } = await issueToken(database, user, "password_reset", RESET_MINUTES * 60);
  await queueMail(database, {
    key: `password_reset:${id}`,
    to: user.email,
    userId: user.id,
    template: "password_reset",
    props: { name: user.name, url: absoluteUrl(`/reset-password/${token}`), minutes: RESET_MINUTES },
  });
  return ok();
}

/** Whether `token` is a reset link that can still be used (read-only: the page before the form). */
export async function checkResetToken(database: Database, token: string): Promise<boolean> {
  if (!wellFormed(token)) return false;
  const [row] = await database
    .select({ id: accountTokens.id })
    .from(accountTokens)
    .where(
      and(
        eq(accountTokens.tokenHash, hashToken(token)),
        eq(accountTokens.purpose, "password_reset"),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, sql`now()`),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/**
 * Sets a new password with a reset link: uses the link (once, before it expires), sets the
 * password (`newPassword` passed the sign-up rules; one that contains the email is refused
 * here), ends every session (token version) and voids the user's other reset links.
 * Unknown, expired, used or tampered links: invalid (issue on `token`), nothing changed.
 */
export async function resetPassword(
  database: Database,
  input: { token: string; newPassword: string },
): Promise<Result> {
  if (!wellFormed(input.token)) return failure("invalid", BAD_LINK, [{ path: "token", message: BAD_LINK }]);
  const [peek] = await database
    .select({ email: users.email })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(eq(accountTokens.tokenHash, hashToken(input.token)))
    .limit(1);
  if (peek && containsEmail(input.newPassword, peek.email)) {
    return failure("invalid", "Choose another password.", [{ path: "newPassword", message: PASSWORD_MESSAGES.email }]);
  }
  // Hashed before the transaction: argon2 is slow and must not hold a transaction open.
  const passwordHash = await hashPassword(input.newPassword);
  return database.transaction(async (tx) => {
    const [used] = await tx
      .update(accountTokens)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(accountTokens.tokenHash, hashToken(input.token)),
          eq(accountTokens.purpose, "password_reset"),
          isNull(accountTokens.usedAt),
          gt(accountTokens.expiresAt, sql`now()`),
        ),
      )
      .returning({ id: accountTokens.id, userId: accountTokens.userId });
    if (!used) return failure("invalid", BAD_LINK, [{ path: "token", message: BAD_LINK }]);
    const [owner] = await tx
      .update(users)
      .set({ passwordHash, tokenVersion: sql`${users.tokenVersion} + 1` })
      .where(eq(users.id, used.userId))
      .returning({ email: users.email });
    // The reset proved the mailbox: it counts as a successful sign-in for the limits
    // (./rate-limit.ts), so guesses spread over many addresses that put every address in
    // the email's backoff do not keep the owner out with the new password.
    if (owner) await tx.insert(loginAttempts).values({ email: owner.email, ip: "password-reset", succeeded: true });
    await tx
      .update(accountTokens)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(accountTokens.userId, used.userId),
          eq(accountTokens.purpose, "password_reset"),
          isNull(accountTokens.usedAt),
          ne(accountTokens.id, used.id),
        ),
      );
    return ok();
  });
}

/**
 * Mails `userId` a link that verifies their current address. `ip` (an addressKey) counts
 * against VERIFY_LIMIT, except at sign-up (`ip` null: one mail per new account). Answers
 * ok, rate_limited, or conflict when the address is verified already.
 */
export async function sendVerificationEmail(database: Database, userId: string, ip: string | null): Promise<Result> {
  const [user] = await database
    .select({ id: users.id, email: users.email, name: users.name, verified: users.emailVerified })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) return failure("unauthenticated", "Your session ended: sign in again.");
  if (user.verified) return failure("conflict", "Your email address is already confirmed.");
  if (ip !== null) {
    const wait = await admitRequest(database, "verify", user.email, ip, VERIFY_LIMIT);
    if (wait !== null) {
      return rateLimited(`We sent several links already. Wait ${waitMinutes(wait)} minutes, then try again.`, wait);
    }
  }
  const { token, id } = await issueToken(database, user, "verify_email", VERIFY_HOURS * 3600);
  await queueMail(database, {
    key: `verify_email:${id}`,
    to: user.email,
    userId: user.id,
    template: "verify_email",
    props: { name: user.name, url: absoluteUrl(`/verify-email/${token}`), hours: VERIFY_HOURS },
  });
  return ok();
}

/**
 * Verifies an address with a link: once, before it expires, and only while the account
 * still has the address the link was sent to (a link for an old address verifies
 * nothing). Bad links: invalid, nothing changed.
 */
export async function verifyEmail(database: Database, token: string): Promise<Result<{ email: string }>> {
  if (!wellFormed(token)) return failure("invalid", BAD_LINK);
  return database.transaction(async (tx) => {
    const [used] = await tx
      .update(accountTokens)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(accountTokens.tokenHash, hashToken(token)),
          eq(accountTokens.purpose, "verify_email"),
          isNull(accountTokens.usedAt),
          gt(accountTokens.expiresAt, sql`now()`),
        ),
      )
      .returning({ userId: accountTokens.userId, email: accountTokens.email });
    if (!used) return failure("invalid", BAD_LINK);
    const [verified] = await tx
      .update(users)
      .set({ emailVerified: sql`now()` })
      .where(and(eq(users.id, used.userId), eq(users.email, used.email)))
      .returning({ email: users.email });
    if (!verified) {
      // The address changed since the link was sent: the link is spent (it can never
      // verify anything) and the account is unchanged.
      return failure("invalid", BAD_LINK);
    }
    return ok({ email: verified.email });
  });
}

/** The user's address while it is unconfirmed (for the banner), or null once confirmed. */
export async function unconfirmedEmail(userId: string, database: Database = appDb): Promise<string | null> {
  const [user] = await database
    .select({ email: users.email, verified: users.emailVerified })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return user && !user.verified ? user.email : null;
}
