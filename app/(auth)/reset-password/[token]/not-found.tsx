import Link from "next/link";

/** A reset link that is unknown, used, expired or cut short (404; nothing changed). */
export default function BadResetLink() {
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
