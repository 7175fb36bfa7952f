import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/account/forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ForgotPasswordPage({ searchParams }: Props) {
  const sp = await searchParams;
  const email = typeof sp.email === "string" ? sp.email.slice(0, 254) : undefined;
  return (
    <div className="mx-auto max-w-sm space-y-6 py-6">
      <h1 className="text-2xl font-bold">Forgot your password?</h1>
      <p className="text-sm text-slate-700">
        Enter the email of your account. We mail you a link to choose a new password.
      </p>
      <ForgotPasswordForm email={email} />
      <p className="text-sm text-slate-700">
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          Back to sign in
        </Link>
      </p>
    </div>
  );
}
