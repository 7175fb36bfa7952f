import { and, desc, eq, gt, isNotNull, lte, ne, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db";
import { jobs, savedSearches, users } from "@/db/schema";
import { enqueueDelivery, storeMail } from "@/lib/mail/queue-mail";
import type { DigestListing } from "@/lib/mail/templates";
import { absoluteUrl } from "@/lib/public-origin";
import { fromURLSearchParams, parseSearchParams } from "@/lib/search/params";
import { searchConditions, skillFilterOf } from "@/lib/search/conditions";
import { withTextQuery } from "@/lib/search/terms";
import { unsubscribePageUrl, unsubscribePostUrl } from "./unsubscribe";

/*
 * Job alerts by mail. A saved search whose alerts are daily or weekly, of a user whose
 * address is verified, is due once its period has passed since its last digest (or since
 * it was saved). Its digest lists the open listings matching it that were published after
 * its watermark `alerts_from` (newest first, at most DIGEST_MAX, with a link to the rest)
 * and moves the watermark to the digest's start: a listing is never mailed twice. With
 * nothing new, no mail; the watermark still moves.
 *
 * Each search is one transaction that locks its row (skipping rows another run holds),
 * re-checks that it is due, stores the mail (keyed by search and watermark, so the same
 * window can never make two mails) and moves the watermark; the delivery job is queued
 * after the commit. A run killed part-way leaves every search either done or untouched,
 * so running it again sends nothing twice.
 */

export const DIGEST_MAX = 20;
/** The hourly run may come a little early: a search due within this slack is sent now. */
const SLACK = sql`interval '30 minutes'`;
const period = sql`case ${savedSearches.alertFrequency} when 'daily' then interval '1 day' else interval '7 days' end`;
/** Alerts on and a verified address: a search that gets digests at all. */
const alerting = and(ne(savedSearches.alertFrequency, "off"), isNotNull(users.emailVerified));
const dueCondition = and(
  alerting,
  lte(sql`coalesce(${savedSearches.lastDigestAt}, ${savedSearches.alertsFrom}) + ${period} - ${SLACK}`, sql`now()`),
);

/**
 * Sends every due digest (of `userId`'s saved searches only, when given). `batch` searches
 * are read at a time until none is due. `all` (the `npm run digests -- --all` script)
 * treats every alerting search as due whatever its period; the watermark still decides what
 * is new, so nothing is mailed twice. Answers how many searches were processed and how many
 * mails were queued.
 */
export async function runDigests(database: Database, options: { batch?: number; userId?: string; all?: boolean } = {}) {
  const batch = options.batch ?? 200;
  const due = options.all ? alerting : dueCondition;
  let processed = 0;
  let mailed = 0;
  let afterId = 0;
  for (;;) {
    const rows = await database
      .select({ id: savedSearches.id })
      .from(savedSearches)
      .innerJoin(users, eq(users.id, savedSearches.userId))
      .where(
        and(due, gt(savedSearches.id, afterId), options.userId ? eq(savedSearches.userId, options.userId) : undefined),
      )
      .orderBy(savedSearches.id)
      .limit(batch);
    if (rows.length === 0) break;
    for (const { id } of rows) {
      const messageId = await digestOne(database, id, due);
      processed++;
      if (messageId !== null) {
        mailed++;
        await enqueueDelivery(database, messageId);
      }
    }
    afterId = rows.at(-1)!.id;
  }
  return { processed, mailed };
}

/** One search's digest, in one transaction. Answers the stored message id, or null (nothing new, not due). */
async function digestOne(database: Database, searchId: number, due: SQL | undefined): Promise<number | null> {
  return database.transaction(async (tx) => {
    const [search] = await tx
      .select({
        id: savedSearches.id,
        name: savedSearches.name,
        query: savedSearches.query,
        frequency: savedSearches.alertFrequency,
        alertsFrom: savedSearches.alertsFrom,
        userId: users.id,
        email: users.email,
      })
      .from(savedSearches)
      .innerJoin(users, eq(users.id, savedSearches.userId))
      .where(and(eq(savedSearches.id, searchId), due))
      .for("update", { of: savedSearches, skipLocked: true });
    if (!search || search.frequency === "off") return null;
    const parsed = parseSearchParams(fromURLSearchParams(new URLSearchParams(search.query)));
    let messageId: number | null = null;
    if (parsed.ok) {
      // The same words (with skill aliases) and skill filter as the search page reads.
      const p = await withTextQuery(parsed.value, tx);
      const skillIds = await skillFilterOf(p, tx);
      const fresh = and(
        searchConditions(p, undefined, skillIds),
        gt(jobs.publishedAt, search.alertsFrom),
        lte(jobs.publishedAt, sql`now()`),
      );
      const rows = await tx
        .select({ slug: jobs.slug, title: jobs.title, company: jobs.companyName, location: jobs.location })
        .from(jobs)
        .where(fresh)
        .orderBy(desc(jobs.publishedAt), desc(jobs.id))
        .limit(DIGEST_MAX);
      if (rows.length > 0) {
        const total =
          rows.length < DIGEST_MAX
            ? rows.length
            : ((
                await tx
                  .select({ n: sql<number>`count(*)::int` })
                  .from(jobs)
                  .where(fresh)
              )[0]?.n ?? rows.length);
        const listings: DigestListing[] = rows.map((r) => ({
          title: r.title,
          company: r.company,
          location: r.location,
          url: absoluteUrl(`/jobs/${r.slug}`),
        }));
        messageId = await storeMail(tx, {
          key: `digest:${search.id}:${search.alertsFrom.toISOString()}`,
          to: search.email,
          userId: search.userId,
          template: "digest",
          props: {
            searchName: search.name,
            listings,
            total,
            searchUrl: absoluteUrl(`/jobs?${search.query}`),
            unsubscribeUrl: unsubscribePageUrl(search.id),
            unsubscribePostUrl: unsubscribePostUrl(search.id),
            frequency: search.frequency,
          },
        });
      }
    }
    await tx
      .update(savedSearches)
      .set({ alertsFrom: sql`now()`, lastDigestAt: sql`now()` })
      .where(eq(savedSearches.id, search.id));
    return messageId;
  });
}

/**
 * For the e2e specs only (`POST /api/test/alerts/digest`, served when LADDER_TEST_ROUTES=1):
 * moves the alert clock of `userId`'s alerting saved searches back by one period, as if
 * that period had passed since the last digest (listings published during it become new),
 * then runs their digests as the hourly job would. Answers runDigests' counts.
 */
export async function sendDigestsNowForTest(database: Database, userId: string) {
  await database
    .update(savedSearches)
    .set({
      lastDigestAt: sql`coalesce(${savedSearches.lastDigestAt}, ${savedSearches.alertsFrom}) - ${period}`,
      alertsFrom: sql`${savedSearches.alertsFrom} - ${period}`,
    })
    .where(and(eq(savedSearches.userId, userId), ne(savedSearches.alertFrequency, "off")));
  return runDigests(database, { userId });
}
