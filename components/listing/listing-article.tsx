import Link from "next/link";
import { Markdown } from "@/components/markdown";
import { ReportListing } from "@/components/moderation/report-listing";
import { SimilarRoles } from "@/components/similar-roles";
import { SaveButton } from "@/components/saved/save-button";
import { VerifiedBadge } from "@/components/verified-badge";
import { SOURCE_LABELS } from "@/lib/import/labels";
import {
  applyDestination,
  formatAge,
  formatDate,
  formatDeadline,
  formatMoney,
  formatPay,
  LEVEL_LABEL,
  TYPE_LABEL,
  WORKPLACE_LABEL,
} from "@/lib/format";
import type { CachedListing } from "@/lib/jobs/cached";
import type { JobCard } from "@/lib/jobs/queries";
import { publicOrigin } from "@/lib/public-origin";
import { jobPostingJsonLd } from "@/lib/seo/job-posting";
import { serializeJsonLd } from "@/lib/seo/json-ld";

/**
 * A listing's page body (app/jobs/[slug]/page.tsx, and the uncached copy `npm run bench`
 * compares it with). The same for every visitor: saving and reporting are client leaves
 * that read the visitor's own state in the browser.
 */
export function ListingArticle({
  job,
  similar,
  autoSave,
  openReport,
}: {
  job: CachedListing;
  /** Open roles like a closed listing (empty for an open one). */
  similar: JobCard[];
  autoSave: boolean;
  openReport: boolean;
}) {
  const now = new Date();
  const pay = formatPay(job.salaryMin, job.salaryMax, job.salaryCurrency, job.salaryPeriod);
  const annual =
    job.salaryPeriod !== "year" || job.salaryCurrency !== "USD"
      ? job.salaryMinUsd !== null && job.salaryMaxUsd !== null
        ? `about ${formatMoney(job.salaryMinUsd)}–${formatMoney(job.salaryMaxUsd)} a year in USD`
        : null
      : null;

  const applyLabel = job.applyUrl.startsWith("mailto:")
    ? `Apply by email to ${job.company.name}`
    : job.sourceKind && job.sourceKind !== "jsonld"
      ? `Apply on ${SOURCE_LABELS[job.sourceKind]}`
      : `Apply on ${job.company.name}’s site`;

  return (
    <article className="grid gap-8 [overflow-wrap:anywhere] lg:grid-cols-[1fr_18rem] [&>*]:min-w-0">
      {job.isOpen && (
        // Read by search engines' job results; not executed, so it needs no CSP nonce.
        // serializeJsonLd escapes "<", so no listing text can close the element.
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: serializeJsonLd(jobPostingJsonLd(job, publicOrigin())) }}
        />
      )}
      <div className="space-y-6">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
          <Link href="/jobs" className="hover:underline">
            Jobs
          </Link>{" "}
          <span aria-hidden="true">/</span> {job.company.name}
        </nav>
        <header className="space-y-2">
          <h1 className="text-3xl font-bold">{job.title}</h1>
          <p className="text-lg text-slate-800">
            <Link href={`/companies/${job.company.slug}`} className="hover:underline">
              {job.company.name}
            </Link>
            {job.company.verified && <VerifiedBadge />}
            {job.sourceKind && <span className="ml-2 text-sm text-slate-600">via {SOURCE_LABELS[job.sourceKind]}</span>}
          </p>
          <SaveButton jobId={job.id} slug={job.slug} title={job.title} autoSave={autoSave} />
          {/* Phones: pay, place and Apply come before the description (the side panel with
              every fact follows it there). Hidden, not just moved, on wide screens. */}
          {job.isOpen && (
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-xl border border-slate-200 bg-white p-3 text-sm lg:hidden">
              <p className="font-semibold text-emerald-800">{pay ?? "Pay not shown"}</p>
              <p className="text-slate-700">
                {job.workplace === "remote" ? job.location : `${WORKPLACE_LABEL[job.workplace]} · ${job.location}`}
              </p>
              <a
                href={`/jobs/${job.slug}/apply`}
                rel="noopener nofollow"
                className="w-full rounded-lg bg-brand-700 px-4 py-2 text-center font-semibold text-white hover:bg-brand-800"
              >
                {applyLabel}
              </a>
            </div>
          )}
          {!job.isOpen && (
            <div role="status" className="rounded-xl border-2 border-amber-400 bg-amber-50 px-4 py-3 text-amber-950">
              <p className="text-lg font-bold">No longer accepting applications</p>
              <p className="text-sm">
                {job.removedAt ? "Ladder removed this listing after a review." : "This role has closed."} Similar open
                roles are listed below.
              </p>
            </div>
          )}
        </header>
        <section aria-labelledby="about-role">
          <h2 id="about-role" className="sr-only">
            About the role
          </h2>
          {/* A removed listing may be a scam: its text (contacts, payment requests) is not shown. */}
          {job.removedAt ? (
            <p className="text-slate-700">The description of a removed listing is not shown.</p>
          ) : (
            <Markdown source={job.description} />
          )}
        </section>
        <section aria-labelledby="about-company" className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="about-company" className="font-semibold">
            About {job.company.name}
          </h2>
          <p className="mt-1 text-slate-700">{job.company.about}</p>
          {job.company.website && (
            <a
              href={job.company.website}
              rel="noopener nofollow"
              className="mt-2 inline-block text-sm text-brand-700 underline"
            >
              {job.company.website.replace(/^https?:\/\//, "")}
            </a>
          )}
        </section>
        {!job.isOpen && (
          <SimilarRoles
            jobs={similar}
            moreHref={`/jobs?level=${job.level}${job.skills[0] ? `&skill=${job.skills[0].slug}` : ""}`}
          />
        )}
        {!job.removedAt && <ReportListing jobId={job.id} slug={job.slug} openOnLoad={openReport} />}
      </div>

      <aside className="space-y-4 lg:sticky lg:top-4 lg:self-start">
        <div className="rounded-xl border border-slate-200 bg-white p-4">
          <dl className="space-y-3 text-sm">
            <Fact label="Pay">
              {pay ??
                (job.payAsReported ? (
                  <>
                    {job.payAsReported}{" "}
                    <span className="block text-xs text-slate-600">
                      as reported: not a believable figure, so left out of pay figures
                    </span>
                  </>
                ) : (
                  "Not shown by the employer"
                ))}
              {annual && <span className="block text-xs text-slate-600">{annual}</span>}
            </Fact>
            <Fact label="Workplace">{WORKPLACE_LABEL[job.workplace]}</Fact>
            <Fact label="Location">{job.location}</Fact>
            <Fact label="Level">{LEVEL_LABEL[job.level]}</Fact>
            <Fact label="Type">{TYPE_LABEL[job.employmentType]}</Fact>
            <Fact label="Posted">
              <time dateTime={job.publishedAt!.toISOString()}>{formatAge(job.publishedAt!, now)}</time>
            </Fact>
            {job.validThrough && job.isOpen && (
              <Fact label="Closes">
                <time dateTime={job.validThrough.toISOString()}>{formatDeadline(job.validThrough)}</time>
              </Fact>
            )}
            {job.validThrough && !job.isOpen && job.validThrough <= now && (
              <Fact label="Closed">{formatDate(job.validThrough)}</Fact>
            )}
          </dl>
          {job.isOpen && job.applyMode === "ladder" && !job.removedAt ? (
            <a
              href={`/jobs/${job.slug}/application`}
              className="mt-4 block rounded-lg bg-brand-700 px-4 py-2 text-center font-semibold text-white hover:bg-brand-800"
            >
              Apply on Ladder
            </a>
          ) : job.isOpen ? (
            <>
              <a
                href={`/jobs/${job.slug}/apply`}
                rel="noopener nofollow"
                className="mt-4 block rounded-lg bg-brand-700 px-4 py-2 text-center font-semibold text-white hover:bg-brand-800"
              >
                {applyLabel}
              </a>
              {/* Where "Apply" leads, before leaving: a self-registered company's link can point
                anywhere, so the visitor sees the destination's host (or address) first. */}
              <p className="mt-2 text-center text-xs text-slate-600" data-testid="apply-destination">
                {applyDestination(job.applyUrl)}
                {!job.company.verified && " · company not verified by Ladder"}
              </p>
            </>
          ) : (
            <p className="mt-4 rounded-lg bg-slate-100 px-4 py-2 text-center font-semibold text-slate-700">
              Applications closed
            </p>
          )}
        </div>
        {job.skills.length > 0 && (
          <div className="rounded-xl border border-slate-200 bg-white p-4">
            <h2 className="text-sm font-semibold">Skills</h2>
            <ul className="mt-2 flex flex-wrap gap-1.5">
              {job.skills.map((s) => (
                <li key={s.slug} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800">
                  {s.name}
                </li>
              ))}
            </ul>
          </div>
        )}
      </aside>
    </article>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium text-slate-900">{children}</dd>
    </div>
  );
}
