import crypto from "node:crypto";
import { and, asc, count, eq, gt, isNull, ne, or, sql } from "drizzle-orm";
import type { Database } from "@/db";
import type { UserRole } from "@/db/enums";
import { accountTokens, companies, companyMembers, jobs, loginAttempts, users, verificationTokens } from "@/db/schema";
import { eraseApplicationsOfUser } from "@/lib/applications/service";
import { queueMail } from "@/lib/mail/queue-mail";
import { absoluteUrl } from "@/lib/public-origin";
import { catchRefusal, failure, ok, rateLimited, refuse, type Result } from "@/lib/result";
import { verifyPassword } from "./password";
import { limitedPasswordCheck } from "./rate-limit";
import { admitRequest, EMAIL_CHANGE_LIMIT } from "./request-limit";
import { waitMinutes } from "./service";
import { sendVerificationEmail } from "./tokens";

/*
 * What a signed-in person changes about the account itself, from /me: the account type
 * (job seeker or recruiter), the email address, and deleting the account. The address and
 * the deletion are confirmed with the password (or, for an account that only signs in with
 * GitHub or Google, by typing its email), checked under the same limits as sign-in and the
 * password change (./rate-limit.ts).
 */

const SIGNED_OUT = "Your session ended: sign in again.";

/** The account type a person may choose for themself (admins are made by hand). */
export type ChosenRole = Exclude<UserRole, "admin">;

/**
 * Switches the account between job seeker and recruiter. Refused (conflict) for an admin,
 * and for a recruiter who belongs to a company: the company's listings, applicants and
 * invites hang on that membership, so the account cannot silently stop being a recruiter;
 * the message names the company. Switching to the type the account has already is ok.
 */
export async function switchAccountRole(database: Database, userId: string, role: ChosenRole): Promise<Result> {
  const [user] = await database.select({ role: users.role }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return failure("unauthenticated", SIGNED_OUT);
  if (user.role === role) return ok();
  if (user.role === "admin") return failure("conflict", "Administrator accounts keep their role.");
  const [member] = await database
    .select({ name: companies.name })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(eq(companyMembers.userId, userId))
    .limit(1);
  if (member) {
    return failure(
      "conflict",
      `This account belongs to ${member.name} on Ladder, so it stays a recruiter account: the company's roles and applicants are managed through it. To look for a job, use a separate job-seeker account.`,
    );
  }
  await database.update(users).set({ role }).where(eq(users.id, userId));
  return ok();
}

type Confirmable = { id: string; email: string; passwordHash: string | null };

/**
 * Checks that the person at the keyboard owns the account: the password, or for an account
 * without one (GitHub/Google only) its email typed out. Counted like a sign-in attempt (per
 * email and per address `ip`); a wrong answer or a limit is a failure on `field`.
 */
async function confirmOwner(
  database: Database,
  user: Confirmable,
  answer: string,
  ip: string,
  field: string,
): Promise<Result> {
  const refusal = user.passwordHash ? "That is not your password" : "Type the email address of this account";
  const check = await limitedPasswordCheck(
    database,
    user.email,
    ip,
    async () => {
      const right = user.passwordHash
        ? await verifyPassword(user.passwordHash, answer)
        : answer.trim().toLowerCase() === user.email;
      return right ? true : null;
    },
    {
      invalid: () =>
        failure("invalid", "Check the highlighted field. Nothing was changed.", [{ path: field, message: refusal }]),
      limited: (seconds) => {
        const message = `Too many wrong answers. Wait ${waitMinutes(seconds)} minutes, then try again.`;
        return rateLimited(message, seconds, [{ path: field, message }]);
      },
    },
  );
  return check.ok ? ok() : check;
}

const userForConfirm = async (database: Database, userId: string) =>
  (
    await database
      .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1)
  )[0];

const TAKEN = "That address belongs to another Ladder account";

/**
 * Changes the account's email to `newEmail` (lower-case, valid) after checking the current
 * password. The address then counts as unconfirmed (a recruiter cannot publish and
 * saved-search alerts are not mailed until it is): a verification link goes to the new
 * address, and the old address gets a notice that the email was changed. Links sent to the
 * old address stop working. Limited to EMAIL_CHANGE_LIMIT requests (per account and per
 * address `ip`), so the "taken" answer cannot be used to list who is registered.
 * Failures are field-level: `newEmail` (same, taken, limited), `password` (wrong, limited).
 */
