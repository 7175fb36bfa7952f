import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queueRemovalNotices } from "@/lib/alerts/notices";
import { companies, jobReports, jobs, moderationEvents, users } from "@/db/schema";
import { failure, ok, type Failure, type Result } from "@/lib/result";
import type { ReportInput, UnpublishInput, VerifyInput } from "./validation";

/*
 * Trust and safety writes. Every function takes the acting user's id and the database, so
 * the rules hold (and are tested) without a request: the server actions in app/ are thin
 * shells that read the session and call these.
 */

/**
 * Files the user's report of a listing. One report per user and listing (unique index):
 * while it is open a second report replaces its reason and note (`status: "updated"`); once
 * an admin has reviewed it, it is refused (conflict) so a dismissed report cannot be
 * reopened. A draft, removed or unknown listing: not_found.
 */
export async function reportListing(
  database: Database,
  userId: string,
  input: ReportInput,
): Promise<Result<{ status: "created" | "updated" }>> {
  // Only listings people can see (published or closed), and not ones already removed.
  const [job] = await database
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        eq(jobs.id, input.jobId),
        inArray(jobs.status, ["published", "closed"]),
        isNotNull(jobs.publishedAt),
        isNull(jobs.removedAt),
      ),
    )
    .limit(1);
  if (!job) return failure("not_found", "This listing can no longer be reported.");
  const rows = await database
    .insert(jobReports)
    .values({ jobId: input.jobId, userId, reason: input.reason, note: input.note })
    .onConflictDoUpdate({
      target: [jobReports.userId, jobReports.jobId],
      set: { reason: input.reason, note: input.note, updatedAt: sql`now()` },
      setWhere: eq(jobReports.status, "open"),
    })
    // xmax is 0 on a freshly inserted row and set on an updated one.
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  const [row] = rows;
  if (!row) {
    return failure(
      "conflict",
      "You already reported this listing and our team has reviewed it, so it cannot be reported again.",
    );
  }
  return ok({ status: row.inserted ? "created" : "updated" });
}

/** Whether the user is an admin now, read from the database (a session's role may be stale). */
export async function isAdmin(database: Database, userId: string | null | undefined): Promise<boolean> {
  if (!userId) return false;
  const [row] = await database.select({ role: users.role }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.role === "admin";
}

/** An admin decision: `changed` is false when it was already so (every decision is idempotent). */
type Decision = Result<{ changed: boolean }>;
const forbidden: Failure = failure("forbidden", "Only admins can do that. Nothing was changed.");
const notFound: Failure = failure("not_found", "That no longer exists.");
const changed = (yes: boolean): Decision => ok({ changed: yes });

/**
 * Unpublishes a listing: it is closed at once, marked removed (who, when, why), and its open
 * reports are closed as actioned. A removed listing cannot be published again: the
 * `jobs_removed_not_published` check refuses it, whatever code tries; only an admin's
 * restore lifts the mark (and leaves the listing closed). Idempotent: removing a removed
 * listing keeps the first record.
 */
export async function unpublishListing(database: Database, actorId: string, input: UnpublishInput): Promise<Decision> {
  if (!(await isAdmin(database, actorId))) return forbidden;
  const decision = await removeInTransaction(database, actorId, input);
  // After the commit: the recruiters are mailed the reason (once per removal).
  if (decision.ok && decision.value.changed) await queueRemovalNotices(database, input.jobId);
  return decision;
}

function removeInTransaction(database: Database, actorId: string, input: UnpublishInput): Promise<Decision> {
  return database.transaction(async (tx) => {
    const [job] = await tx
      .select({ id: jobs.id, removedAt: jobs.removedAt })
      .from(jobs)
      .where(eq(jobs.id, input.jobId))
      .for("update");
    if (!job) return notFound;
    if (job.removedAt) return changed(false);
    await tx
      .update(jobs)
      .set({ status: "closed", removedAt: sql`now()`, removedBy: actorId, removedReason: input.reason })
      .where(eq(jobs.id, input.jobId));
    await tx
      .update(jobReports)
      .set({ status: "actioned", resolvedAt: sql`now()`, resolvedBy: actorId })
      .where(and(eq(jobReports.jobId, input.jobId), eq(jobReports.status, "open")));
    await tx.insert(moderationEvents).values({ actorId, action: "unpublish", jobId: input.jobId, note: input.reason });
    return changed(true);
  });
}

/** Lifts an admin removal. The listing stays closed; its recruiter may publish or renew it again. */
export async function restoreListing(database: Database, actorId: string, input: { jobId: number }): Promise<Decision> {
  if (!(await isAdmin(database, actorId))) return forbidden;
  return database.transaction(async (tx) => {
    const [job] = await tx
      .select({ id: jobs.id, removedAt: jobs.removedAt })
      .from(jobs)
      .where(eq(jobs.id, input.jobId))
      .for("update");
    if (!job) return notFound;
    if (!job.removedAt) return changed(false);
    await tx
      .update(jobs)
      .set({ removedAt: null, removedBy: null, removedReason: null })
      .where(eq(jobs.id, input.jobId));
    await tx.insert(moderationEvents).values({ actorId, action: "restore", jobId: input.jobId });
    return changed(true);
  });
}

/** Closes a listing's open reports without action (the listing stays as it is). */
export async function dismissReports(database: Database, actorId: string, input: { jobId: number }): Promise<Decision> {
  if (!(await isAdmin(database, actorId))) return forbidden;
  return database.transaction(async (tx) => {
    const closed = await tx
      .update(jobReports)
      .set({ status: "dismissed", resolvedAt: sql`now()`, resolvedBy: actorId })
      .where(and(eq(jobReports.jobId, input.jobId), eq(jobReports.status, "open")))
      .returning({ id: jobReports.id });
    if (closed.length === 0) return changed(false);
    await tx
      .insert(moderationEvents)
      .values({ actorId, action: "dismiss_reports", jobId: input.jobId, note: `${closed.length} report(s)` });
    return changed(true);
  });
}

/** Marks a company verified or not: the badge on its listings follows companies.verified. */
export async function setCompanyVerified(database: Database, actorId: string, input: VerifyInput): Promise<Decision> {
  if (!(await isAdmin(database, actorId))) return forbidden;
  return database.transaction(async (tx) => {
    const [company] = await tx
      .select({ verified: companies.verified })
      .from(companies)
      .where(eq(companies.id, input.companyId))
      .for("update");
    if (!company) return notFound;
    if (company.verified === input.verified) return changed(false);
    await tx.update(companies).set({ verified: input.verified }).where(eq(companies.id, input.companyId));
    await tx
      .insert(moderationEvents)
      .values({ actorId, action: input.verified ? "verify_company" : "unverify_company", companyId: input.companyId });
    return changed(true);
  });
}
