import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { loginAttempts } from "@/db/schema";
import { rowsOf } from "@/db/rows";

/*
 * Limits on requests that send mail (password reset, a new verification link), counted in
 * `login_attempts` like the sign-in limits (./rate-limit.ts), so every process agrees: a
 * request is a row whose email is "<kind>:<email>" (marked succeeded, so the sign-in
 * limits, which count failures for the bare email, never see it). Admitted and recorded in
 * one transaction under a per-email and a per-address advisory lock (same order as
 * sign-in), so a burst is counted one by one.
 */

export type RequestLimit = { perEmail: number; perAddress: number; windowMinutes: number };

/** Password reset: 3 mails an hour per email, 20 requests an hour per client address. */
export const RESET_LIMIT: RequestLimit = { perEmail: 3, perAddress: 20, windowMinutes: 60 };
/** A new verification link: 3 an hour per account (keyed by email), 20 per address. */
export const VERIFY_LIMIT: RequestLimit = { perEmail: 3, perAddress: 20, windowMinutes: 60 };
/** Changing the account's email (lib/accounts/settings.ts): 5 an hour per account, 20 per address. */
export const EMAIL_CHANGE_LIMIT: RequestLimit = { perEmail: 5, perAddress: 20, windowMinutes: 60 };

/**
 * Admits one request of `kind` for `email` (lower-case) from `address` (an addressKey) and
 * records it, or refuses it: answers null when admitted, else the seconds to wait.
 */
export async function admitRequest(
  database: Database,
  kind: string,
  email: string,
  address: string,
  limit: RequestLimit,
): Promise<number | null> {
  const key = `${kind}:${email}`;
  return database.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`ladder.request.email:${key}`}, 0))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`ladder.request.address:${address}`}, 0))`);
    const [row] = rowsOf<{ by_email: number; by_address: number; wait: number | null }>(
      await tx.execute(sql`
        with w as (select now() - make_interval(mins => ${limit.windowMinutes}) as since)
        select
          (select count(*) from login_attempts, w where email = ${key} and created_at > w.since)::int as by_email,
          (select count(*) from login_attempts, w
             where ip = ${address} and email like ${`${kind}:%`} and created_at > w.since)::int as by_address,
          (select extract(epoch from min(created_at) + make_interval(mins => ${limit.windowMinutes}) - now())
             from login_attempts, w
             where (email = ${key} or (ip = ${address} and email like ${`${kind}:%`})) and created_at > w.since
          )::float8 as wait
      `),
    );
    if (Number(row?.by_email ?? 0) >= limit.perEmail || Number(row?.by_address ?? 0) >= limit.perAddress) {
      return Math.max(1, Math.ceil(Number(row?.wait ?? 60)));
    }
    await tx.insert(loginAttempts).values({ email: key, ip: address, succeeded: true });
    return null;
  });
}
