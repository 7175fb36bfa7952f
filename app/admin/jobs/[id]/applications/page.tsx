import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { db } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { getApplicantsForJob } from "@/lib/applications/queries";
import { STAGE_NAMES } from "@/lib/applications/validation";
import { formatDate } from "@/lib/format";
import { isAdmin } from "@/lib/moderation/service";

export const metadata: Metadata = { title: "Admin: applications of a reported listing", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

/**
 * The applications of a listing with an open report, for an admin reviewing it (read only,
 * without the company's private notes). Any other listing, and anyone who is not an admin:
 * 404. Each CV opened here is recorded as the admin's read.
 */
export default async function AdminApplicationsPage({ params }: Props) {
  await connection();
  const { id } = await params;
  const user = await requireUser(`/admin/jobs/${encodeURIComponent(id)}/applications`);
  if (!(await isAdmin(db, user.id))) notFound();
  const jobId = /^\d{1,9}$/.test(id) ? Number(id) : null;
  const data = jobId ? await getApplicantsForJob(db, user.id, jobId, { as: "admin" }) : null;
  if (!data) notFound();
  return (
    <div className="space-y-5 py-2 [overflow-wrap:anywhere]">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link href="/admin" className="hover:underline">
          Trust and safety
        </Link>{" "}
        <span aria-hidden="true">/</span> Applications
      </nav>
      <h1 className="text-2xl font-bold">Applications: {data.job.title}</h1>
      <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-950">
        You see these because the listing has an open report. Once the reports are closed, they are the company’s and
        the applicants’ only. Every CV you open is recorded.
      </p>
      {data.applicants.length === 0 && <p>No applications.</p>}
      <ul className="space-y-3">
        {data.applicants.map((a) => (
          <li key={a.id} className="space-y-1 rounded-xl border border-slate-200 bg-white p-4 text-sm">
            <h2 className="text-base font-semibold">{a.deleted ? "Deleted by the applicant" : a.name}</h2>
            <p>
              {STAGE_NAMES[a.stage]} · applied {formatDate(a.appliedAt)}
              {a.headline ? ` · ${a.headline}` : ""}
            </p>
            {a.answers.map((ans) => (
              <p key={ans.prompt}>
                {ans.prompt}: <strong>{ans.value}</strong>
              </p>
            ))}
            {a.hasCv && (
              <a href={`/api/applications/${a.id}/cv`} className="font-semibold text-brand-700 underline">
                Open CV
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
