import Link from "next/link";
import { JobCard } from "@/components/job-card";
import type { JobCard as Card } from "@/lib/jobs/queries";
import { toApiJob } from "@/lib/search/response";

/** Open roles like a closed listing, shown on its page. */
export function SimilarRoles({ jobs, moreHref }: { jobs: Card[]; moreHref: string }) {
  const now = new Date();
  return (
    <section aria-labelledby="similar-roles" className="space-y-3">
      <h2 id="similar-roles" className="text-xl font-semibold">
        Similar open roles
      </h2>
      {jobs.length > 0 ? (
        <ul className="grid gap-3 sm:grid-cols-2" aria-label="Similar open roles">
          {jobs.map((job) => (
            <li key={job.id}>
              <JobCard job={toApiJob(job)} now={now} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">No open roles like this one right now.</p>
      )}
      <Link href={moreHref} className="inline-block font-medium text-brand-700 underline">
        Search more roles like this
      </Link>
    </section>
  );
}
