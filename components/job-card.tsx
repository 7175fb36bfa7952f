import Link from "next/link";
import type { JobCard as JobCardData } from "@/lib/jobs/queries";
import { formatAge, formatPay, LEVEL_LABEL, TYPE_LABEL, WORKPLACE_LABEL } from "@/lib/format";
import { VerifiedBadge } from "./verified-badge";

export function JobCard({ job, now }: { job: JobCardData; now: Date }) {
  const pay = formatPay(job.salaryMin, job.salaryMax, job.salaryCurrency, job.salaryPeriod);
  return (
    <article className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-600">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="text-base font-semibold text-slate-900">
            <Link href={`/jobs/${job.slug}`} className="hover:text-brand-700 hover:underline">
              {job.title}
            </Link>
          </h3>
          <p className="text-sm text-slate-700">
            {job.company.name}
            {job.company.verified && <VerifiedBadge />}
          </p>
        </div>
        {pay && <p className="text-sm font-semibold text-emerald-800">{pay}</p>}
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600" aria-label="Details">
        <li>{WORKPLACE_LABEL[job.workplace]}</li>
        <li>{job.location}</li>
        <li>{LEVEL_LABEL[job.level]}</li>
        <li>{TYPE_LABEL[job.employmentType]}</li>
        <li>
          <time dateTime={job.publishedAt.toISOString()}>{formatAge(job.publishedAt, now)}</time>
        </li>
      </ul>
      {job.skills.length > 0 && (
        <ul className="mt-3 flex flex-wrap gap-1.5" aria-label="Skills">
          {job.skills.slice(0, 5).map((s) => (
            <li key={s.slug} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800">
              {s.name}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
