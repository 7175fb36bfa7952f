import Link from "next/link";
import { formatCount, formatMoney, LEVEL_LABEL } from "@/lib/format";
import type { Readiness } from "@/lib/roadmap/progress";
import type { RoadmapDemand } from "@/lib/roadmap/types";
import { milestoneAnchor } from "./milestone-item";

const SHOW_MISSING = 6;

/** "You are ready for Mid-level roles: 212 open, median $141k", and what the next level still needs. */
export function ReadinessPanel({
  guideSlug,
  readiness,
  demand,
}: {
  guideSlug: string;
  readiness: Readiness;
  demand: RoadmapDemand;
}) {
  const figures = (level: keyof typeof LEVEL_LABEL) => {
    const d = demand.levels[level];
    const open = `${formatCount(d?.open ?? 0)} open`;
    return d?.medianPay != null ? `${open}, median ${formatMoney(d.medianPay)}` : open;
  };
  const { ready, next } = readiness;
  return (
    <section aria-labelledby="readiness-heading" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="readiness-heading" className="sr-only">
        Roles you are ready for
      </h2>
      <p data-testid="readiness" className="font-semibold">
        {ready ? (
          <>
            You are ready for{" "}
            <Link href={`/jobs?guide=${guideSlug}&level=${ready.level}`} className="text-brand-700 underline">
              {LEVEL_LABEL[ready.level]} roles
            </Link>
            : {figures(ready.level)}.
          </>
        ) : (
          <>Finish the junior skills and topics to be ready for Junior roles ({figures("junior")}).</>
        )}
      </p>
      {next && (
        <div className="mt-2 text-sm text-slate-700">
          <p>
            {ready ? `Next, ${LEVEL_LABEL[next.level.level]} roles (${figures(next.level.level)})` : "Still to do"}:{" "}
            {next.missing.length} {next.missing.length === 1 ? "skill or topic" : "skills and topics"} to go
            {next.missing.length > 0 && ", including "}
            {next.missing.slice(0, SHOW_MISSING).map((m, i) => (
              <span key={m.slug}>
                {i > 0 && ", "}
                <a href={`#${milestoneAnchor(m)}`} className="underline">
                  {m.title}
                </a>
              </span>
            ))}
            .
          </p>
        </div>
      )}
      <p className="mt-2 text-xs text-slate-600">
        Ready means every skill and topic of that level and the levels below is done or skipped; certifications and
        projects are recommended extras. Figures are open listings in this role family.
      </p>
    </section>
  );
}
