import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { db } from "@/db";
import { BulkRejectForm, MoveForm, NoteForm, RejectForm } from "@/components/applications/applicant-actions";
import { RecruitersOnly } from "@/components/recruiter/recruiters-only";
import { getApplicantsForJob, type ApplicantSort } from "@/lib/applications/queries";
import { STAGE_NAMES } from "@/lib/applications/validation";
import { PIPELINE_STAGES } from "@/lib/enums";
import { formatDate } from "@/lib/format";
import { getRecruiterPageAccess } from "@/lib/recruiters/access";

export const metadata: Metadata = { title: "Applicants" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A listing's applicants for its company: match, answers, stages, rejection, private notes, CVs. */
export default async function ApplicantsPage({ params, searchParams }: Props) {
  await connection();
  const { id } = await params;
  const access = await getRecruiterPageAccess(`/recruiter/jobs/${encodeURIComponent(id)}/applicants`);
  if (!access.allowed) return <RecruitersOnly role={access.user.role} />;
  if (!access.membership) redirect("/recruiter");
  const sp = await searchParams;
  const stage = PIPELINE_STAGES.find((s) => s === sp.stage);
  const sort: ApplicantSort = sp.sort === "match" ? "match" : "date";
  const jobId = /^\d{1,9}$/.test(id) ? Number(id) : null;
  // Another company's listing is a 404, the same as one that does not exist.
  const data = jobId ? await getApplicantsForJob(db, access.user.id, jobId, { sort, stage }) : null;
  if (!data) notFound();
  const { job, applicants } = data;
  const href = (over: { stage?: string | null; sort?: string }) => {
    const q = new URLSearchParams();
    const st = over.stage === undefined ? stage : over.stage;
    if (st) q.set("stage", st);
    q.set("sort", over.sort ?? sort);
    return `/recruiter/jobs/${job.id}/applicants?${q}`;
  };
  const pill =
    "rounded-full border border-slate-300 px-3 py-1 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50";

  return (
    <div className="space-y-5 py-2">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link href="/recruiter" className="hover:underline">
          {access.membership.name}
        </Link>{" "}
        <span aria-hidden="true">/</span> Applicants
      </nav>
      <h1 className="text-2xl font-bold">Applicants: {job.title}</h1>
      {job.applyMode !== "ladder" && (
        <p className="rounded-lg bg-slate-100 p-3 text-sm">
          This role sends people to your own link, so applications do not arrive here. Edit it and choose “Apply on
          Ladder” to take them on Ladder.
        </p>
      )}
      <nav aria-label="Filter by stage" className="flex flex-wrap gap-2 text-sm">
        <Link href={href({ stage: null })} aria-current={!stage ? "page" : undefined} className={pill}>
          All
        </Link>
        {PIPELINE_STAGES.map((s) => (
          <Link key={s} href={href({ stage: s })} aria-current={stage === s ? "page" : undefined} className={pill}>
            {STAGE_NAMES[s]}
          </Link>
        ))}
      </nav>
      <p className="text-sm">
        Sort:{" "}
        <Link
          href={href({ sort: "date" })}
          aria-current={sort === "date" ? "page" : undefined}
          className="underline aria-[current=page]:font-bold"
        >
          newest first
        </Link>{" "}
        ·{" "}
        <Link
          href={href({ sort: "match" })}
          aria-current={sort === "match" ? "page" : undefined}
          className="underline aria-[current=page]:font-bold"
        >
          best match
        </Link>
      </p>
      {applicants.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6">No applicants here yet.</p>
      ) : (
        <>
          <ul className="space-y-3">
            {applicants.map((a) => (
              <li key={a.id}>
                <article
                  aria-label={a.deleted ? "Withdrawn applicant" : a.name}
                  className="space-y-2 rounded-xl border border-slate-200 bg-white p-4"
                >
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div>
                      <h2 className="font-semibold">
                        {a.stage !== "withdrawn" && a.stage !== "rejected" && (
                          <input
                            type="checkbox"
                            name="applicationIds"
                            value={a.id}
                            form="bulk-reject"
                            aria-label={`Tick ${a.name}`}
                            className="mr-2"
                          />
                        )}
                        {a.deleted ? "An applicant who deleted their application" : a.name}
                      </h2>
                      {!a.deleted && (
                        <p className="text-sm text-slate-700">
                          {[a.headline, a.location, a.yearsExperience === null ? "" : `${a.yearsExperience} years`]
                            .filter(Boolean)
                            .join(" · ")}
                        </p>
                      )}
                      <p className="text-sm text-slate-600">
                        Applied {formatDate(a.appliedAt)}
                        {a.matchLine && <> · Match: {a.matchLine}</>}
                      </p>
                    </div>
                    <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold" data-testid="stage">
                      {STAGE_NAMES[a.stage]}
                    </span>
                  </div>
                  {!a.deleted && (
                    <>
                      {a.email && (
                        <p className="text-sm">
                          <a href={`mailto:${a.email}`} className="underline">
                            {a.email}
                          </a>
                        </p>
                      )}
                      {a.answers.length > 0 && (
                        <dl className="grid gap-1 text-sm sm:grid-cols-[1fr_auto]">
                          {a.answers.map((q) => (
                            <div key={q.prompt} className="contents">
                              <dt className="text-slate-700">{q.prompt}</dt>
                              <dd className="font-medium">{q.value}</dd>
                            </div>
                          ))}
                        </dl>
                      )}
                      {a.coverNote && <p className="text-sm whitespace-pre-line">{a.coverNote}</p>}
                      {a.hasCv && (
                        <p className="text-sm">
                          CV:{" "}
                          <a href={`/api/applications/${a.id}/cv`} target="_blank" rel="noopener" className="underline">
                            open
                          </a>{" "}
                          ·{" "}
                          <a href={`/api/applications/${a.id}/cv?download=1`} className="underline">
                            download
                          </a>
                        </p>
                      )}
                      {a.stage === "rejected" && a.rejectionMessage && (
                        <p className="text-sm text-slate-700">Your message: “{a.rejectionMessage}”</p>
                      )}
                      {a.stage !== "withdrawn" && (
                        <div className="flex flex-wrap items-start gap-4">
                          <MoveForm applicationId={a.id} stage={a.stage} name={a.name} />
                          {a.stage !== "rejected" && <RejectForm applicationId={a.id} name={a.name} />}
                        </div>
                      )}
                      {a.notes.length > 0 && (
                        <ul className="space-y-1 text-sm">
                          {a.notes.map((n, i) => (
                            <li key={i} className="rounded bg-amber-50 p-2">
                              {n.body}{" "}
                              <span className="text-slate-600">
                                — {n.author ?? "a colleague"}, {formatDate(n.createdAt)}
                              </span>
                            </li>
                          ))}
                        </ul>
                      )}
                      <NoteForm applicationId={a.id} />
                    </>
                  )}
                </article>
              </li>
            ))}
          </ul>
          <BulkRejectForm formId="bulk-reject" />
        </>
      )}
    </div>
  );
}
