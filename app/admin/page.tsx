import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { DismissForm, RestoreForm, UnpublishForm, VerifyForm } from "@/components/moderation/admin-forms";
import { SourcesPanel } from "@/components/import/sources-panel";
import { VerifiedBadge } from "@/components/verified-badge";
import { db } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { applyDestination, formatAge, formatDate } from "@/lib/format";
import { getImportSources } from "@/lib/import/queries";
import { REASON_LABEL } from "@/lib/moderation/labels";
import {
  getCompaniesForAdmin,
  getOpenReportGroups,
  getRecentCompanies,
  getRecentModerationEvents,
  getRemovedListings,
  type ReportGroup,
} from "@/lib/moderation/queries";
import { isAdmin } from "@/lib/moderation/service";

export const metadata: Metadata = { title: "Admin: trust and safety", robots: { index: false } };

const REPORT_GROUPS_SHOWN = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ACTION_LABEL = {
  unpublish: "Unpublished",
  restore: "Lifted removal of",
  dismiss_reports: "Dismissed reports about",
  verify_company: "Verified",
  unverify_company: "Unverified",
} as const;

export default async function AdminPage({ searchParams }: Props) {
  await connection();
  const user = await requireUser("/admin");
  // The role is read from the database, not the session, and anyone else gets a 404: the
  // page does not admit it exists.
  if (!(await isAdmin(db, user.id))) notFound();
  const raw = (await searchParams).company;
  const companyQuery = typeof raw === "string" ? raw.trim().slice(0, 100) : "";
  const [groups, companyList, removed, events, sources, recentCompanies] = await Promise.all([
    getOpenReportGroups(REPORT_GROUPS_SHOWN),
    getCompaniesForAdmin(companyQuery),
    getRemovedListings(),
    getRecentModerationEvents(),
    getImportSources(null),
    getRecentCompanies(),
  ]);
  const now = new Date();

  return (
    <div className="space-y-10 [overflow-wrap:anywhere]">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Trust and safety</h1>
        <p className="text-slate-700">Reported listings, removals and company verification.</p>
      </header>

      <section aria-labelledby="reports-heading" className="space-y-4">
        <h2 id="reports-heading" className="text-xl font-semibold">
          Open reports ({groups.length === 0 ? "none" : `${groups.length} listing${groups.length === 1 ? "" : "s"}`})
        </h2>
        {groups.length === REPORT_GROUPS_SHOWN && (
          <p className="text-sm text-slate-700">
            The {REPORT_GROUPS_SHOWN} most reported listings; more appear as these are handled.
          </p>
        )}
        {groups.length === 0 ? (
          <p className="text-slate-700">Nothing waiting for review.</p>
        ) : (
          <ul className="space-y-4">
            {groups.map((g) => (
              <ReportGroupItem key={g.job.id} group={g} now={now} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="recent-companies-heading" className="space-y-3">
        <h2 id="recent-companies-heading" className="text-xl font-semibold">
          Recently created companies
        </h2>
        <p className="text-sm text-slate-700">
          Any recruiter can register a company: check who made it and where its apply links lead.
        </p>
        <ul className="space-y-2 text-sm" data-testid="recent-companies">
          {recentCompanies.map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-3">
              <a href={`/companies/${c.slug}`} className="font-semibold underline">
                {c.name}
              </a>
              {c.verified && <VerifiedBadge />} · created {formatDate(c.createdAt)}
              {c.owner && <> by {c.owner}</>}
              {c.website && <> · site {applyDestination(c.website).replace(/^Opens /, "")}</>}
              {c.applyUrls.length > 0 && (
                <span className="block text-slate-600">
                  Apply links:{" "}
                  {c.applyUrls.map((u) => applyDestination(u).replace(/^Opens (your email to )?/, "")).join(", ")}
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="companies-heading" className="space-y-3">
        <h2 id="companies-heading" className="text-xl font-semibold">
          Company verification
        </h2>
        <form method="get" className="flex gap-2" role="search">
          <label htmlFor="company-filter" className="sr-only">
            Filter companies by name
          </label>
          <input
            id="company-filter"
            name="company"
            defaultValue={companyQuery}
            placeholder="Company name"
            className="w-64 rounded-lg border border-slate-300 px-3 py-1.5"
          />
          <button
            type="submit"
            className="rounded-lg border border-slate-400 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100"
          >
            Filter
          </button>
        </form>
        {companyList.length === 0 ? (
          <p className="text-slate-700">No company matches “{companyQuery}”.</p>
        ) : (
          // Scrolls sideways on a narrow phone instead of widening the page; focusable so a keyboard can scroll it.
          <div className="overflow-x-auto" role="region" aria-label="Companies table" tabIndex={0}>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Companies</caption>
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="py-1">
                    Company
                  </th>
                  <th scope="col" className="py-1">
                    Open roles
                  </th>
                  <th scope="col" className="py-1">
                    Verification
                  </th>
                </tr>
              </thead>
              <tbody>
                {companyList.map((c) => (
                  <tr key={c.id} className="border-t border-slate-200 align-top">
                    <td className="py-2">
                      {c.name}
                      {c.verified && <VerifiedBadge />}
                    </td>
                    <td className="py-2">{c.openJobs}</td>
                    <td className="py-2">
                      <VerifyForm companyId={c.id} name={c.name} verified={c.verified} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="sources-heading" className="space-y-3">
        <h2 id="sources-heading" className="text-xl font-semibold">
          Import sources
        </h2>
        <p className="text-sm text-slate-700">
          Every company’s sources. To add one, pick a company (filter the list above to find it).
        </p>
        <SourcesPanel sources={sources} companies={companyList.map((c) => ({ id: c.id, name: c.name }))} />
      </section>

      <section aria-labelledby="removed-heading" className="space-y-3">
        <h2 id="removed-heading" className="text-xl font-semibold">
          Removed listings
        </h2>
        <p className="text-sm text-slate-700">
          A removed listing stays closed and its recruiter cannot publish it again. Lifting the removal leaves it
          closed; the recruiter may then republish it.
        </p>
        {removed.length === 0 ? (
          <p className="text-slate-700">None.</p>
        ) : (
          <ul className="space-y-3" aria-label="Removed listings">
            {removed.map((r) => (
              <li key={r.id} className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
                <p>
                  <Link href={`/jobs/${r.slug}`} className="font-semibold underline">
                    {r.title}
                  </Link>{" "}
                  at {r.companyName}
                </p>
                <p className="text-slate-700">
                  Removed {r.removedAt ? formatDate(r.removedAt) : ""} by {r.removedBy ?? "a deleted account"}:{" "}
                  {r.removedReason}
                </p>
                <div className="mt-2">
                  <RestoreForm jobId={r.id} title={r.title} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="events-heading" className="space-y-3">
        <h2 id="events-heading" className="text-xl font-semibold">
          Recent decisions
        </h2>
        {events.length === 0 ? (
          <p className="text-slate-700">None yet.</p>
        ) : (
          <ol className="space-y-1 text-sm">
            {events.map((e) => (
              <li key={e.id}>
                <time dateTime={e.createdAt.toISOString()}>{formatAge(e.createdAt, now)}</time>:{" "}
                {e.actor ?? "a deleted account"} {ACTION_LABEL[e.action].toLowerCase()}{" "}
                {e.jobTitle ?? e.companyName ?? "something since deleted"}
                {e.note && <span className="text-slate-600"> ({e.note})</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function ReportGroupItem({ group: g, now }: { group: ReportGroup; now: Date }) {
  const state = g.job.removedAt
    ? "Removed"
    : g.job.isOpen
      ? "Open"
      : g.job.status === "draft"
        ? "Draft"
        : "Closed or expired";
  return (
    <li
      aria-label={`Reports about ${g.job.title}`}
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-lg font-semibold">
          <Link href={`/jobs/${g.job.slug}`} className="underline">
            {g.job.title}
          </Link>
        </h3>
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800">
          Listing: {state}
        </span>
      </div>
      <p className="text-sm text-slate-700">
        {g.company.name}
        {g.company.verified && <VerifiedBadge />} · {g.reports} report{g.reports === 1 ? "" : "s"} from {g.reporters}{" "}
        {g.reporters === 1 ? "person" : "people"} · latest {formatAge(g.latestAt, now)} ·{" "}
        <Link href={`/admin/jobs/${g.job.id}/applications`} className="underline">
          Applications (while reported)
        </Link>
      </p>
      <ul className="flex flex-wrap gap-1.5 text-xs" aria-label="Reasons">
        {g.reasons.map((r) => (
          <li key={r.reason} className="rounded-full bg-amber-100 px-2 py-0.5 text-amber-950">
            {REASON_LABEL[r.reason]}: {r.count}
          </li>
        ))}
      </ul>
      {g.notes.length > 0 && (
        <ul className="space-y-1 border-l-2 border-slate-200 pl-3 text-sm" aria-label="Notes from reporters">
          {g.notes.map((n, i) => (
            <li key={i}>
              <span className="font-medium">{REASON_LABEL[n.reason]}:</span>{" "}
              <span className="whitespace-pre-wrap">{n.note}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="grid gap-4 sm:grid-cols-[1fr_auto] sm:items-end">
        {g.job.removedAt ? (
          <p className="text-sm text-slate-700">Already removed.</p>
        ) : (
          <UnpublishForm jobId={g.job.id} title={g.job.title} />
        )}
        <div className="space-y-2">
          <DismissForm jobId={g.job.id} title={g.job.title} />
          <VerifyForm companyId={g.company.id} name={g.company.name} verified={g.company.verified} />
        </div>
      </div>
    </li>
  );
}
