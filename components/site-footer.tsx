import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-sm text-slate-600 sm:flex-row sm:justify-between">
        <p>
          <span className="font-semibold text-slate-800">Ladder</span>: career guides and jobs, with every figure
          computed from live listings.
        </p>
        <nav aria-label="Footer">
          <ul className="flex gap-4">
            <li>
              <Link href="/jobs" className="hover:text-brand-700">
                Jobs
              </Link>
            </li>
            <li>
              <Link href="/guides" className="hover:text-brand-700">
                Guides
              </Link>
            </li>
            <li>
              <Link href="/status" className="hover:text-brand-700">
                Status
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
