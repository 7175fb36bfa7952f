"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { useSession, useSessionRefresh } from "./session";

/**
 * Sign-in or account link in the header. Read in the browser (the page's HTML is the same
 * for everyone); re-read after each navigation, since sign-in and sign-out end with one.
 * Signed out for sure (no session cookie), "Sign in" shows from the first paint.
 */
export function AccountLinks() {
  const pathname = usePathname();
  useSessionRefresh();
  const session = useSession();
  const signedIn = Boolean(session?.user);
  useEffect(() => {
    // Just signed in with roadmap progress made while signed out: keep it in the account.
    // Loaded only then: the roadmap's storage code stays out of every page's first load.
    if (signedIn && !pathname.endsWith("/roadmap"))
      void import("@/components/roadmap/local-progress").then((m) => m.mergeAllLocalProgress());
  }, [signedIn, pathname]);
  // Not known yet (a session cookie was sent): hold the height of the links that follow.
  if (session === undefined) return <span className="inline-block h-[34px] w-20" aria-hidden="true" />;
  const classes = "rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100";
  return session?.user ? (
    <span className="flex items-center gap-3">
      {/* Matches rank roles for a job seeker; recruiters get their dashboard, admins the queue. */}
      {session.user.role === "recruiter" ? (
        <Link href="/recruiter" className="text-sm font-medium text-slate-700 hover:text-brand-700">
          Your roles
        </Link>
      ) : session.user.role === "admin" ? (
        <Link href="/admin" className="text-sm font-medium text-slate-700 hover:text-brand-700">
          Trust and safety
        </Link>
      ) : (
        <Link href="/me/matches" className="text-sm font-medium text-slate-700 hover:text-brand-700">
          Your matches
        </Link>
      )}
      <Link href="/me" className={classes}>
        {session.user.name?.split(" ")[0] || "Account"}
      </Link>
    </span>
  ) : (
    <Link href="/sign-in" className={classes}>
      Sign in
    </Link>
  );
}
