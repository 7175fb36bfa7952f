import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { JobForm } from "@/components/recruiter/job-form";
import { RecruitersOnly } from "@/components/recruiter/recruiters-only";
import { getRecruiterPageAccess } from "@/lib/recruiters/access";
import { getJobFormContext } from "@/lib/recruiters/form-data";
import { getJobForEdit } from "@/lib/recruiters/queries";

export const metadata: Metadata = { title: "Edit role" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditJobPage({ params, searchParams }: Props) {
  await connection();
  const { id } = await params;
  const access = await getRecruiterPageAccess(`/recruiter/jobs/${encodeURIComponent(id)}/edit`);
  if (!access.allowed) return <RecruitersOnly role={access.user.role} />;
  if (!access.membership) redirect("/recruiter");
  const jobId = /^\d{1,9}$/.test(id) ? Number(id) : null;
  // Another company's listing is a 404, the same as one that does not exist.
  const job = jobId ? await getJobForEdit(jobId, access.membership.companyId) : null;
  if (!job) notFound();
  const ctx = await getJobFormContext();
  const copied = (await searchParams).copied === "1";
  return (
    <div className="space-y-4 py-2">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link href="/recruiter" className="hover:underline">
          {access.membership.name}
        </Link>{" "}
        <span aria-hidden="true">/</span> Edit role
      </nav>
      <h1 className="text-2xl font-bold">Edit: {job.title}</h1>
      {copied && (
        <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-emerald-900">
          This is a copy, saved as a private draft. Change what you need, save, then publish it from your roles.
        </p>
      )}
      <JobForm
        mode={{ kind: "edit", jobId: job.id, status: job.status }}
        skills={ctx.skills}
        benchmarks={ctx.benchmarks}
        today={ctx.today}
        latest={ctx.latest}
        initial={{
          ...job.values,
          closesOn: job.values.closesOn && job.values.closesOn >= ctx.today ? job.values.closesOn : ctx.defaultClosesOn,
        }}
      />
    </div>
  );
}
