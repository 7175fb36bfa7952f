import Link from "next/link";

/** What a signed-in job seeker (or admin) sees instead of a recruiter page. */
export function RecruitersOnly() {
  return (
    <div className="mx-auto max-w-xl space-y-3 py-10">
      <h1 className="text-2xl font-bold">For recruiter accounts</h1>
      <p className="text-slate-700">
        Posting and managing roles needs a recruiter account. Your account is for finding a job, so it cannot post roles
        or see a company’s listings. To hire, create a separate account with your work email and choose “hiring
        (recruiter)”.
      </p>
      <p>
        <Link href="/jobs" className="font-semibold text-brand-700 underline">
          Back to jobs
        </Link>
      </p>
    </div>
  );
}
