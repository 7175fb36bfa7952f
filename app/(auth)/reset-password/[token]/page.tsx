import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { db } from "@/db";
import { checkResetToken } from "@/lib/accounts/tokens";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const usable = await checkResetToken(db, token);
  if (!usable) {
    return (
      <div className="mx-auto max-w-sm space-y-4 py-6">
        <h1 className="text-2xl font-bold">This link does not work</h1>
        <p className="text-slate-700">
          It may have expired (links work for 30 minutes), been used already, or been copied incompletely. Nothing was
          changed.
        </p>
        <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
          Ask for a new link
        </Link>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-sm space-y-6 py-6">
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      <p className="text-sm text-slate-700">Setting it signs you out on every device.</p>
      <ResetPasswordForm token={token} />
    </div>
  );
}
