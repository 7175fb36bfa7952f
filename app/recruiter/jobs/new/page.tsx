import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { JobForm } from "@/components/recruiter/job-form";
import { RecruitersOnly } from "@/components/recruiter/recruiters-only";
import { getRecruiterPageAccess } from "@/lib/recruiters/access";
import { getJobFormContext } from "@/lib/recruiters/form-data";

export const metadata: Metadata = { title: "Post a role" };

export default async function NewJobPage() {
  await connection();
  const access = await getRecruiterPageAccess("/recruiter/jobs/new");
  if (!access.allowed) return <RecruitersOnly role={access.user.role} />;
  if (!access.membership) redirect("/recruiter");
  const ctx = await getJobFormContext();
  return (
    <div className="space-y-4 py-2">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link href="/recruiter" className="hover:underline">
          {access.membership.name}
        </Link>{" "}
        <span aria-hidden="true">/</span> New role
      </nav>
      <h1 className="text-2xl font-bold">Post a role</h1>
      <JobForm
        mode={{ kind: "create", companyId: access.membership.companyId, submissionId: crypto.randomUUID() }}
        skills={ctx.skills}
        benchmarks={ctx.benchmarks}
        today={ctx.today}
        latest={ctx.latest}
        initial={{
          title: "",
          roleFamily: "",
          level: "mid",
          employmentType: "full_time",
          workplace: "hybrid",
          location: "",
          applicantRegions: [],
          salaryMin: "",
          salaryMax: "",
          salaryCurrency: "USD",
          salaryPeriod: "year",
          skills: [],
          description: "",
          apply: "",
          closesOn: ctx.defaultClosesOn,
          applyMode: "external",
          questionPrompt: [],
          questionKind: [],
          questionRequired: [],
        }}
      />
    </div>
  );
}
