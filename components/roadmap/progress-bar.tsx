import type { Counts } from "@/lib/roadmap/progress";

/** A labelled progress bar: done + skipped over total. No hooks: renders on the server or in the board. */
export function ProgressBar({
  label,
  counts,
  testId,
  size = "md",
}: {
  label: string;
  counts: Counts;
  testId?: string;
  size?: "md" | "lg";
}) {
  const text = `${counts.completed} of ${counts.total} complete (${counts.percent}%)`;
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <span className="font-medium">{label}</span>
        <span data-testid={testId} className="text-slate-700 tabular-nums">
          {text}
          {counts.learning > 0 && ` · ${counts.learning} learning`}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={counts.percent}
        aria-valuetext={text}
        className={`overflow-hidden rounded-full bg-slate-200 ${size === "lg" ? "h-3" : "h-2"}`}
      >
        <div
          className="h-full rounded-full bg-emerald-600 transition-[width] duration-300"
          style={{ width: `${counts.percent}%` }}
        />
      </div>
    </div>
  );
}
