import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import type { Database } from "@/db";
import {
  applicationAnswers,
  applicationEvents,
  applicationNotes,
  applications,
  companyMembers,
  jobReports,
  jobs,
  savedJobs,
  screeningQuestions,
  users,
  type PipelineStage,
} from "@/db/schema";
import { replaceDefaultCv } from "@/lib/accounts/default-cv";
import { checkCv, copyFile, deleteFile, saveFile, type Upload } from "@/lib/files/store";
import { logger } from "@/lib/log/logger";
import { TRACKER_STAGE_OF } from "@/lib/saved/labels";
import { mailApplicationEvents } from "./mail";
import { catchRefusal, issuesFromZod, ok, refuse, type Issue, type Result } from "@/lib/result";
import {
  applicationIdInput,
  applyInputSchema,
  moveInput,
  noteInput,
  NUMBER_ANSWER_MAX,
  rejectInput,
  SHORT_ANSWER_MAX,
} from "./validation";

/*
 * Applications on Ladder. Every write runs in one transaction that reads the acting
 * user's role from the database, checks who may touch the application (its applicant, or
 * a member of the listing's company), writes, records an application_events row for mail,
 * and keeps the applicant's tracker (saved_jobs) in step. A refusal throws, so nothing is
 * half-written. Unknown and foreign applications get the same answer. After the commit, the
 * applicant's mail about the change is queued (./mail.ts).
 */

const CHECK_FIELDS = "Check the highlighted fields. Nothing was sent.";
const NOT_FOUND = "That application does not exist or is not yours to see.";
const CLOSED = "This role is no longer accepting applications.";
const CV_REQUIRED = "Choose your CV: a PDF or Word (.docx) file, at most 5 MB";

const today = (now: Date) => now.toISOString().slice(0, 10);

/**
 * Queues the applicant's mail for the events a committed change wrote. A failure (the
 * queue unreachable) is logged, not answered: the change stands, and the
 * `applications.mail` sweep sends the mail later.
 */
async function mailAfterCommit(database: Database, applicationIds: number[]) {
  if (applicationIds.length === 0) return;
  try {
    await mailApplicationEvents(database, { applicationIds });
  } catch (error) {
    logger().error({ err: error }, "[applications] mail not queued yet (the sweep will)");
  }
}

async function roleOf(tx: Database, userId: string) {
  const [row] = await tx
    .select({ role: users.role, defaultCvFileId: users.defaultCvFileId })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

async function syncTracker(tx: Database, userId: string | null, jobId: number, stage: PipelineStage) {
  const tracker = TRACKER_STAGE_OF[stage];
  if (!userId || !tracker) return;
  await tx
    .update(savedJobs)
    .set({ stage: tracker })
    .where(and(eq(savedJobs.userId, userId), eq(savedJobs.jobId, jobId)));
}

const NUMBER_ANSWER = `Answer with a number from 0 to ${NUMBER_ANSWER_MAX.toLocaleString("en-US")}, like 3 or 4.5`;

/**
 * A number answer: a whole or decimal number (at most two decimals) from 0 to
 * NUMBER_ANSWER_MAX, written with digits and an optional point ("3", "4.5", "0.25").
 */
function isNumberAnswer(value: string): boolean {
  return /^\d{1,7}(\.\d{1,2})?$/.test(value) && Number(value) <= NUMBER_ANSWER_MAX;
}

/** Checks the screening answers in `input` (`q<id>` fields) against the listing's questions. */
function answersFrom(input: Record<string, unknown>, questions: (typeof screeningQuestions.$inferSelect)[]) {
  const issues: Issue[] = [];
  const answers: { questionId: number; value: string }[] = [];
  for (const q of questions) {
    const path = `q${q.id}`;
    const raw = input[path];
    const value = (typeof raw === "string" ? raw : "").trim();
    if (!value) {
      if (q.required) issues.push({ path, message: "Answer this question: it is required" });
      continue;
    }
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value)) {
      issues.push({ path, message: "Remove the control characters from this answer" });
    } else if (q.kind === "yes_no" && value !== "yes" && value !== "no") {
      issues.push({ path, message: "Answer yes or no" });
    } else if (q.kind === "number" && !isNumberAnswer(value)) {
      issues.push({ path, message: NUMBER_ANSWER });
    } else if (value.length > SHORT_ANSWER_MAX) {
      issues.push({
        path,
        message: `Keep the answer to ${SHORT_ANSWER_MAX.toLocaleString("en-US")} characters or fewer`,
      });
    } else {
      answers.push({ questionId: q.id, value });
    }
  }
  return { issues, answers };
}

