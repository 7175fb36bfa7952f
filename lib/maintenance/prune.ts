import { and, inArray, isNotNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Database } from "@/db";
import {
  accountTokens,
  companyInvites,
  jobs,
  listingTitles,
  loginAttempts,
  mailMessages,
  sessions,
  verificationTokens,
} from "@/db/schema";
import { ADDRESS_WINDOW_MINUTES, EMAIL_WINDOW_HOURS } from "@/lib/accounts/rate-limit";
import { RESET_LIMIT, VERIFY_LIMIT } from "@/lib/accounts/request-limit";

/*
 * Rows that expire, deleted by the daily `maintenance.cleanup` job (./jobs.ts). Each rule
 * names where its period comes from; what has no stated retention is kept:
 *
 * - `login_attempts`: once older than the longest window any limit reads (the sign-in
 *   backoff looks back EMAIL_WINDOW_HOURS, 24 h; the per-address limit 15 minutes; the
 *   reset and verification mail limits an hour), a row can no longer change a decision.
 * - `account_tokens` (reset and verification links) and `company_invites`: once used or
 *   past their expiry, a link can never work again (its page says so for an unknown link
 *   just the same).
 * - Auth.js' `sessions` and `verification_tokens` past their `expires` (JWT sessions
 *   leave them empty unless an adapter flow writes them).
 * - `mail_messages` delivered more than SENT_MAIL_KEEP_DAYS ago (the outbox page and the
 *   idempotency keys need them only while a re-run or retry could still happen).
 *
 * - `listing_titles` no published listing has any more ("did you mean" reads it; a
 *   title comes back with its next published listing). The same run puts back published
 *   titles the list lacks: a listing committed while its title was being pruned (its
 *   trigger saw the title still there, so added nothing) is suggested again from here.
 *
 * Kept: `file_downloads` (the CV download record: no retention is stated, so it lasts as
 * long as the file's rows do), application events and mail not yet delivered.
 */

/** Minutes a login_attempts row is needed: the longest window of the limits that read the table. */
export const LOGIN_ATTEMPTS_KEEP_MINUTES = Math.max(
  EMAIL_WINDOW_HOURS * 60,
  ADDRESS_WINDOW_MINUTES,
  RESET_LIMIT.windowMinutes,
  VERIFY_LIMIT.windowMinutes,
);
/** Days a delivered mail is kept. */
export const SENT_MAIL_KEEP_DAYS = 30;
/** Rows deleted per statement: a large backlog (an attack's attempts) never holds one long lock. */
const BATCH = 5_000;

/** Deletes the rows of `table` matching `where`, BATCH at a time by `id`. Answers how many. */
async function deleteInBatches(database: Database, table: PgTable, id: PgColumn, where: SQL | undefined) {
  let deleted = 0;
  for (;;) {
    const batch = database.select({ id }).from(table).where(where).limit(BATCH);
    const gone = await database.delete(table).where(inArray(id, batch)).returning({ id });
    deleted += gone.length;
    if (gone.length < BATCH) return deleted;
  }
}

/** Deletes every expired row (rules above). Answers how many rows went, per table. */
export async function pruneExpiredRows(database: Database) {
  const loginAttemptsDeleted = await deleteInBatches(
    database,
    loginAttempts,
    loginAttempts.id,
    lt(loginAttempts.createdAt, sql`now() - make_interval(mins => ${LOGIN_ATTEMPTS_KEEP_MINUTES})`),
  );
  const spent = <T extends { usedAt: PgColumn; expiresAt: PgColumn }>(t: T) =>
    or(isNotNull(t.usedAt), lt(t.expiresAt, sql`now()`));
  const tokens = await deleteInBatches(database, accountTokens, accountTokens.id, spent(accountTokens));
  const invites = await deleteInBatches(database, companyInvites, companyInvites.id, spent(companyInvites));
  const mail = await deleteInBatches(
    database,
    mailMessages,
    mailMessages.id,
    and(
      isNotNull(mailMessages.sentAt),
      lt(mailMessages.sentAt, sql`now() - make_interval(days => ${SENT_MAIL_KEEP_DAYS})`),
    ),
  );
  const authSessions = await database
    .delete(sessions)
    .where(lt(sessions.expires, sql`now()`))
    .returning({ token: sessions.sessionToken });
  const authTokens = await database
    .delete(verificationTokens)
    .where(lt(verificationTokens.expires, sql`now()`))
    .returning({ token: verificationTokens.token });
  // Read through jobs_published_title_idx, a probe per title.
  const titles = await database
    .delete(listingTitles)
    .where(
      sql`not exists (select 1 from ${jobs} where ${jobs.title} = ${listingTitles.title} and ${jobs.status} = 'published')`,
    )
    .returning({ title: listingTitles.title });
  const restored = await database
    .insert(listingTitles)
    .select(
      database
        .selectDistinct({ title: jobs.title })
        .from(jobs)
        .where(sql`${jobs.status} = 'published'`),
    )
    .onConflictDoNothing()
    .returning({ title: listingTitles.title });
  return {
    loginAttempts: loginAttemptsDeleted,
    accountTokens: tokens,
    companyInvites: invites,
    mailMessages: mail,
    sessions: authSessions.length,
    verificationTokens: authTokens.length,
    listingTitles: titles.length,
    // Not a deletion: published titles the list lacked, put back (see above).
    listingTitlesRestored: restored.length,
  };
}
