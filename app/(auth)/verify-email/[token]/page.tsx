import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db";
import { verifyEmail } from "@/lib/accounts/tokens";

export const metadata: Metadata = { title: "Confirm your email", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

/** Opening the mailed link confirms the address (once; a bad link changes nothing). */
export default async function VerifyEmailPage({ params }: Props) {
  const result = await verifyEmail(db, (await params).token);
  return (
    <div className="mx-auto max-w-md space-y-4 py-6">
      {result.ok ? (
        <>
          <h1 className="text-2xl font-bold">Email confirmed</h1>
          <p className="text-slate-700">
            {result.value.email} is confirmed. Job alerts can reach you, and recruiters can publish listings.
          </p>
          <Link href="/me" className="font-semibold text-brand-700 underline">
            Go to your account
          </Link>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">This link does not work</h1>
          <p className="text-slate-700">
            It may have expired, been used already, or belong to an address your account no longer has. Nothing was
            changed. Signed in, you can ask for a new link from the banner at the top of the page.
          </p>
          <Link href="/me" className="font-semibold text-brand-700 underline">
            Go to your account
          </Link>
        </>
      )}
    </div>
  );
}
