import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { applicationEvents, applications, companies, companyMembers, jobs, users } from "@/db/schema";
import { enqueueDelivery, storeMail } from "@/lib/mail/queue-mail";
import type { SummaryListing } from "@/lib/mail/templates";
import { absoluteUrl } from "@/lib/public-origin";

/*
 * Mail about applications on Ladder, through the mail queue (lib/mail: stored under a
 * unique key, delivered by the `mail.send` job with retries):
 *
 * - The applicant: a receipt when they apply, a message when they are moved to
 *   interviewing and when they are rejected (with the recruiter's message, if written; a
 *   bulk rejection mails each applicant alone). Read from `application_events`, which the
 *   service writes in the same transaction as the change: an event is locked, its mail
 *   stored (keyed by the event) and the event marked `mailed_at` in one transaction, and
 *   delivery queued after the commit. The service sends its own events right after its
 *   commit; the `applications.mail` job sweeps whatever a crash left behind.
 * - The recruiters (members of the listing's company with a recruiter account and a
 *   confirmed address): one daily summary per company of the applicants who applied since
 *   the last one, per listing. Each application is taken once (`summarized_at`, set in the
 *   transaction that stores the mails), so a re-run, or two runs at once, never lists an
 *   applicant twice; with nobody new, no mail.
 *
 * The applicant's mails go to their account's address and hold the role, the company and
 * links to their own pages. The summary holds what the recruiter's applicant list shows
 * (name and headline), never contact details, CVs, answers or notes.
 */

/** Events handled per transaction by the sweep. */
const EVENT_BATCH = 100;
const dateOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Queues the applicant's mail for every unmailed event (only those of `applicationIds`,
 * when given). Events that need no mail (reviewing, offer, hired, withdrawn) are marked
 * too. Answers how many mails were queued.
 */
export async function mailApplicationEvents(
  database: Database,
  options: { applicationIds?: number[] } = {},
): Promise<number> {
  let queued = 0;
  for (;;) {
    const { messageIds, handled } = await database.transaction(async (tx) => {
      const events = await tx
        .select({
          id: applicationEvents.id,
          kind: applicationEvents.kind,
          stage: applicationEvents.stage,
          createdAt: applicationEvents.createdAt,
          userId: applications.userId,
          appliedAt: applications.appliedAt,
          rejectionMessage: applications.rejectionMessage,
          title: jobs.title,
          slug: jobs.slug,
          company: jobs.companyName,
          email: users.email,
        })
        .from(applicationEvents)
        .innerJoin(applications, eq(applications.id, applicationEvents.applicationId))
        .innerJoin(jobs, eq(jobs.id, applications.jobId))
        .leftJoin(users, eq(users.id, applications.userId))
        .where(
          and(
            isNull(applicationEvents.mailedAt),
            options.applicationIds ? inArray(applicationEvents.applicationId, options.applicationIds) : undefined,
          ),
        )
        .orderBy(asc(applicationEvents.id))
        .limit(EVENT_BATCH)
        .for("update", { of: applicationEvents, skipLocked: true });
      const ids: number[] = [];
      for (const e of events) {
        if (!e.email || !e.userId) continue;
        const common = {
          title: e.title,
          company: e.company,
          jobUrl: absoluteUrl(`/jobs/${e.slug}`),
          trackerUrl: absoluteUrl("/me/jobs"),
        };
        const base = { key: `application_event:${e.id}`, to: e.email, userId: e.userId };
        let id: number | null = null;
        if (e.kind === "received") {
          id = await storeMail(tx, {
            ...base,
            template: "application_received",
            props: { ...common, appliedOn: dateOf(e.appliedAt) },
          });
        } else if (e.kind === "rejected") {
          id = await storeMail(tx, {
            ...base,
            template: "application_rejected",
            props: { ...common, message: e.rejectionMessage },
          });
        } else if (e.kind === "stage_changed" && e.stage === "interviewing") {
          id = await storeMail(tx, { ...base, template: "application_interviewing", props: common });
        }
        if (id !== null) ids.push(id);
      }
      if (events.length) {
        await tx
          .update(applicationEvents)
          .set({ mailedAt: sql`now()` })
          .where(
            inArray(
              applicationEvents.id,
              events.map((e) => e.id),
            ),
          );
      }
      return { messageIds: ids, handled: events.length };
    });
    for (const id of messageIds) await enqueueDelivery(database, id);
    queued += messageIds.length;
    if (handled < EVENT_BATCH) return queued;
  }
}

