import type { Metadata } from "next";
import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { AccountTypeForm } from "@/components/account/account-type-form";
import { ChangeEmailForm } from "@/components/account/change-email-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { VerifyEmailBanner } from "@/components/account/verify-email-banner";
import { getAccountSettings } from "@/lib/accounts/queries";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Your account" };

const ROLE_LABEL = { seeker: "Job seeker", recruiter: "Recruiter", admin: "Administrator" } as const;

export default async function AccountPage() {
  const user = await requireUser("/me");
  // The role as the database has it now; the session's copy is refreshed on each request.
  const settings = await getAccountSettings(user.id);
  const role = settings?.role ?? user.role;
  return (
    <div className="mx-auto max-w-xl space-y-8 py-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Your account</h1>
        <p className="text-slate-700">
          Signed in as <strong>{user.name ?? user.email}</strong> ({user.email}) · {ROLE_LABEL[role]}
        </p>
      </header>
      <VerifyEmailBanner
        userId={user.id}
        reason="Your account works already; job alerts and publishing listings wait for a confirmed address."
      />
      <p>
        <Link href="/me/profile" className="font-semibold text-brand-700 underline">
          Your profile
        </Link>
        : skills, experience and the role you are aiming for.{" "}
        {role === "seeker" && (
          <>
            <Link href="/me/matches" className="font-semibold text-brand-700 underline">
              Jobs you are ready for
            </Link>
            : open roles ranked by the skills you have done.{" "}
          </>
        )}
        <Link href="/me/jobs" className="font-semibold text-brand-700 underline">
          Your applications
        </Link>{" "}
        : roles you saved, and where each stands.{" "}
        <Link href="/me/searches" className="font-semibold text-brand-700 underline">
          Saved searches
        </Link>
        : new matches and private feeds.{" "}
        <Link href="/guides/backend-engineer/roadmap" className="font-semibold text-brand-700 underline">
          Your roadmap
        </Link>
        : what you have learned, level by level; done skills are your profile skills.
      </p>
      {role === "admin" && (
        <p>
          <Link href="/admin" className="font-semibold text-brand-700 underline">
            Trust and safety
          </Link>
          : reported listings and company verification.
        </p>
      )}
      {role === "recruiter" && (
        <p>
          <Link href="/recruiter" className="font-semibold text-brand-700 underline">
            Your company’s roles
          </Link>
          : post roles, see views, saves and apply clicks, invite colleagues.
        </p>
      )}
      <form action={signOutAction}>
        <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Sign out
        </button>
      </form>
      <section aria-labelledby="password-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="password-heading" className="text-lg font-semibold">
          Change password
        </h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="email-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="email-heading" className="text-lg font-semibold">
          Change email
        </h2>
        <p className="text-sm text-slate-700">
          We send a link to the new address to confirm it, and tell the old one. Until you open the link, job alerts are
          not mailed and listings cannot be published.
        </p>
        <ChangeEmailForm />
      </section>
      {role !== "admin" && (
        <section aria-labelledby="type-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
          <h2 id="type-heading" className="text-lg font-semibold">
            Account type
          </h2>
          {settings?.company ? (
            <p className="text-sm text-slate-700">
              This is a recruiter account of <strong>{settings.company}</strong>. It stays a recruiter account while it
              belongs to the company, since the company’s roles and applicants are managed through it. To look for a
              job, use a separate job-seeker account.
            </p>
          ) : (
            <>
              <p className="text-sm text-slate-700">
                {role === "recruiter"
                  ? "You are hiring: you can post roles once you set up or join a company. Looking for a job instead? Switch back; nothing is lost."
                  : "You are looking for a job. Hiring? Switch to a recruiter account to post roles; your profile and saved roles stay."}
              </p>
              <AccountTypeForm role={role === "recruiter" ? "recruiter" : "seeker"} />
            </>
          )}
        </section>
      )}
      <section aria-labelledby="delete-heading" className="space-y-3 rounded-xl border border-red-200 bg-white p-5">
        <h2 id="delete-heading" className="text-lg font-semibold">
          Delete your account
        </h2>
        <p className="text-sm text-slate-700">
          This deletes your profile, saved roles and applications tracker, saved searches and their alerts, roadmap
          progress, your CVs, and your applications (companies then see only that a candidate withdrew). It cannot be
          undone. The last member of a company must first close its open listings or invite a colleague.
        </p>
        <DeleteAccountForm hasPassword={settings?.hasPassword ?? true} />
      </section>
    </div>
  );
}
