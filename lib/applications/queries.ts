import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db";
import {
  applicationAnswers,
  applicationNotes,
  applications,
  companyMembers,
  files,
  jobs,
  screeningQuestions,
  skills,
  userSkills,
  users,
  type PipelineStage,
} from "@/db/schema";
import { matchLabel } from "@/lib/matches/describe";
import { hasOpenReport } from "./service";

/* Reads for the apply form, the tracker and the recruiter's applicant list. */

/** Everything the apply form shows: the listing, its questions, the profile to prefill, the default CV, a past application. */
export async function getApplyContext(database: Database, userId: string, jobId: number) {
  const [user] = await database
    .select({
      role: users.role,
      name: users.name,
      email: users.email,
      headline: users.headline,
      location: users.location,
      yearsExperience: users.yearsExperience,
      defaultCvFileId: users.defaultCvFileId,
      defaultCvName: files.name,
    })
    .from(users)
    .leftJoin(files, eq(files.id, users.defaultCvFileId))
    .where(eq(users.id, userId));
  if (!user) return null;
  const [mySkills, questions, [existing]] = await Promise.all([
    database
      .select({ name: skills.name })
      .from(userSkills)
      .innerJoin(skills, eq(skills.id, userSkills.skillId))
      .where(eq(userSkills.userId, userId))
      .orderBy(asc(skills.name)),
    database
      .select({
        id: screeningQuestions.id,
        kind: screeningQuestions.kind,
        prompt: screeningQuestions.prompt,
        required: screeningQuestions.required,
      })
      .from(screeningQuestions)
      .where(eq(screeningQuestions.jobId, jobId))
      .orderBy(asc(screeningQuestions.position)),
    database
      .select({ id: applications.id, stage: applications.stage, appliedAt: applications.appliedAt })
      .from(applications)
      .where(and(eq(applications.userId, userId), eq(applications.jobId, jobId))),
  ]);
  return { user, skills: mySkills.map((s) => s.name), questions, existing: existing ?? null };
}

/** The user's applications by listing id, for the tracker: stage, rejection message, date. */
export async function getApplicationsByUser(database: Database, userId: string) {
  const rows = await database
    .select({
      id: applications.id,
      jobId: applications.jobId,
      stage: applications.stage,
      rejectionMessage: applications.rejectionMessage,
      appliedAt: applications.appliedAt,
      hasCv: sql<boolean>`${applications.cvFileId} is not null`,
    })
    .from(applications)
    .where(eq(applications.userId, userId));
  return new Map(rows.map((r) => [r.jobId, r]));
}

/** Applications per stage for each listing of a company (the dashboard's counts). */
export async function getStageCountsByCompany(database: Database, companyId: number) {
  const rows = await database
    .select({ jobId: applications.jobId, stage: applications.stage, n: sql<number>`count(*)`.mapWith(Number) })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(eq(jobs.companyId, companyId))
    .groupBy(applications.jobId, applications.stage);
  const out = new Map<number, Partial<Record<PipelineStage, number>>>();
  for (const r of rows) (out.get(r.jobId) ?? out.set(r.jobId, {}).get(r.jobId)!)[r.stage] = r.n;
  return out;
}

export type ApplicantSort = "match" | "date";

/**
 * A listing's applicants for a member of its company (role read from the database), or,
 * with `as: "admin"`, for an admin while the listing has an open report (without the
 * company's notes); null for anyone else (other companies' recruiters, seekers, admins of
 * an unreported listing). Each row has the
 * answers, the company's notes and the match: the listing's skills the applicant has done
 * (`user_skills`, as /me/matches counts them) and how many of those were marked done on a
 * roadmap ("7 of 9 skills, 5 from roadmap progress"). Sorted by match (then newest) or by
 * date (newest first); `stage` filters.
 */
