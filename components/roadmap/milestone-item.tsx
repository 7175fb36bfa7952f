import Link from "next/link";
import { MILESTONE_STATUSES } from "@/lib/enums";
import type { MilestoneStatus } from "@/lib/enums";
import { formatCount, formatMoney } from "@/lib/format";
import { STATUS_LABEL } from "@/lib/roadmap/progress";
import type { Demand, RoadmapMilestoneView } from "@/lib/roadmap/types";

const KIND_LABEL = { skill: "Skill", topic: "Topic", certification: "Certification", project: "Project" } as const;

const STATUS_STYLE: Record<MilestoneStatus, { card: string; pill: string }> = {
  todo: { card: "border-l-slate-300", pill: "peer-checked:bg-slate-200 peer-checked:text-slate-900" },
  learning: { card: "border-l-amber-500 bg-amber-50/40", pill: "peer-checked:bg-amber-800 peer-checked:text-white" },
  done: { card: "border-l-emerald-600 bg-emerald-50/50", pill: "peer-checked:bg-emerald-700 peer-checked:text-white" },
  skipped: { card: "border-l-slate-400 bg-slate-50", pill: "peer-checked:bg-slate-500 peer-checked:text-white" },
};

/** The anchor of a milestone: skill milestones are `skill-<skillSlug>` (linked from /me/matches). */
export const milestoneAnchor = (m: Pick<RoadmapMilestoneView, "slug" | "skill">) =>
  m.skill ? `skill-${m.skill.slug}` : `milestone-${m.slug}`;

/**
 * One milestone. With `onChange` its status is a radio group: one click, or one arrow key
 * once the group has focus, sets it. Without, the status is shown read-only (share page).
 */
export function MilestoneItem({
  milestone: m,
  status,
  demand,
  onChange,
}: {
  milestone: RoadmapMilestoneView;
  status: MilestoneStatus;
  demand?: Demand;
  onChange?: (status: MilestoneStatus) => void;
}) {
  const headingId = `${milestoneAnchor(m)}-title`;
  return (
    <li
      id={milestoneAnchor(m)}
      data-status={status}
      className={`scroll-mt-24 rounded-lg border border-l-4 border-slate-200 bg-white p-3 target:ring-2 target:ring-brand-600 ${STATUS_STYLE[status].card}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1 basis-64">
          <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{KIND_LABEL[m.kind]}</p>
          <h4 id={headingId} className={`font-semibold ${status === "skipped" ? "text-slate-600 line-through" : ""}`}>
            {m.url ? (
              <a
                href={m.url}
                className="underline decoration-slate-300 hover:text-brand-700"
                rel="noopener noreferrer"
                target="_blank"
              >
                {m.title}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            ) : (
              m.title
            )}
          </h4>
          <p className="mt-0.5 text-sm text-slate-700">{m.description}</p>
          {/* Demand as the guide defines it (lib/guides/demand.ts); none claimed at 0. */}
          {m.skill && demand && demand.open > 0 && (
            <p className="mt-1 text-sm" data-testid="skill-demand">
              <Link href={demand.href} className="text-brand-700 underline">
                {formatCount(demand.open)} open listings
              </Link>{" "}
              in this role ask for {m.skill.name}
              {demand.medianPay != null ? ` · median ${formatMoney(demand.medianPay)}` : " · pay not shown"}
            </p>
          )}
        </div>
        {onChange ? (
          // Narrow phones (320 px): smaller type, so the four choices fit beside the card's edge.
          <fieldset className="max-w-full min-w-0 shrink-0">
            <legend className="sr-only">Status of {m.title}</legend>
            <div className="flex overflow-hidden rounded-lg border border-slate-300 text-xs sm:text-sm">
              {MILESTONE_STATUSES.map((s) => (
                <label
                  key={s}
                  className="relative cursor-pointer border-l border-slate-300 first:border-l-0 has-[:focus-visible]:z-10 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600"
                >
                  <input
                    type="radio"
                    name={`status-${m.slug}`}
                    value={s}
                    checked={status === s}
                    onChange={() => onChange(s)}
                    className="peer sr-only"
                  />
                  <span
                    className={`block px-2 py-1.5 font-medium text-slate-700 hover:underline sm:px-2.5 ${STATUS_STYLE[s].pill}`}
                  >
                    {STATUS_LABEL[s]}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ) : (
          <p className="shrink-0 rounded-full border border-slate-300 px-2.5 py-1 text-sm font-medium">
            {STATUS_LABEL[status]}
          </p>
        )}
      </div>
    </li>
  );
}