/** Whether a listing takes applications on Ladder now: published, not past its date, not removed, mode ladder. */
function acceptsApplications(job: typeof jobs.$inferSelect, now: Date) {
  return (
    job.applyMode === "ladder" &&
    job.status === "published" &&
    !job.removedAt &&
    (job.validThrough === null || job.validThrough > now)
  );
}

/**
 * A seeker applies to a listing on Ladder: the form's fields (raw, validated here), the
 * uploaded CV (or `cvSource: "profile"` for the profile's default CV), the screening
 * answers. Answers `{ applicationId, alreadySent }`: the same form sent twice (a
 * double-click) answers the first application. Refusals: a closed/expired/removed or
 * external listing (conflict, on `form`), a second application (conflict), a wrong file
 * (400/413/415 on `cv`), a missing required answer (400 on `q<id>`); nothing is written.
 */
export async function applyToJob(
  database: Database,
  userId: string,
  raw: unknown,
  upload: Upload | null,
  now = new Date(),
): Promise<Result<{ applicationId: number; alreadySent: boolean; jobSlug: string }>> {
  const parsed = applyInputSchema.safeParse(raw);
  const fieldIssues: Issue[] = parsed.success ? [] : issuesFromZod(parsed.error, "form");
  // The file is checked before the transaction (file-type reads it asynchronously); its
  // issue is reported together with the other fields'.
  const hasUpload = upload !== null && (upload.bytes.byteLength > 0 || upload.name !== "");
  const cvSource = parsed.success ? parsed.data.cvSource : "upload";
  let checked = null;
  if (cvSource === "upload") {
    if (!hasUpload) fieldIssues.push({ path: "cv", message: CV_REQUIRED });
    else {
      const cv = await checkCv(upload);
      if (cv.ok) checked = cv.value;
      else fieldIssues.push(...cv.issues);
    }
  }
  type Applied = { applicationId: number; alreadySent: boolean; jobSlug: string };
  const result = await catchRefusal<Applied>(() =>
    database.transaction(async (tx): Promise<Result<Applied>> => {
      const user = await roleOf(tx, userId);
      if (user?.role !== "seeker") refuse("forbidden", "Only job seeker accounts can apply.");
      const jobId = parsed.success ? parsed.data.jobId : Number((raw as { jobId?: unknown })?.jobId);
      const [job] =
        Number.isInteger(jobId) && jobId > 0 && jobId < 2 ** 31
          ? await tx.select().from(jobs).where(eq(jobs.id, jobId))
          : [];
      if (!job || job.status === "draft") refuse("not_found", "That role does not exist.");
      const [existing] = await tx
        .select({ id: applications.id, submissionId: applications.submissionId, appliedAt: applications.appliedAt })
        .from(applications)
        .where(and(eq(applications.userId, userId), eq(applications.jobId, job.id)));
      const submissionId = parsed.success ? parsed.data.submissionId : undefined;
      if (existing && submissionId && existing.submissionId === submissionId) {
        return ok({ applicationId: existing.id, alreadySent: true, jobSlug: job.slug });
      }
      if (existing) {
        refuse("conflict", `You already applied to this role on ${today(existing.appliedAt)}.`, [
          { path: "form", message: "You already applied to this role: see it in your applications" },
        ]);
      }
      if (!acceptsApplications(job, now)) refuse("conflict", CLOSED, [{ path: "form", message: CLOSED }]);
      const questions = await tx
        .select()
        .from(screeningQuestions)
        .where(eq(screeningQuestions.jobId, job.id))
        .orderBy(asc(screeningQuestions.position));
      // Checked even when other fields are wrong, so every message shows at once.
      const { issues, answers } = answersFrom(
        raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {},
        questions,
      );
      if (cvSource === "profile" && !user.defaultCvFileId) {
        fieldIssues.push({ path: "cv", message: "Your profile has no CV yet: attach one" });
      }
      if (!parsed.success || fieldIssues.length || issues.length)
        refuse("invalid", CHECK_FIELDS, [...fieldIssues, ...issues]);
      const input = parsed.data;
      // The application first: of two concurrent sends, the second waits on the unique
      // index here and then writes nothing (not even its file).
      const [row] = await tx
        .insert(applications)
        .values({
          jobId: job.id,
          userId,
          name: input.name,
          email: input.email,
          headline: input.headline,
          location: input.location,
          yearsExperience: input.yearsExperience,
          coverNote: input.coverNote,
          submissionId: input.submissionId ?? null,
          appliedAt: now,
          stageChangedAt: now,
        })
        .onConflictDoNothing({ target: [applications.userId, applications.jobId] })
        .returning({ id: applications.id });
      if (!row) {
        const [first] = await tx
          .select({ id: applications.id, submissionId: applications.submissionId })
          .from(applications)
          .where(and(eq(applications.userId, userId), eq(applications.jobId, job.id)));
        if (first && input.submissionId && first.submissionId === input.submissionId) {
          return ok({ applicationId: first.id, alreadySent: true, jobSlug: job.slug });
        }
        refuse("conflict", "You already applied to this role.", [
          { path: "form", message: "You already applied to this role" },
        ]);
      }
      // The application keeps its own copy of the CV: deleting it never touches the profile's.
      const cvFileId = checked
        ? await saveFile(tx, userId, checked)
        : await copyFile(tx, userId, user.defaultCvFileId!);
      await tx.update(applications).set({ cvFileId }).where(eq(applications.id, row.id));
      if (checked && input.saveAsDefault) await replaceDefaultCv(tx, userId, await saveFile(tx, userId, checked));
      if (answers.length) {
        await tx.insert(applicationAnswers).values(answers.map((a) => ({ applicationId: row.id, ...a })));
      }
      await tx
        .insert(applicationEvents)
        .values({ applicationId: row.id, kind: "received", stage: "new", actorId: userId });
      await tx
        .insert(savedJobs)
        .values({ userId, jobId: job.id, stage: "applied", appliedOn: today(now) })
        .onConflictDoUpdate({
          target: [savedJobs.userId, savedJobs.jobId],
          set: { stage: "applied", appliedOn: today(now) },
        });
      return ok({ applicationId: row.id, alreadySent: false, jobSlug: job.slug });
    }),
  );
  if (result.ok && !result.value.alreadySent) await mailAfterCommit(database, [result.value.applicationId]);
  return result;
}

