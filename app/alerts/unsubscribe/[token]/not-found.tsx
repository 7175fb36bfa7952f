import Link from "next/link";

/** An unsubscribe link that does not decode (404; nothing changed). */
export default function BadUnsubscribeLink() {
  return (
    <div className="mx-auto max-w-md space-y-4 py-6">
      <h1 className="text-2xl font-bold">This link does not work</h1>
      <p className="text-slate-700">
        It may have been copied incompletely. Nothing was changed. Signed in, you can turn alerts off under{" "}
        <Link href="/me/searches" className="font-semibold text-brand-700 underline">
          Saved searches
        </Link>
        .
      </p>
    </div>
  );
}