/**
 * The recruiters' daily summary: for each company with applications not yet summarized,
 * one mail to each recruiter member with a confirmed address, listing per listing who
 * applied (withdrawn and deleted applications are passed over). A company without such a
 * recruiter keeps its applications for a later run. Answers the companies mailed and the
 * mails queued.
 */
export async function runApplicantSummaries(database: Database): Promise<{ companies: number; mailed: number }> {
  const due = await database
    .selectDistinct({ companyId: jobs.companyId })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(isNull(applications.summarizedAt))
    .orderBy(jobs.companyId);
  let companiesMailed = 0;
  let mailed = 0;
  for (const { companyId } of due) {
    const messageIds = await summarizeCompany(database, companyId);
    if (messageIds.length) companiesMailed++;
    for (const id of messageIds) await enqueueDelivery(database, id);
    mailed += messageIds.length;
  }
  return { companies: companiesMailed, mailed };
}

/** One company's summary, in one transaction. Answers the stored message ids. */
async function summarizeCompany(database: Database, companyId: number): Promise<number[]> {
  return database.transaction(async (tx) => {
    const recipients = await tx
      .select({ id: users.id, email: users.email })
      .from(companyMembers)
      .innerJoin(users, eq(users.id, companyMembers.userId))
      .where(and(eq(companyMembers.companyId, companyId), eq(users.role, "recruiter"), isNotNull(users.emailVerified)))
      .orderBy(users.id);
    if (recipients.length === 0) return [];
    // Locked, skipping rows another run holds: that run lists them, this one does not.
    const rows = await tx
      .select({
        id: applications.id,
        name: applications.name,
        headline: applications.headline,
        appliedAt: applications.appliedAt,
        stage: applications.stage,
        deletedAt: applications.deletedAt,
        jobId: jobs.id,
        title: jobs.title,
      })
      .from(applications)
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .where(and(eq(jobs.companyId, companyId), isNull(applications.summarizedAt)))
      .orderBy(asc(jobs.id), asc(applications.appliedAt), asc(applications.id))
      .for("update", { of: applications, skipLocked: true });
    if (rows.length === 0) return [];
    const listings = new Map<number, SummaryListing>();
    for (const r of rows) {
      if (r.stage === "withdrawn" || r.deletedAt) continue;
      let listing = listings.get(r.jobId);
      if (!listing) {
        listing = {
          title: r.title,
          applicantsUrl: absoluteUrl(`/recruiter/jobs/${r.jobId}/applicants`),
          applicants: [],
        };
        listings.set(r.jobId, listing);
      }
      listing.applicants.push({ name: r.name, headline: r.headline, appliedOn: dateOf(r.appliedAt) });
    }
    const ids: number[] = [];
    const total = [...listings.values()].reduce((n, l) => n + l.applicants.length, 0);
    if (total > 0) {
      const [company] = await tx.select({ name: companies.name }).from(companies).where(eq(companies.id, companyId));
      const last = Math.max(...rows.map((r) => r.id));
      for (const r of recipients) {
        const id = await storeMail(tx, {
          key: `applicant_summary:${companyId}:${r.id}:${last}`,
          to: r.email,
          userId: r.id,
          template: "applicant_summary",
          props: {
            company: company?.name ?? "your company",
            listings: [...listings.values()],
            total,
            dashboardUrl: absoluteUrl("/recruiter"),
          },
        });
        if (id !== null) ids.push(id);
      }
    }
    await tx
      .update(applications)
      .set({ summarizedAt: sql`now()` })
      .where(
        inArray(
          applications.id,
          rows.map((r) => r.id),
        ),
      );
    return ids;
  });
}
