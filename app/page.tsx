import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { JobCard } from "@/components/job-card";
import { SearchBox } from "@/components/search-box";
import { formatCount } from "@/lib/format";
import { getLatestJobs, getSiteCounts } from "@/lib/jobs/queries";
import { toApiJob } from "@/lib/search/response";

export const metadata: Metadata = { alternates: { canonical: "/" } };

export default async function HomePage() {
  await connection();
  const [counts, latest] = await Promise.all([getSiteCounts(), getLatestJobs(6)]);
  const now = new Date();
  return (
    <div className="space-y-12">
      <section className="rounded-2xl bg-gradient-to-br from-brand-800 to-brand-600 px-6 py-12 text-white sm:px-10">
        <h1 className="max-w-2xl text-3xl font-bold sm:text-4xl">
          Find your next role, and the path to the one after it.
        </h1>
        <p className="mt-3 max-w-2xl text-brand-100">
          Search open engineering roles, and read career guides whose pay figures come from the listings themselves.
        </p>
        <div className="mt-6 max-w-2xl rounded-xl bg-white/10 p-2">
          <SearchBox size="lg" />
        </div>
        <dl className="mt-8 grid max-w-2xl grid-cols-2 gap-4 sm:grid-cols-4" aria-label="Live counts">
          <Stat label="open roles" value={counts.openJobs} />
          <Stat label="companies hiring" value={counts.hiringCompanies} />
          <Stat label="remote roles" value={counts.remoteJobs} />
          <Stat label="new this week" value={counts.newThisWeek} />
        </dl>
      </section>

      <section
        aria-labelledby="guide-heading"
        className="grid gap-4 rounded-2xl border border-slate-200 bg-white p-6 sm:grid-cols-[1fr_auto] sm:items-center"
      >
        <div>
          <h2 id="guide-heading" className="text-xl font-semibold">
            Career guide: Backend Engineer
          </h2>
          <p className="mt-1 text-slate-700">
            Skills, the five-level career path, a day in the life and certifications, with pay at each level taken from
            open listings.
          </p>
        </div>
        <Link
          href="/guides/backend-engineer"
          className="rounded-lg bg-brand-700 px-4 py-2 text-center font-semibold text-white hover:bg-brand-800"
        >
          Read the guide
        </Link>
      </section>

      <section aria-labelledby="latest-heading">
        <div className="flex items-baseline justify-between">
          <h2 id="latest-heading" className="text-xl font-semibold">
            Latest listings
          </h2>
          <Link href="/jobs" className="text-sm font-medium text-brand-700 hover:underline">
            All {formatCount(counts.openJobs)} roles
          </Link>
        </div>
        <ul className="mt-4 grid gap-3 md:grid-cols-2">
          {latest.map((job) => (
            <li key={job.id}>
              <JobCard job={toApiJob(job)} now={now} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt className="text-sm text-brand-100">{label}</dt>
      <dd className="text-2xl font-bold" data-testid={`count-${label.replace(/\s+/g, "-")}`}>
        {formatCount(value)}
      </dd>
    </div>
  );
}
