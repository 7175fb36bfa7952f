import type { MilestoneStatus } from "@/lib/enums";
import { countProgress, statusOf } from "@/lib/roadmap/progress";
import type { ProgressMap, RoadmapDemand, RoadmapView } from "@/lib/roadmap/types";
import { MilestoneItem } from "./milestone-item";
import { ProgressBar } from "./progress-bar";

/**
 * The roadmap as a path: levels in order along a line, each with its progress bar and its
 * milestones grouped by area. No hooks: the board renders it with `onChange`, the share
 * page without (read-only).
 */
export function RoadmapPath({
  roadmap,
  progress,
  demand,
  onChange,
}: {
  roadmap: RoadmapView;
  progress: ProgressMap;
  demand?: RoadmapDemand;
  onChange?: (slug: string, status: MilestoneStatus) => void;
}) {
  return (
    <ol className="relative space-y-10 border-l-2 border-brand-100 pl-6 sm:pl-8">
      {roadmap.levels.map((level) => {
        const milestones = roadmap.milestones.filter((m) => m.level === level.level);
        if (milestones.length === 0) return null;
        const areas = [...new Set(milestones.map((m) => m.area))];
        const headingId = `level-${level.level}`;
        return (
          <li key={level.level} aria-labelledby={headingId} className="relative space-y-4">
            <span
              aria-hidden="true"
              className="absolute top-0 -left-[2.45rem] flex h-8 w-8 items-center justify-center rounded-full bg-brand-700 text-sm font-bold text-white sm:-left-[2.95rem]"
            >
              {level.rank}
            </span>
            <h2 id={headingId} className="text-xl font-bold">
              {level.title}
            </h2>
            <ProgressBar
              label={`${level.title} progress`}
              counts={countProgress(milestones, progress)}
              testId={`level-progress-${level.level}`}
            />
            {areas.map((area) => (
              <section key={area} aria-label={`${level.title}: ${area}`} className="space-y-2">
                <h3 className="text-sm font-semibold tracking-wide text-slate-600 uppercase">{area}</h3>
                <ul className="space-y-2">
                  {milestones
                    .filter((m) => m.area === area)
                    .map((m) => (
                      <MilestoneItem
                        key={m.slug}
                        milestone={m}
                        status={statusOf(progress, m.slug)}
                        demand={m.skill ? demand?.skills[String(m.skill.id)] : undefined}
                        onChange={onChange ? (s) => onChange(m.slug, s) : undefined}
                      />
                    ))}
                </ul>
              </section>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
