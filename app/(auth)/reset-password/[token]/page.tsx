import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { db } from "@/db";
import { checkResetToken } from "@/lib/accounts/tokens";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const usable = await checkResetToken(db, token);
  // A bad link answers 404 with its own page (./not-found.tsx), not a 200.
  if (!usable) notFound();
  return (
    <div className="mx-auto max-w-sm space-y-6 py-6">
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      <p className="text-sm text-slate-700">Setting it signs you out on every device.</p>
      <ResetPasswordForm token={token} />
    </div>
  );
}
