import type { Metadata } from "next";
import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { VerifyEmailBanner } from "@/components/account/verify-email-banner";
import { db } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { countUnanswered } from "@/lib/candidates/queries";

export const metadata: Metadata = { title: "Your account" };

const ROLE_LABEL = { seeker: "Job seeker", recruiter: "Recruiter", admin: "Administrator" } as const;

export default async function AccountPage() {
  const user = await requireUser("/me");
  const waiting = await countUnanswered(db, user.id);
  return (
    <div className="mx-auto max-w-xl space-y-8 py-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Your account</h1>
        <p className="text-slate-700">
          Signed in as <strong>{user.name ?? user.email}</strong> ({user.email}) · {ROLE_LABEL[user.role]}
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
        <Link href="/me/matches" className="font-semibold text-brand-700 underline">
          Jobs you are ready for
        </Link>
        : open roles ranked by the skills you have done.{" "}
        <Link href="/me/jobs" className="font-semibold text-brand-700 underline">
          Your applications
        </Link>{" "}
        : roles you saved, and where each stands.{" "}
        <Link href="/me/messages" className="font-semibold text-brand-700 underline">
          Messages from recruiters{waiting ? ` (${waiting} waiting for your reply)` : ""}
        </Link>
        : recruiters who found your profile, and your replies.{" "}
        <Link href="/me/searches" className="font-semibold text-brand-700 underline">
          Saved searches
        </Link>
        : new matches and private feeds.{" "}
        <Link href="/guides/backend-engineer/roadmap" className="font-semibold text-brand-700 underline">
          Your roadmap
        </Link>
        : what you have learned, level by level; done skills are your profile skills.
      </p>
      {user.role === "admin" && (
        <p>
          <Link href="/admin" className="font-semibold text-brand-700 underline">
            Trust and safety
          </Link>
          : reported listings and company verification.
        </p>
      )}
      {user.role === "recruiter" && (
        <p>
          <Link href="/recruiter" className="font-semibold text-brand-700 underline">
            Your company’s roles
          </Link>
          : post roles, see views, saves and apply clicks, invite colleagues.{" "}
          <Link href="/recruiter/candidates" className="font-semibold text-brand-700 underline">
            Find candidates
          </Link>
          : people open to recruiters, by skills, level, years and place.
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
    </div>
  );
}