export async function getApplicantsForJob(
  database: Database,
  userId: string,
  jobId: number,
  opts: { sort?: ApplicantSort; stage?: PipelineStage; as?: "company" | "admin" } = {},
) {
  // An admin sees a listing's applications only while it has an open report, and never the
  // company's private notes.
  const asAdmin = opts.as === "admin";
  const [job] = await database
    .select({ id: jobs.id, title: jobs.title, slug: jobs.slug, companyId: jobs.companyId, applyMode: jobs.applyMode })
    .from(jobs)
    .innerJoin(
      users,
      and(
        eq(users.id, userId),
        eq(users.role, asAdmin ? "admin" : "recruiter"),
        asAdmin ? hasOpenReport(jobs.id) : undefined,
      ),
    )
    .leftJoin(companyMembers, and(eq(companyMembers.companyId, jobs.companyId), eq(companyMembers.userId, userId)))
    .where(and(eq(jobs.id, jobId), asAdmin ? undefined : sql`${companyMembers.userId} is not null`));
  if (!job) return null;
  // Written out qualified: drizzle leaves columns of a one-table select unqualified, which
  // inside these subqueries would name job_skills' own job_id.
  const total = sql<number>`(select count(*) from job_skills js where js.job_id = applications.job_id)`.mapWith(Number);
  const done = sql<number>`(select count(*) from job_skills js
      join user_skills us on us.skill_id = js.skill_id and us.user_id = applications.user_id
      where js.job_id = applications.job_id)`.mapWith(Number);
  // Done skills the applicant marked done on a roadmap (roadmap_progress keeps who set what).
  const fromRoadmap = sql<number>`(select count(distinct js.skill_id) from job_skills js
      join user_skills us on us.skill_id = js.skill_id and us.user_id = applications.user_id
      join roadmap_milestones m on m.skill_id = js.skill_id
      join roadmap_progress rp on rp.milestone_id = m.id and rp.user_id = us.user_id and rp.status = 'done'
      where js.job_id = applications.job_id)`.mapWith(Number);
  const rows = await database
    .select({
      id: applications.id,
      stage: applications.stage,
      name: applications.name,
      email: applications.email,
      headline: applications.headline,
      location: applications.location,
      yearsExperience: applications.yearsExperience,
      coverNote: applications.coverNote,
      rejectionMessage: applications.rejectionMessage,
      appliedAt: applications.appliedAt,
      deleted: sql<boolean>`${applications.deletedAt} is not null`,
      hasCv: sql<boolean>`${applications.cvFileId} is not null`,
      total,
      done,
      fromRoadmap,
    })
    .from(applications)
    .where(and(eq(applications.jobId, jobId), opts.stage ? eq(applications.stage, opts.stage) : undefined))
    .orderBy(desc(applications.appliedAt), desc(applications.id));
  const ids = rows.map((r) => r.id);
  const [answers, notes] = ids.length
    ? await Promise.all([
        database
          .select({
            applicationId: applicationAnswers.applicationId,
            prompt: screeningQuestions.prompt,
            value: applicationAnswers.value,
          })
          .from(applicationAnswers)
          .innerJoin(screeningQuestions, eq(screeningQuestions.id, applicationAnswers.questionId))
          .where(inArray(applicationAnswers.applicationId, ids))
          .orderBy(asc(screeningQuestions.position)),
        asAdmin
          ? []
          : database
              .select({
                applicationId: applicationNotes.applicationId,
                body: applicationNotes.body,
                author: users.name,
                createdAt: applicationNotes.createdAt,
              })
              .from(applicationNotes)
              .leftJoin(users, eq(users.id, applicationNotes.authorId))
              .where(inArray(applicationNotes.applicationId, ids))
              .orderBy(asc(applicationNotes.createdAt)),
      ])
    : [[], []];
  const applicants = rows.map((r) => ({
    ...r,
    matchLine: r.deleted
      ? ""
      : r.total === 0
        ? "the role lists no skills"
        : `${matchLabel({ done: r.done, total: r.total })}${r.fromRoadmap ? `, ${r.fromRoadmap} from roadmap progress` : ""}`,
    answers: answers.filter((a) => a.applicationId === r.id),
    notes: notes.filter((n) => n.applicationId === r.id),
  }));
  if (opts.sort === "match") {
    const share = (a: (typeof applicants)[number]) => (a.total ? a.done / a.total : 0);
    applicants.sort((a, b) => share(b) - share(a) || b.done - a.done || b.appliedAt.getTime() - a.appliedAt.getTime());
  }
  return { job, applicants };
}
