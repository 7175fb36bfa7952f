import { and, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db";
import type { ApplicationStage } from "@/db/schema";
import { applications, companies, jobs, savedJobs } from "@/db/schema";
import { failure, ok, type Result } from "@/lib/result";
import { TRACKER_STAGE_OF } from "./labels";
import type { TrackerUpdate } from "./validation";

/**
 * Saves (`saved: true`) or unsaves a role for the user and answers the state now stored.
 * Idempotent both ways, and safe under concurrency: the unique (user, job) index decides.
 * Saving a draft or unknown listing: not_found. Unsaving never fails.
 */
export async function setJobSaved(
  database: Database,
  userId: string,
  jobId: number,
  saved: boolean,
): Promise<Result<{ jobId: number; saved: boolean }>> {
  if (!saved) {
    await database.delete(savedJobs).where(and(eq(savedJobs.userId, userId), eq(savedJobs.jobId, jobId)));
    return ok({ jobId, saved: false });
  }
  const [job] = await database
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.id, jobId), inArray(jobs.status, ["published", "closed"])))
    .limit(1);
  if (!job) return failure("not_found", "This role can no longer be saved.");
  await database
    .insert(savedJobs)
    .values({ userId, jobId })
    .onConflictDoNothing({ target: [savedJobs.userId, savedJobs.jobId] });
  return ok({ jobId, saved: true });
}

const LADDER_STAGE =
  "You applied on Ladder: this stage follows the company's decisions and your withdrawal, so it cannot be set by hand";

/**
 * Changes one of the user's own tracker entries; another user's id is not_found and changes
 * nothing. The stage of a role the user applied to on Ladder is the application's (kept in
 * step by lib/applications): a stage sent for it is refused (forbidden, on `stage`) and
 * nothing is changed.
 */
export async function updateSavedJob(database: Database, userId: string, update: TrackerUpdate): Promise<Result> {
  const { id, ...fields } = update;
  const set = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const mine = and(eq(savedJobs.id, id), eq(savedJobs.userId, userId));
  if (fields.stage !== undefined) {
    const [row] = await database
      .select({ appliedOn: savedJobs.appliedOn, applicationId: applications.id })
      .from(savedJobs)
      .leftJoin(applications, and(eq(applications.userId, savedJobs.userId), eq(applications.jobId, savedJobs.jobId)))
      .where(mine);
    if (!row) return failure("not_found", "That role is not in your tracker.");
    if (row.applicationId !== null) {
      return failure("forbidden", "Nothing was saved.", [{ path: "stage", message: LADDER_STAGE }]);
    }
    // Moving to "applied" without a date: today, unless a date was set before.
    if (fields.stage === "applied" && fields.appliedOn == null) {
      set.appliedOn = row.appliedOn ?? new Date().toISOString().slice(0, 10);
    }
  }
  const rows =
    Object.keys(set).length === 0
      ? await database.select({ id: savedJobs.id }).from(savedJobs).where(mine)
      : await database.update(savedJobs).set(set).where(mine).returning({ id: savedJobs.id });
  return rows.length === 1 ? ok() : failure("not_found", "That role is not in your tracker.");
}

/**
 * The user's tracker, most recently saved first (an edit does not move a card), with
 * whether each listing is still open. `stage` is the entry's tracker stage: for a role the
 * user applied to on Ladder (`onLadder`), the application's (TRACKER_STAGE_OF; null once
 * withdrawn, which only "All" lists); otherwise the one the user set. `stage` filters by it.
 */
export async function getSavedJobsByUser(database: Database, userId: string, stage?: ApplicationStage) {
  const rows = await database
    .select({
      id: savedJobs.id,
      savedStage: savedJobs.stage,
      applicationStage: applications.stage,
      notes: savedJobs.notes,
      appliedOn: savedJobs.appliedOn,
      nextStep: savedJobs.nextStep,
      nextStepOn: savedJobs.nextStepOn,
      savedAt: savedJobs.createdAt,
      updatedAt: savedJobs.updatedAt,
      job: {
        id: jobs.id,
        slug: jobs.slug,
        title: jobs.title,
        status: jobs.status,
        validThrough: jobs.validThrough,
        location: jobs.location,
        companyName: companies.name,
      },
    })
    .from(savedJobs)
    .innerJoin(jobs, eq(jobs.id, savedJobs.jobId))
    .innerJoin(companies, eq(companies.id, jobs.companyId))
    .leftJoin(applications, and(eq(applications.userId, savedJobs.userId), eq(applications.jobId, savedJobs.jobId)))
    .where(eq(savedJobs.userId, userId))
    .orderBy(desc(savedJobs.createdAt), desc(savedJobs.id));
  const now = Date.now();
  const entries = rows.map(({ savedStage, applicationStage, ...r }) => ({
    ...r,
    stage: applicationStage ? TRACKER_STAGE_OF[applicationStage] : savedStage,
    onLadder: applicationStage !== null,
    isOpen: r.job.status === "published" && (r.job.validThrough === null || r.job.validThrough.getTime() > now),
  }));
  return stage ? entries.filter((e) => e.stage === stage) : entries;
}

/** Ids of the listings this user saved (for the save buttons on result cards). */
export async function getSavedJobIdsByUser(database: Database, userId: string): Promise<number[]> {
  const rows = await database.select({ jobId: savedJobs.jobId }).from(savedJobs).where(eq(savedJobs.userId, userId));
  return rows.map((r) => r.jobId);
}
