import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { loginAttempts } from "@/db/schema";
import { rowsOf } from "@/db/rows";
import { ok, type Failure, type Result } from "@/lib/result";

/*
 * Limits on password guesses (sign-in and the current password of a password change),
 * counted in `login_attempts` so every process agrees. The policy (README, Accounts):
 *
 * - Per address: at most ADDRESS_MAX_FAILURES failed attempts from one client address (an
 *   IPv6 client's /64) in ADDRESS_WINDOW_MINUTES, whatever the emails; then that address
 *   waits until its oldest failure leaves the window.
 * - Per email, a backoff: from the BACKOFF_AFTER-th consecutive failure (since the last
 *   success, within EMAIL_WINDOW_HOURS), the next attempt must wait
 *   min(BACKOFF_BASE_SECONDS * 2^(failures - BACKOFF_AFTER), BACKOFF_MAX_SECONDS) after the
 *   latest failure: 30 s, 1, 2, 4, 8 min, then 15 min. It applies to addresses that have
 *   failed for this email, so the owner signing in from another address is not locked out by
 *   someone guessing elsewhere; once failures come from DISTRIBUTED_ADDRESSES addresses (a
 *   spread-out attack) it applies to every address.
 *
 * Every attempt is admitted (or refused) and recorded in one short transaction holding a
 * per-email and a per-address advisory lock, so concurrent attempts are counted one after
 * another: a burst cannot all be evaluated. The password is verified after that transaction
 * (an argon2 verification must not hold a lock, and on PGlite a transaction blocks every
 * query), with the attempt already recorded as a failure; a correct password turns it into
 * a success.
 */

export const ADDRESS_MAX_FAILURES = 20;
export const ADDRESS_WINDOW_MINUTES = 15;
export const BACKOFF_AFTER = 5;
export const BACKOFF_BASE_SECONDS = 30;
export const BACKOFF_MAX_SECONDS = 15 * 60;
export const EMAIL_WINDOW_HOURS = 24;
export const DISTRIBUTED_ADDRESSES = 5;

/** What the database knows about recent attempts for one email and one address. */
export type AttemptStats = {
  /** Failures for the email since its last success, within EMAIL_WINDOW_HOURS. */
  emailFailures: number;
  /** Distinct addresses among those failures. */
  emailAddresses: number;
  /** Those failures that came from this address. */
  fromThisAddress: number;
  /** Seconds since the latest of those failures (null: none). */
  secondsSinceLastFailure: number | null;
  /** Failures from this address in ADDRESS_WINDOW_MINUTES, any email. */
  addressFailures: number;
  /** Seconds until the oldest of those leaves the window (null: none). */
  addressFreeInSeconds: number | null;
};

export type LimitDecision =
  { limited: false } | { limited: true; scope: "address" | "email"; retryAfterSeconds: number };

/** The wait after `failures` consecutive failures for one email, in seconds (0 below BACKOFF_AFTER). */
export function backoffSeconds(failures: number): number {
  if (failures < BACKOFF_AFTER) return 0;
  return Math.min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2 ** (failures - BACKOFF_AFTER));
}

/** The policy above, on counts already read. Pure. */
export function decide(s: AttemptStats): LimitDecision {
  if (s.addressFailures >= ADDRESS_MAX_FAILURES) {
    return { limited: true, scope: "address", retryAfterSeconds: Math.max(1, Math.ceil(s.addressFreeInSeconds ?? 0)) };
  }
  const wait = backoffSeconds(s.emailFailures);
  const applies = s.fromThisAddress > 0 || s.emailAddresses >= DISTRIBUTED_ADDRESSES;
  if (wait > 0 && applies && s.secondsSinceLastFailure !== null && s.secondsSinceLastFailure < wait) {
    return {
      limited: true,
      scope: "email",
      retryAfterSeconds: Math.max(1, Math.ceil(wait - s.secondsSinceLastFailure)),
    };
  }
  return { limited: false };
}

/** Anything that runs raw SQL: the database or a transaction. */
type Executor = Pick<Database, "execute">;

