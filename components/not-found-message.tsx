import Link from "next/link";

/** The 404 page's body, naming what was not found (a listing, a company, a guide, a page). */
export function NotFoundMessage({
  title,
  explanation,
  primary,
}: {
  title: string;
  explanation: string;
  primary: { href: string; label: string };
}) {
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-bold">{title}</h1>
      <p className="mt-3 text-slate-700">{explanation}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <Link
          href={primary.href}
          className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {primary.label}
        </Link>
        <Link href="/" className="rounded-lg border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-100">
          Home
        </Link>
      </div>
    </section>
  );
}
