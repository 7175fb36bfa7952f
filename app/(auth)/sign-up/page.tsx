import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/components/account/sign-up-form";
import { authPageHref, safeReturnPath, signUpIntent } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const sp = await searchParams;
  const callbackUrl = safeReturnPath(sp.callbackUrl, "");
  // "/sign-up?role=recruiter" (invite links, and "For employers" by way of sign-in) starts
  // on "hiring", as does a return path into the recruiter pages.
  const role = signUpIntent(sp.role, callbackUrl);
  return (
    <div className="mx-auto max-w-sm space-y-6 py-6">
      <h1 className="text-2xl font-bold">Create your account</h1>
      <SignUpForm callbackUrl={callbackUrl || undefined} defaultRole={role} />
      <p className="text-sm text-slate-700">
        Already have an account?{" "}
        <Link href={authPageHref("/sign-in", callbackUrl, role)} className="font-semibold text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
