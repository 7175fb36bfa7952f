import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { readUnsubscribeToken } from "@/lib/alerts/unsubscribe";
import { unsubscribeAction } from "./actions";

export const metadata: Metadata = { title: "Unsubscribe from a job alert", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The link in every alert: one button, no sign-in. (Opening the page changes nothing, so
 * a mail scanner that follows links cannot unsubscribe anyone.)
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { token } = await params;
  const done = (await searchParams).done === "1";
  // A bad link answers 404 with its own page (./not-found.tsx), not a 200.
  if (readUnsubscribeToken(token) === null) notFound();
  return (
    <div className="mx-auto max-w-md space-y-4 py-6">
      {done ? (
        <>
          <h1 className="text-2xl font-bold">You are unsubscribed</h1>
          <p className="text-slate-700">
            This saved search will not be mailed to you again. You can turn its alerts back on under{" "}
            <Link href="/me/searches" className="font-semibold text-brand-700 underline">
              Saved searches
            </Link>
            .
          </p>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">Stop this job alert?</h1>
          <form action={unsubscribeAction}>
            <input type="hidden" name="token" value={token} />
            <button
              type="submit"
              className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            >
              Unsubscribe
            </button>
          </form>
        </>
      )}
    </div>
  );
}