async function readStats(database: Executor, email: string, address: string): Promise<AttemptStats> {
  const result = await database.execute(sql`
    with last_success as (
      -- By id, not time: a success and a failure can share a timestamp (PGlite's clock
      -- counts milliseconds), and the failure recorded after the success must count.
      select max(id) as id from login_attempts
      where email = ${email} and succeeded and created_at > now() - make_interval(hours => ${EMAIL_WINDOW_HOURS})
    ),
    email_failures as (
      select a.ip, a.created_at from login_attempts a, last_success s
      where a.email = ${email} and not a.succeeded and a.id > coalesce(s.id, 0)
        and a.created_at > now() - make_interval(hours => ${EMAIL_WINDOW_HOURS})
    ),
    address_failures as (
      select created_at from login_attempts
      where ip = ${address} and not succeeded and created_at > now() - make_interval(mins => ${ADDRESS_WINDOW_MINUTES})
    )
    select
      (select count(*) from email_failures)::int as email_failures,
      (select count(distinct ip) from email_failures)::int as email_addresses,
      (select count(*) from email_failures where ip = ${address})::int as from_this_address,
      (select extract(epoch from now() - max(created_at)) from email_failures)::float8 as since_last,
      (select count(*) from address_failures)::int as address_failures,
      (select extract(epoch from min(created_at) + make_interval(mins => ${ADDRESS_WINDOW_MINUTES}) - now())
         from address_failures)::float8 as address_free_in
  `);
  const [row] = rowsOf<{
    email_failures: number;
    email_addresses: number;
    from_this_address: number;
    since_last: number | null;
    address_failures: number;
    address_free_in: number | null;
  }>(result);
  return {
    emailFailures: Number(row?.email_failures ?? 0),
    emailAddresses: Number(row?.email_addresses ?? 0),
    fromThisAddress: Number(row?.from_this_address ?? 0),
    secondsSinceLastFailure: row?.since_last == null ? null : Number(row.since_last),
    addressFailures: Number(row?.address_failures ?? 0),
    addressFreeInSeconds: row?.address_free_in == null ? null : Number(row.address_free_in),
  };
}

/** Read-only: would an attempt for `email` from `address` be refused now? (The 429's Retry-After.) */
export async function checkSignInLimit(database: Database, email: string, address: string): Promise<LimitDecision> {
  return decide(await readStats(database, email, address));
}

/**
 * Admits one attempt or refuses it, atomically: under a per-email and a per-address
 * advisory lock (always taken in that order, so two attempts never wait on each other in a
 * cycle) it counts, decides and, when admitted, records the attempt as a failure.
 * Returns the attempt's id for `recordSuccess`.
 */
export async function admitAttempt(
  database: Database,
  email: string,
  address: string,
): Promise<{ admitted: true; attemptId: number } | { admitted: false; decision: LimitDecision & { limited: true } }> {
  return database.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`ladder.sign-in.email:${email}`}, 0))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`ladder.sign-in.address:${address}`}, 0))`);
    const decision = decide(await readStats(tx, email, address));
    if (decision.limited) return { admitted: false as const, decision };
    const [row] = await tx
      .insert(loginAttempts)
      .values({ email, ip: address, succeeded: false })
      .returning({ id: loginAttempts.id });
    return { admitted: true as const, attemptId: row!.id };
  });
}

/** Marks an admitted attempt as a success (which also ends the email's backoff). */
export async function recordSuccess(database: Database, attemptId: number): Promise<void> {
  await database.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attemptId));
}

/** How a refused check is answered: the caller words each refusal for its own form. */
export type CheckRefusals = {
  /** `check` answered null (wrong password). */
  invalid: () => Failure;
  /** Over a limit: `retryAfterSeconds` until an attempt may be admitted. */
  limited: (retryAfterSeconds: number) => Failure;
};

/**
 * Runs one password check under the limits: admitted first (or refused without running
 * `check`), then `check` (null = wrong), then recorded. `email` is lower-case, `address`
 * an `addressKey()`. Answers the checked value, or the caller's refusal
 * (`reason` invalid or rate_limited, the latter with `retryAfterSeconds`).
 */
export async function limitedPasswordCheck<T>(
  database: Database,
  email: string,
  address: string,
  check: () => Promise<T | null>,
  refusals: CheckRefusals,
): Promise<Result<T>> {
  const admission = await admitAttempt(database, email, address);
  if (!admission.admitted) return refusals.limited(admission.decision.retryAfterSeconds);
  const value = await check();
  if (value === null) return refusals.invalid();
  await recordSuccess(database, admission.attemptId);
  return ok(value);
}
