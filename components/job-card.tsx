import Link from "next/link";
import type { ReactNode } from "react";
import { matchLabel } from "@/lib/matches/describe";
import { formatAge, formatPay, LEVEL_LABEL, TYPE_LABEL, WORKPLACE_LABEL } from "@/lib/format";
import { matchedRegion } from "@/lib/search/regions";
import type { ApiJob } from "@/lib/search/types";
import { SaveButton } from "./saved/save-button";
import { VerifiedBadge } from "./verified-badge";

/**
 * A result card. Plain props and no hooks, so server and client trees can both render it.
 * `children` (optional) adds lines at the bottom, e.g. why a listing matches.
 */
export function JobCard({
  job,
  now,
  searchedPlace,
  children,
}: {
  job: ApiJob;
  now: Date;
  /** The search's location filter, when there is one: a remote card then says which of its regions matched it. */
  searchedPlace?: string;
  children?: ReactNode;
}) {
  const pay = job.salary ? formatPay(job.salary.min, job.salary.max, job.salary.currency, job.salary.period) : null;
  const published = new Date(job.publishedAt);
  // "Remote (Europe)" already says remote; other places get the workplace spelled out.
  const where = job.location.startsWith("Remote") ? [job.location] : [WORKPLACE_LABEL[job.workplace], job.location];
  // "Germany" finds remote roles open to Europe: say so, or the card seems not to match.
  const region = matchedRegion(searchedPlace, job);
  return (
    <article className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-600">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="text-base font-semibold text-slate-900">
            {/* inline-block with padding: each link is a 24 px tap target (WCAG 2.5.8). */}
            <Link href={`/jobs/${job.slug}`} className="inline-block py-0.5 hover:text-brand-700 hover:underline">
              {job.title}
            </Link>
          </h3>
          <p className="text-sm text-slate-700">
            <Link href={`/companies/${job.company.slug}`} className="inline-block py-0.5 hover:underline">
              {job.company.name}
            </Link>
            {job.company.verified && <VerifiedBadge />}
          </p>
        </div>
        <p className="text-sm font-semibold text-emerald-800">
          {pay ?? <span className="font-normal text-slate-600">Pay not shown</span>}
        </p>
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600" aria-label="Details">
        {where.map((w) => (
          <li key={w}>{w}</li>
        ))}
        {region && (
          <li data-testid="region-match" className="font-semibold text-slate-700">
            Open to applicants in {searchedPlace!.trim()} ({region})
          </li>
        )}
        <li>{LEVEL_LABEL[job.level]}</li>
        <li>{TYPE_LABEL[job.type]}</li>
        <li>
          <time dateTime={job.publishedAt}>{formatAge(published, now)}</time>
        </li>
        {job.match && (
          <li data-testid="match-summary" className="font-semibold text-brand-800">
            <span className="sr-only">Your match: </span>
            {matchLabel(job.match)}
          </li>
        )}
      </ul>
      <div className="mt-3 flex flex-wrap items-end justify-between gap-2">
        {job.skillNames.length > 0 ? (
          <ul className="flex flex-wrap gap-1.5" aria-label="Skills">
            {job.skillNames.slice(0, 5).map((name) => (
              <li key={name} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800">
                {name}
              </li>
            ))}
          </ul>
        ) : (
          <span />
        )}
        <SaveButton jobId={job.id} slug={job.slug} title={job.title} />
      </div>
      {children}
    </article>
  );
}
