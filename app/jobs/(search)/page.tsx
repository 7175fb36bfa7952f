import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { z } from "zod";
import { JobCard } from "@/components/job-card";
import { SearchBox } from "@/components/search-box";
import { formatCount } from "@/lib/format";
import { getJobsBySearch } from "@/lib/jobs/queries";
import { jobListParams } from "@/lib/jobs/validation";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = await searchParams;
  return { title: typeof q === "string" && q.trim() ? `Jobs matching “${q.trim().slice(0, 60)}”` : "Jobs" };
}

export default async function JobsPage({ searchParams }: Props) {
  await connection();
  const raw = await searchParams;
  const parsed = jobListParams.safeParse(raw);
  // A bad parameter is reported beside the results and dropped; the rest still applies.
  const errors = parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
  const params = parsed.success
    ? parsed.data
    : jobListParams.parse(Object.fromEntries(Object.entries(raw).filter(([k]) => !(k in errors))));
  const page = await getJobsBySearch(params);
  const now = new Date();

  const next = new URLSearchParams();
  if (params.q) next.set("q", params.q);
  if (params.guide) next.set("guide", params.guide);
  for (const skill of params.skill ?? []) next.append("skill", skill);
  if (page.nextCursor) next.set("cursor", page.nextCursor);
  const first = new URLSearchParams(next);
  first.delete("cursor");

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">{params.q ? <>Jobs matching “{params.q}”</> : "All open roles"}</h1>
        <SearchBox defaultValue={params.q} />
        {Object.entries(errors).map(([field, messages]) => (
          <p key={field} role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            <span className="font-semibold">{field}:</span> {messages?.join(" ")}
          </p>
        ))}
      </div>

      <p className="text-sm text-slate-700" aria-live="polite">
        <span data-testid="result-total">{formatCount(page.total)}{page.totalIsCapped ? "+" : ""}</span>{" "}
        {page.total === 1 ? "open role" : "open roles"}, newest first
        {params.guide && <> · role family of the <Link className="text-brand-700 underline" href={`/guides/${params.guide}`}>{params.guide.replace(/-/g, " ")} guide</Link></>}
        {params.skill?.length ? <> · with {params.skill.join(" and ")}</> : null}
        {params.cursor && <> · <Link className="text-brand-700 underline" href={`/jobs?${first}`}>back to the first page</Link></>}
      </p>

      {page.items.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
          <h2 className="text-lg font-semibold">No open roles match this search</h2>
          <p className="mt-2 text-slate-700">
            Try fewer or broader words, or <Link href="/jobs" className="text-brand-700 underline">see all open roles</Link>.
          </p>
        </div>
      ) : (
        <ol className="space-y-3" aria-label="Results">
          {page.items.map((job) => (
            <li key={job.id}>
              <JobCard job={job} now={now} />
            </li>
          ))}
        </ol>
      )}

      {page.nextCursor && (
        <nav aria-label="Pagination" className="flex justify-center">
          <Link
            href={`/jobs?${next}`}
            rel="next"
            className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-semibold hover:bg-slate-100"
          >
            Next page
          </Link>
        </nav>
      )}
    </div>
  );
}
