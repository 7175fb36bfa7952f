import Link from "next/link";

export default function NotFound() {
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-bold">We could not find that page</h1>
      <p className="mt-3 text-slate-700">The listing may have been removed, or the link may be mistyped.</p>
      <div className="mt-6 flex justify-center gap-3">
        <Link href="/jobs" className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Search jobs
        </Link>
        <Link href="/" className="rounded-lg border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-100">
          Home
        </Link>
      </div>
    </section>
  );
}
