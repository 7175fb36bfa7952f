import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/account/sign-in-form";
import { safeReturnPath } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const sp = await searchParams;
  const callbackUrl = safeReturnPath(sp.callbackUrl, "");
  const email = typeof sp.email === "string" ? sp.email.slice(0, 254) : undefined;
  return (
    <div className="mx-auto max-w-sm space-y-6 py-6">
      <h1 className="text-2xl font-bold">Sign in</h1>
      {sp.registered && (
        <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          If this email is new to Ladder, your account is ready: sign in to continue. If you already had an account, sign in
          with your existing password.
        </p>
      )}
      {sp.changed && (
        <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Password changed. You were signed out everywhere; sign in with the new password.
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl || undefined} email={email} />
      <p className="text-sm text-slate-700">
        New here?{" "}
        <Link href={`/sign-up${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`} className="font-semibold text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
