import { and, eq, gt, isNull, lte, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { companyMembers, jobs, users } from "@/db/schema";
import { queueMail } from "@/lib/mail/queue-mail";
import { absoluteUrl } from "@/lib/public-origin";

/*
 * Notices to recruiters (every member of the listing's company: listings record no single
 * owner). Each is keyed so it is queued once: a removal by its listing and time, an expiry
 * warning by its listing and closing date (renewing sets a new date, so a renewed listing
 * is warned again before its new end).
 */

/** Days before `valid_through` that the expiry warning goes out. */
export const EXPIRY_NOTICE_DAYS = 3;

/** Mails the recruiters of listing `jobId` that an admin removed it, with the reason. Answers how many mails were queued. */
export async function queueRemovalNotices(database: Database, jobId: number): Promise<number> {
  const rows = await database
    .select({
      title: jobs.title,
      reason: jobs.removedReason,
      removedAt: jobs.removedAt,
      email: users.email,
      userId: users.id,
    })
    .from(jobs)
    .innerJoin(companyMembers, eq(companyMembers.companyId, jobs.companyId))
    .innerJoin(users, eq(users.id, companyMembers.userId))
    .where(eq(jobs.id, jobId));
  let queued = 0;
  for (const r of rows) {
    if (!r.removedAt) continue;
    const id = await queueMail(database, {
      key: `listing_removed:${jobId}:${r.removedAt.toISOString()}:${r.userId}`,
      to: r.email,
      userId: r.userId,
      template: "listing_removed",
      props: { title: r.title, reason: r.reason ?? "not given", dashboardUrl: absoluteUrl("/recruiter") },
    });
    if (id !== null) queued++;
  }
  return queued;
}

/** Mails the recruiters of every open listing that closes within EXPIRY_NOTICE_DAYS. Answers how many mails were queued. */
export async function queueExpiryNotices(database: Database): Promise<number> {
  const rows = await database
    .select({
      jobId: jobs.id,
      title: jobs.title,
      validThrough: jobs.validThrough,
      email: users.email,
      userId: users.id,
    })
    .from(jobs)
    .innerJoin(companyMembers, eq(companyMembers.companyId, jobs.companyId))
    .innerJoin(users, eq(users.id, companyMembers.userId))
    .where(
      and(
        eq(jobs.status, "published"),
        isNull(jobs.removedAt),
        gt(jobs.validThrough, sql`now()`),
        lte(jobs.validThrough, sql`now() + make_interval(days => ${EXPIRY_NOTICE_DAYS})`),
      ),
    );
  let queued = 0;
  for (const r of rows) {
    const id = await queueMail(database, {
      key: `listing_expiring:${r.jobId}:${r.validThrough!.toISOString()}:${r.userId}`,
      to: r.email,
      userId: r.userId,
      template: "listing_expiring",
      props: {
        title: r.title,
        expiresOn: r.validThrough!.toISOString().slice(0, 10),
        renewUrl: absoluteUrl(`/recruiter#job-${r.jobId}`),
      },
    });
    if (id !== null) queued++;
  }
  return queued;
}
