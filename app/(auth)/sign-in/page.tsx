import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/account/sign-in-form";
import { oauthSignInAction } from "@/app/(auth)/actions";
import { oauthProviderIds } from "@/lib/auth/auth";
import { authPageHref, safeReturnPath, signUpIntent } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const sp = await searchParams;
  const callbackUrl = safeReturnPath(sp.callbackUrl, "");
  // "For employers" leads here by way of /recruiter: "Create an account" then starts on hiring.
  const role = signUpIntent(sp.role, callbackUrl);
  const email = typeof sp.email === "string" ? sp.email.slice(0, 254) : undefined;
  // Shown only when their credentials are configured (AUTH_GITHUB_ID/SECRET, AUTH_GOOGLE_ID/SECRET).
  const providers = oauthProviderIds();
  return (
    <div className="mx-auto max-w-sm space-y-6 py-6">
      <h1 className="text-2xl font-bold">Sign in</h1>
      {sp.registered && (
        <p
          role="status"
          className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          If this email is new to Ladder, your account is ready: sign in to continue. If you already had an account,
          sign in with your existing password.
        </p>
      )}
      {sp.reset && (
        <p
          role="status"
          className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          Your new password is set, and you were signed out everywhere. Sign in with it.
        </p>
      )}
      {sp.deleted && (
        <p
          role="status"
          className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          Your account and everything tied to it were deleted, and you were signed out.
        </p>
      )}
      {sp.changed && (
        <p
          role="status"
          className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          Password changed. You were signed out everywhere; sign in with the new password.
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl || undefined} email={email} />
      <p className="text-sm">
        <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
          Forgot your password?
        </Link>
      </p>
      {providers.length > 0 && (
        <div className="space-y-2">
          <p className="text-center text-sm text-slate-600">or</p>
          {providers.map((p) => (
            <form key={p} action={oauthSignInAction}>
              <input type="hidden" name="provider" value={p} />
              {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
              <button
                type="submit"
                className="w-full rounded-lg border border-slate-300 bg-white px-4 py-2 font-semibold hover:bg-slate-100"
              >
                Continue with {p === "github" ? "GitHub" : "Google"}
              </button>
            </form>
          ))}
        </div>
      )}
      <p className="text-sm text-slate-700">
        New here?{" "}
        <Link href={authPageHref("/sign-up", callbackUrl, role)} className="font-semibold text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
