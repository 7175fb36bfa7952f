import type { MilestoneStatus } from "@/db/schema";
import type { ProgressEntry, ProgressMap, RoadmapLevelView, RoadmapMilestoneView } from "./types";

/* Pure progress arithmetic, shared by the server (counts, share page) and the browser
   (signed-out progress). */

export const STATUS_LABEL: Record<MilestoneStatus, string> = {
  todo: "To do",
  learning: "Learning",
  done: "Done",
  skipped: "Skipped",
};

export const statusOf = (progress: ProgressMap, slug: string): MilestoneStatus => progress[slug]?.status ?? "todo";

export type Counts = {
  total: number;
  done: number;
  learning: number;
  skipped: number;
  completed: number;
  percent: number;
};

/** As roadmap.sh counts it: done and skipped milestones complete the roadmap; learning does not. */
export function countProgress(milestones: Pick<RoadmapMilestoneView, "slug">[], progress: ProgressMap): Counts {
  const c = { total: milestones.length, done: 0, learning: 0, skipped: 0 };
  for (const m of milestones) {
    const s = statusOf(progress, m.slug);
    if (s === "done") c.done++;
    else if (s === "learning") c.learning++;
    else if (s === "skipped") c.skipped++;
  }
  const completed = c.done + c.skipped;
  // Floor, so 100% means everything is complete.
  return { ...c, completed, percent: c.total ? Math.floor((completed / c.total) * 100) : 0 };
}

const complete = (s: MilestoneStatus) => s === "done" || s === "skipped";

/**
 * Readiness for a level: every skill and topic milestone of that level and the levels below
 * it is done or skipped. Certifications and practice projects are recommended, not required.
 * Returns the highest level the user is ready for, and what stands between them and the next.
 */
export function readiness(levels: RoadmapLevelView[], milestones: RoadmapMilestoneView[], progress: ProgressMap) {
  const sorted = [...levels].sort((a, b) => a.rank - b.rank);
  const required = (m: RoadmapMilestoneView) => m.kind === "skill" || m.kind === "topic";
  let ready: RoadmapLevelView | null = null;
  for (const level of sorted) {
    const upTo = new Set(sorted.filter((l) => l.rank <= level.rank).map((l) => l.level));
    const missing = milestones.filter((m) => required(m) && upTo.has(m.level) && !complete(statusOf(progress, m.slug)));
    if (missing.length > 0) return { ready, next: { level, missing } };
    ready = level;
  }
  return { ready, next: null };
}

export type Readiness = ReturnType<typeof readiness>;

/**
 * How browser progress merges into an account on sign-in, per milestone:
 * - set on one side only: kept (nothing is dropped);
 * - set on both: the more recently changed status wins;
 * - a status that came from the profile's skills list (updatedAt null) counts as newest,
 *   so the browser never removes or adds back a profile skill behind the user's back.
 * Browser timestamps later than `now` count as `now` (a wrong clock cannot win forever).
 * Returns the browser entries to write to the account.
 */
export function entriesToMerge(
  server: ProgressMap,
  local: ProgressMap,
  now: Date = new Date(),
): { slug: string; status: MilestoneStatus; updatedAt: Date }[] {
  const writes: { slug: string; status: MilestoneStatus; updatedAt: Date }[] = [];
  for (const [slug, entry] of Object.entries(local)) {
    const at = clampDate(entry, now);
    if (!at) continue;
    const theirs = server[slug];
    if (!theirs) {
      writes.push({ slug, status: entry.status, updatedAt: at });
      continue;
    }
    if (theirs.updatedAt === null) continue;
    if (at.getTime() > new Date(theirs.updatedAt).getTime() && entry.status !== theirs.status) {
      writes.push({ slug, status: entry.status, updatedAt: at });
    }
  }
  return writes;
}

function clampDate(entry: ProgressEntry, now: Date): Date | null {
  if (!entry.updatedAt) return null;
  const d = new Date(entry.updatedAt);
  if (Number.isNaN(d.getTime())) return null;
  return d.getTime() > now.getTime() ? now : d;
}