/** The applicant's own live application, locked, or a not_found refusal. */
async function ownApplication(tx: Database, userId: string, raw: unknown) {
  const parsed = applicationIdInput.safeParse(raw);
  if (!parsed.success) refuse("invalid", CHECK_FIELDS, issuesFromZod(parsed.error, "form"));
  const [row] = await tx
    .select()
    .from(applications)
    .where(and(eq(applications.id, parsed.data.applicationId), eq(applications.userId, userId)))
    .for("update");
  if (!row) refuse("not_found", NOT_FOUND);
  return row;
}

/** The applicant withdraws: stage withdrawn (final), the recruiter sees it. Idempotent. */
export async function withdrawApplication(
  database: Database,
  userId: string,
  raw: unknown,
  now = new Date(),
): Promise<Result> {
  return catchRefusal(() =>
    database.transaction(async (tx) => {
      const app = await ownApplication(tx, userId, raw);
      if (app.stage === "withdrawn") return ok();
      if (app.stage === "hired") refuse("conflict", "You were hired for this role: talk to the company instead.");
      await tx.update(applications).set({ stage: "withdrawn", stageChangedAt: now }).where(eq(applications.id, app.id));
      await tx
        .insert(applicationEvents)
        .values({ applicationId: app.id, kind: "withdrawn", stage: "withdrawn", actorId: userId });
      return ok();
    }),
  );
}

