import Link from "next/link";
import type { UserRole } from "@/lib/enums";
import { AccountTypeForm } from "@/components/account/account-type-form";

/**
 * What a signed-in job seeker (or admin) sees instead of a recruiter page. A job seeker
 * belongs to no company, so they can switch to a recruiter account here and carry on.
 */
export function RecruitersOnly({ role }: { role: UserRole }) {
  return (
    <div className="mx-auto max-w-xl space-y-3 py-10">
      <h1 className="text-2xl font-bold">For recruiter accounts</h1>
      {role === "admin" ? (
        <p className="text-slate-700">
          Posting and managing roles needs a recruiter account; administrator accounts moderate listings instead.
        </p>
      ) : (
        <>
          <p className="text-slate-700">
            Posting and managing roles needs a recruiter account, and yours is set up for finding a job. Hiring? Switch
            this account to a recruiter account: your profile and saved roles stay, and you can switch back from “Your
            account” until you join a company.
          </p>
          <AccountTypeForm role="seeker" />
        </>
      )}
      <p>
        <Link href="/jobs" className="font-semibold text-brand-700 underline">
          Back to jobs
        </Link>
      </p>
    </div>
  );
}
