import type { Metadata } from "next";
import Link from "next/link";
import { APPLICATION_STAGES } from "@/db/enums";
import { db } from "@/db";
import { TrackerItem } from "@/components/saved/tracker-item";
import { requireUser } from "@/lib/auth/session";
import { getApplicationsByUser } from "@/lib/applications/queries";
import { getSavedJobsByUser } from "@/lib/saved/service";
import { STAGE_LABEL } from "@/lib/saved/labels";

export const metadata: Metadata = { title: "Your applications" };

function applicationOf(
  a: Awaited<ReturnType<typeof getApplicationsByUser>> extends Map<number, infer V> ? V | undefined : never,
) {
  if (!a) return null;
  return {
    id: a.id,
    stage: a.stage,
    rejectionMessage: a.rejectionMessage,
    appliedOn: a.appliedAt.toISOString().slice(0, 10),
    hasCv: a.hasCv,
  };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TrackerPage({ searchParams }: Props) {
  const user = await requireUser("/me/jobs");
  const raw = (await searchParams).stage;
  const stage = APPLICATION_STAGES.find((s) => s === raw);
  const [entries, all, applied] = await Promise.all([
    getSavedJobsByUser(db, user.id, stage),
    stage ? getSavedJobsByUser(db, user.id) : null,
    getApplicationsByUser(db, user.id),
  ]);
  const counts = new Map<string, number>();
  for (const e of all ?? entries) if (e.stage) counts.set(e.stage, (counts.get(e.stage) ?? 0) + 1);
  const total = (all ?? entries).length;

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Your applications</h1>
        <p className="text-slate-700">Roles you saved, and where each application stands.</p>
      </header>
      <nav aria-label="Filter by stage">
        <ul className="flex flex-wrap gap-2 text-sm">
          <li>
            <Link
              href="/me/jobs"
              aria-current={!stage ? "page" : undefined}
              className="rounded-full border border-slate-300 px-3 py-1 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50"
            >
              All ({total})
            </Link>
          </li>
          {APPLICATION_STAGES.map((s) => (
            <li key={s}>
              <Link
                href={`/me/jobs?stage=${s}`}
                aria-current={stage === s ? "page" : undefined}
                className="rounded-full border border-slate-300 px-3 py-1 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50"
              >
                {STAGE_LABEL[s]} ({counts.get(s) ?? 0})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {entries.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-6">
          <p>{stage ? `No roles at “${STAGE_LABEL[stage]}”.` : "You have not saved any roles yet."}</p>
          <Link href="/jobs" className="mt-2 inline-block font-semibold text-brand-700 underline">
            Search roles
          </Link>
        </div>
      ) : (
        <ul className="space-y-3">
          {entries.map((e) => (
            <li key={e.id}>
              <TrackerItem entry={{ ...e, application: applicationOf(applied.get(e.job.id)) }} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