/**
 * The applicant deletes the application: its CV, answers, contact details, the company's
 * notes and unsent mail go; the row stays as a tombstone (no user, stage withdrawn) so the
 * recruiter sees "withdrawn" and nothing else. The tracker entry goes too.
 */
export async function deleteApplication(
  database: Database,
  userId: string,
  raw: unknown,
  now = new Date(),
): Promise<Result> {
  return catchRefusal(() =>
    database.transaction(async (tx) => {
      const app = await ownApplication(tx, userId, raw);
      await eraseApplication(tx, app, now);
      await tx.delete(savedJobs).where(and(eq(savedJobs.userId, userId), eq(savedJobs.jobId, app.jobId)));
      return ok();
    }),
  );
}

/**
 * Erases every application of `userId` as `deleteApplication` erases one (account
 * deletion, lib/accounts/settings.ts): each becomes a withdrawn tombstone, its CV,
 * answers, notes and events gone. Run inside the caller's transaction. Answers the count.
 */
export async function eraseApplicationsOfUser(tx: Database, userId: string, now = new Date()): Promise<number> {
  const rows = await tx.select().from(applications).where(eq(applications.userId, userId)).for("update");
  for (const app of rows) await eraseApplication(tx, app, now);
  return rows.length;
}

/** One application to a tombstone: what the recruiter then sees is "withdrawn" and nothing else. */
async function eraseApplication(tx: Database, app: { id: number; cvFileId: number | null }, now: Date) {
  await tx.delete(applicationAnswers).where(eq(applicationAnswers.applicationId, app.id));
  await tx.delete(applicationNotes).where(eq(applicationNotes.applicationId, app.id));
  await tx.delete(applicationEvents).where(eq(applicationEvents.applicationId, app.id));
  await tx
    .update(applications)
    .set({
      userId: null,
      stage: "withdrawn",
      name: "",
      email: "",
      headline: "",
      location: "",
      yearsExperience: null,
      coverNote: "",
      rejectionMessage: "",
      cvFileId: null,
      submissionId: null,
      stageChangedAt: now,
      deletedAt: now,
    })
    .where(eq(applications.id, app.id));
  if (app.cvFileId) await deleteFile(tx, app.cvFileId);
}

// ---------------------------------------------------------------- the recruiter's side

/** The recruiter's company, read in the transaction (role from the database), or a refusal. */
async function recruiterCompany(tx: Database, userId: string): Promise<number> {
  const user = await roleOf(tx, userId);
  if (user?.role !== "recruiter") refuse("forbidden", "Only recruiter accounts can do this.");
  const [member] = await tx
    .select({ companyId: companyMembers.companyId })
    .from(companyMembers)
    .where(eq(companyMembers.userId, userId))
    .orderBy(companyMembers.createdAt)
    .limit(1);
  if (!member) refuse("forbidden", "Create or join a company first.");
  return member.companyId;
}

/** Applications of the recruiter's company among `ids`, locked; any other id refuses the whole call. */
async function companyApplications(tx: Database, userId: string, ids: number[]) {
  const companyId = await recruiterCompany(tx, userId);
  const rows = await tx
    .select({ app: applications })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(inArray(applications.id, ids), eq(jobs.companyId, companyId)))
    .for("update", { of: applications });
  if (rows.length !== new Set(ids).size) refuse("not_found", NOT_FOUND);
  return rows.map((r) => r.app);
}

/** A member of the listing's company moves an application (new → reviewing → interviewing → offer → hired). */
export async function moveApplication(
  database: Database,
  userId: string,
  raw: unknown,
  now = new Date(),
): Promise<Result<{ jobId: number }>> {
  let moved: number[] = [];
  const result = await catchRefusal(() =>
    database.transaction(async (tx) => {
      const parsed = moveInput.safeParse(raw);
      if (!parsed.success) {
        await recruiterCompany(tx, userId);
        refuse("invalid", CHECK_FIELDS, issuesFromZod(parsed.error, "form"));
      }
      const [app] = await companyApplications(tx, userId, [parsed.data.applicationId]);
      if (app!.stage === "withdrawn") refuse("conflict", "This applicant withdrew.");
      if (app!.stage === parsed.data.stage) return ok({ jobId: app!.jobId });
      await tx
        .update(applications)
        .set({ stage: parsed.data.stage, stageChangedAt: now, rejectionMessage: "" })
        .where(eq(applications.id, app!.id));
      await tx
        .insert(applicationEvents)
        .values({ applicationId: app!.id, kind: "stage_changed", stage: parsed.data.stage, actorId: userId });
      await syncTracker(tx, app!.userId, app!.jobId, parsed.data.stage);
      moved = [app!.id];
      return ok({ jobId: app!.jobId });
    }),
  );
  if (result.ok) await mailAfterCommit(database, moved);
  return result;
}

