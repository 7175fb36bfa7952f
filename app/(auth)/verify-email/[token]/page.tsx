import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { verifyEmail } from "@/lib/accounts/tokens";

export const metadata: Metadata = { title: "Confirm your email", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

/** Opening the mailed link confirms the address (once; a bad link changes nothing). */
export default async function VerifyEmailPage({ params }: Props) {
  const result = await verifyEmail(db, (await params).token);
  // A bad link answers 404 with its own page (./not-found.tsx), not a 200.
  if (!result.ok) notFound();
  return (
    <div className="mx-auto max-w-md space-y-4 py-6">
      <h1 className="text-2xl font-bold">Email confirmed</h1>
      <p className="text-slate-700">
        {result.value.email} is confirmed. Job alerts can reach you, and recruiters can publish listings.
      </p>
      <Link href="/me" className="font-semibold text-brand-700 underline">
        Go to your account
      </Link>
    </div>
  );
}
