import Link from "next/link";

/** A verification link that is unknown, used, expired or for an old address (404; nothing changed). */
export default function BadVerificationLink() {
  return (
    <div className="mx-auto max-w-md space-y-4 py-6">
      <h1 className="text-2xl font-bold">This link does not work</h1>
      <p className="text-slate-700">
        It may have expired, been used already, or belong to an address your account no longer has. Nothing was changed.
        Signed in, you can ask for a new link from the banner at the top of the page.
      </p>
      <Link href="/me" className="font-semibold text-brand-700 underline">
        Go to your account
      </Link>
    </div>
  );
}