/**
 * Rejects one or many applications of the recruiter's company with one optional message
 * shown to each applicant. Withdrawn ones are skipped; an id of another company's refuses
 * the whole call. Answers how many were rejected.
 */
export async function rejectApplications(
  database: Database,
  userId: string,
  raw: unknown,
  now = new Date(),
): Promise<Result<{ rejected: number }>> {
  let rejected: number[] = [];
  const result = await catchRefusal(() =>
    database.transaction(async (tx) => {
      const parsed = rejectInput.safeParse(raw);
      if (!parsed.success) {
        await recruiterCompany(tx, userId);
        refuse("invalid", CHECK_FIELDS, issuesFromZod(parsed.error, "form"));
      }
      const apps = await companyApplications(tx, userId, parsed.data.applicationIds);
      const live = apps.filter((a) => a.stage !== "withdrawn");
      if (live.length === 0) return ok({ rejected: 0 });
      await tx
        .update(applications)
        .set({ stage: "rejected", stageChangedAt: now, rejectionMessage: parsed.data.message })
        .where(
          inArray(
            applications.id,
            live.map((a) => a.id),
          ),
        );
      await tx.insert(applicationEvents).values(
        live.map((a) => ({
          applicationId: a.id,
          kind: "rejected" as const,
          stage: "rejected" as const,
          actorId: userId,
        })),
      );
      for (const a of live) await syncTracker(tx, a.userId, a.jobId, "rejected");
      rejected = live.map((a) => a.id);
      return ok({ rejected: live.length });
    }),
  );
  if (result.ok) await mailAfterCommit(database, rejected);
  return result;
}

/** A note on an application, private to the listing's company. */
export async function addApplicationNote(
  database: Database,
  userId: string,
  raw: unknown,
): Promise<Result<{ jobId: number }>> {
  return catchRefusal(() =>
    database.transaction(async (tx) => {
      const parsed = noteInput.safeParse(raw);
      if (!parsed.success) {
        await recruiterCompany(tx, userId);
        refuse("invalid", CHECK_FIELDS, issuesFromZod(parsed.error, "form"));
      }
      const [app] = await companyApplications(tx, userId, [parsed.data.applicationId]);
      if (app!.deletedAt) refuse("conflict", "The applicant deleted this application.");
      await tx.insert(applicationNotes).values({ applicationId: app!.id, authorId: userId, body: parsed.data.body });
      return ok({ jobId: app!.jobId });
    }),
  );
}

/**
 * Who may read an application's CV: its applicant, a member of the listing's company, or an
 * admin while the listing has an open report (roles read from the database; every read by
 * someone other than the applicant is recorded by lib/files). Answers the file id or null.
 */
export async function cvAccess(database: Database, userId: string, applicationId: number) {
  const [row] = await database
    .select({ cvFileId: applications.cvFileId })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(users, eq(users.id, userId))
    .leftJoin(companyMembers, and(eq(companyMembers.companyId, jobs.companyId), eq(companyMembers.userId, userId)))
    .where(
      and(
        eq(applications.id, applicationId),
        or(
          eq(applications.userId, userId),
          and(eq(users.role, "recruiter"), sql`${companyMembers.userId} is not null`),
          and(eq(users.role, "admin"), hasOpenReport(jobs.id)),
        ),
      ),
    );
  return row?.cvFileId ?? null;
}

/** SQL: the listing has a report no admin has closed yet (the one case an admin may see its applications). */
export const hasOpenReport = (jobId: typeof jobs.id) =>
  sql`exists (select 1 from ${jobReports} r where r.job_id = ${jobId} and r.status = 'open')`;
