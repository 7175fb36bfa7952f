import { AccountTypeForm } from "@/components/account/account-type-form";
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { db } from "@/db";
import { AcceptInviteForm } from "@/components/recruiter/accept-invite-form";
import { getCurrentUser } from "@/lib/auth/session";
import { getRecruiterPageAccess } from "@/lib/recruiters/access";
import { getInviteByToken } from "@/lib/recruiters/service";

export const metadata: Metadata = { title: "Join a company", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

/** An invite link. Opening it changes nothing; joining is a button (a POST). */
export default async function JoinPage({ params }: Props) {
  await connection();
  const { token } = await params;
  const invite = await getInviteByToken(db, token);
  const here = `/recruiter/join/${encodeURIComponent(token)}`;
  if (!invite) {
    return (
      <Shell title="This invite link does not work">
        <p>It has expired, was already used, or was copied incompletely. Ask your colleague for a new link.</p>
      </Shell>
    );
  }
  const user = await getCurrentUser();
  if (!user) {
    return (
      <Shell title={`Join ${invite.companyName} on Ladder`}>
        <p>To manage {invite.companyName}’s roles, sign in with a recruiter account, or create one.</p>
        <p className="flex gap-3">
          <Link
            href={`/sign-up?role=recruiter&callbackUrl=${encodeURIComponent(here)}`}
            className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            Create a recruiter account
          </Link>
          <Link
            href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}
            className="rounded-lg border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-100"
          >
            Sign in
          </Link>
        </p>
      </Shell>
    );
  }
  const access = await getRecruiterPageAccess(here);
  if (!access.allowed) {
    return (
      <Shell title={`Join ${invite.companyName} on Ladder`}>
        {access.user.role === "admin" ? (
          <p>Invites are for recruiter accounts, and yours is an administrator’s.</p>
        ) : (
          <>
            <p>
              Invites are for recruiter accounts, and yours is set up for finding a job. Switch it to a recruiter
              account to join.
            </p>
            <AccountTypeForm role="seeker" />
          </>
        )}
      </Shell>
    );
  }
  if (access.membership) {
    return (
      <Shell title={`Join ${invite.companyName} on Ladder`}>
        <p>You already manage {access.membership.name}’s roles; an account belongs to one company.</p>
      </Shell>
    );
  }
  return (
    <Shell title={`Join ${invite.companyName} on Ladder`}>
      <p>You will see and manage {invite.companyName}’s roles with the rest of its team.</p>
      <AcceptInviteForm token={token} companyName={invite.companyName} />
    </Shell>
  );
}

function Shell({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-8 text-slate-800">
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      {children}
    </div>
  );
}