export async function changeEmail(
  database: Database,
  userId: string,
  input: { newEmail: string; password: string; ip: string },
): Promise<Result<{ email: string }>> {
  const user = await userForConfirm(database, userId);
  if (!user) return failure("unauthenticated", SIGNED_OUT);
  const newEmail = input.newEmail.trim().toLowerCase();
  if (!user.passwordHash) {
    const message = "This account signs in with GitHub or Google: set a password first (“Forgot your password?”)";
    return failure("conflict", message, [{ path: "password", message }]);
  }
  if (newEmail === user.email) {
    return failure("invalid", "Nothing was changed.", [{ path: "newEmail", message: "That is your address already" }]);
  }
  const wait = await admitRequest(database, "email_change", user.email, input.ip, EMAIL_CHANGE_LIMIT);
  if (wait !== null) {
    const message = `Too many address changes. Wait ${waitMinutes(wait)} minutes, then try again.`;
    return rateLimited(message, wait, [{ path: "newEmail", message }]);
  }
  const confirmed = await confirmOwner(database, user, input.password, input.ip, "password");
  if (!confirmed.ok) return confirmed;
  const changed = await database.transaction(async (tx) => {
    const [other] = await tx.select({ id: users.id }).from(users).where(eq(users.email, newEmail)).limit(1);
    if (other) return false;
    await tx.update(users).set({ email: newEmail, emailVerified: null }).where(eq(users.id, userId));
    // Unused verification links of the old address: spent, so none can confirm anything later.
    await tx
      .update(accountTokens)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(accountTokens.userId, userId),
          eq(accountTokens.purpose, "verify_email"),
          isNull(accountTokens.usedAt),
          ne(accountTokens.email, newEmail),
        ),
      );
    return true;
  });
  if (!changed) return failure("conflict", "Nothing was changed.", [{ path: "newEmail", message: TAKEN }]);
  await sendVerificationEmail(database, userId, null);
  await queueMail(database, {
    key: `email_changed:${userId}:${crypto.randomUUID()}`,
    to: user.email,
    userId,
    template: "email_changed",
    props: { name: user.name, newEmail, signInUrl: absoluteUrl("/sign-in") },
  });
  return ok({ email: newEmail });
}

/** A listing still in search: published, not removed, not past its closing time. */
const openListing = and(
  eq(jobs.status, "published"),
  isNull(jobs.removedAt),
  or(isNull(jobs.validThrough), gt(jobs.validThrough, sql`now()`)),
);

/**
 * Deletes the account and everything tied to it, after `confirm` (the password, or the
 * email for an account without one; limited like sign-in). Goes: the profile and skills,
 * saved roles (the tracker), saved searches, roadmap progress and shares, CVs and other
 * files, one-time links, queued mail, OAuth links, company memberships, reports made, and
 * the sign-in records of the address. Every application becomes a withdrawn tombstone, as
 * when the applicant deletes one (lib/applications). Every session ends (the user row is
 * gone, so session checks fail). Notes and decisions the person made as a recruiter stay
 * with the company, unsigned.
 *
 * A recruiter who is the last member of a company with listings still open is refused
 * (conflict) until those listings are closed or a colleague has joined: the listings would
 * otherwise stay in search with nobody to answer applicants. A company left with members
 * and no owner gets its longest-standing member as owner.
 */
export async function deleteAccount(
  database: Database,
  userId: string,
  input: { confirm: string; ip: string },
): Promise<Result> {
  const user = await userForConfirm(database, userId);
  if (!user) return failure("unauthenticated", SIGNED_OUT);
  const confirmed = await confirmOwner(database, user, input.confirm, input.ip, "confirm");
  if (!confirmed.ok) return confirmed;
  return catchRefusal(() =>
    database.transaction(async (tx) => {
      const [row] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).for("update");
      if (!row) refuse("unauthenticated", SIGNED_OUT);
      const memberships = await tx
        .select({ companyId: companyMembers.companyId, role: companyMembers.role, name: companies.name })
        .from(companyMembers)
        .innerJoin(companies, eq(companies.id, companyMembers.companyId))
        .where(eq(companyMembers.userId, userId));
      for (const m of memberships) {
        const others = await tx
          .select({ userId: companyMembers.userId, role: companyMembers.role })
          .from(companyMembers)
          .where(and(eq(companyMembers.companyId, m.companyId), ne(companyMembers.userId, userId)))
          .orderBy(asc(companyMembers.createdAt));
        if (others.length === 0) {
          const [open] = await tx
            .select({ n: count() })
            .from(jobs)
            .where(and(eq(jobs.companyId, m.companyId), openListing));
          if ((open?.n ?? 0) > 0) {
            refuse(
              "conflict",
              `You are the last member of ${m.name}, and it has ${open!.n} open listing${open!.n === 1 ? "" : "s"}. Close them on your dashboard, or invite a colleague to take over, then delete your account.`,
            );
          }
        } else if (m.role === "owner" && !others.some((o) => o.role === "owner")) {
          await tx
            .update(companyMembers)
            .set({ role: "owner" })
            .where(and(eq(companyMembers.companyId, m.companyId), eq(companyMembers.userId, others[0]!.userId)));
        }
      }
      await eraseApplicationsOfUser(tx, userId);
      // Sign-in and mail-request records of the address (./rate-limit.ts, ./request-limit.ts).
      await tx
        .delete(loginAttempts)
        .where(
          or(
            eq(loginAttempts.email, row.email),
            sql`right(${loginAttempts.email}, ${row.email.length + 1}) = ${`:${row.email}`}`,
          ),
        );
      await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, row.email));
      // Everything else that is the user's goes with the row (ON DELETE CASCADE): profile
      // skills, saved jobs and searches, roadmap progress and shares, files, tokens, mail
      // not yet sent (its job finds no message and sends nothing), sessions, memberships.
      await tx.delete(users).where(eq(users.id, userId));
      return ok();
    }),
  );
}
