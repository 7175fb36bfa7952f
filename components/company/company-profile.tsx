import Link from "next/link";
import { JobCard } from "@/components/job-card";
import { VerifiedBadge } from "@/components/verified-badge";
import { formatCount, formatMoney } from "@/lib/format";
import type { getCompanyProfile } from "@/lib/recruiters/queries";
import { toApiJob } from "@/lib/search/response";

type Profile = NonNullable<Awaited<ReturnType<typeof getCompanyProfile>>>;

/**
 * A company's public page body (app/companies/[slug]/page.tsx, and the uncached copy
 * `npm run bench` compares it with): facts, its newest open roles, and a link to search
 * for the rest. The same for every visitor.
 */
export function CompanyProfile({ profile }: { profile: Profile }) {
  const { company } = profile;
  const now = new Date();
  return (
    <div className="space-y-8 [overflow-wrap:anywhere]">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link href="/jobs" className="hover:underline">
          Jobs
        </Link>{" "}
        <span aria-hidden="true">/</span> Companies <span aria-hidden="true">/</span> {company.name}
      </nav>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">
          {company.name}
          {company.verified && <VerifiedBadge />}
        </h1>
        <p className="text-slate-700">
          {[company.size && `${company.size} people`, company.headquarters].filter(Boolean).join(" · ")}
          {company.website && (
            <>
              {company.size || company.headquarters ? " · " : ""}
              <a href={company.website} rel="noopener nofollow ugc" className="text-brand-700 underline">
                {company.website.replace(/^https?:\/\//, "")}
              </a>
            </>
          )}
        </p>
        {company.about && <p className="max-w-3xl text-slate-800">{company.about}</p>}
      </header>

      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading" className="sr-only">
          Hiring at a glance
        </h2>
        <dl className="grid gap-3 sm:grid-cols-4">
          <Fact label="Open roles">{formatCount(profile.openCount)}</Fact>
          <Fact label="Pay across open roles">
            {profile.payLow !== null && profile.payHigh !== null
              ? `${formatMoney(profile.payLow)}–${formatMoney(profile.payHigh)} a year (USD)`
              : "Not shown"}
          </Fact>
          <Fact label="Roles stay open">
            {profile.avgDaysOpen !== null ? `${profile.avgDaysOpen} days on average` : "No role has closed yet"}
            {profile.endedCount > 0 && (
              <span className="block text-xs font-normal text-slate-600">
                over {formatCount(profile.endedCount)} past {profile.endedCount === 1 ? "role" : "roles"}
              </span>
            )}
          </Fact>
          <Fact label="Locations">
            {profile.locations.length
              ? `${profile.locations.length} ${profile.locations.length === 1 ? "place" : "places"}`
              : "None open"}
          </Fact>
        </dl>
        {profile.locations.length > 0 && (
          <ul aria-label="Locations of open roles" className="mt-3 flex flex-wrap gap-1.5 text-xs">
            {profile.locations.map((l) => (
              <li key={l} className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-800">
                {l}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="roles-heading" className="space-y-3">
        <h2 id="roles-heading" className="text-xl font-semibold">
          Open roles
        </h2>
        {profile.jobs.length === 0 ? (
          <p className="text-slate-700">{company.name} has no open roles right now.</p>
        ) : (
          <ul aria-label="Open roles" className="grid gap-3">
            {profile.jobs.map((j) => (
              <li key={j.id}>
                <JobCard job={toApiJob(j)} now={now} />
              </li>
            ))}
          </ul>
        )}
        {profile.openCount > profile.jobs.length && (
          <p>
            <Link href={`/jobs?company=${company.slug}`} className="font-semibold text-brand-700 underline">
              All {formatCount(profile.openCount)} open roles in search
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-3">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="font-semibold text-slate-900">{children}</dd>
    </div>
  );
}
