import type { JobLevel, MilestoneKind, MilestoneStatus } from "@/db/schema";

/** Shapes shared by the server and the roadmap's client components (plain JSON). */
export type RoadmapMilestoneView = {
  id: number;
  slug: string;
  level: JobLevel;
  area: string;
  kind: MilestoneKind;
  title: string;
  description: string;
  url: string | null;
  skill: { id: number; slug: string; name: string } | null;
};

export type RoadmapLevelView = { level: JobLevel; rank: number; title: string };

export type RoadmapView = {
  guide: { id: number; slug: string; title: string; roleFamily: string };
  levels: RoadmapLevelView[];
  milestones: RoadmapMilestoneView[];
};

/**
 * One milestone's status and when it was set (ISO). `updatedAt: null` marks a status that
 * comes from the profile's skills list with no roadmap record of when it changed.
 */
export type ProgressEntry = { status: MilestoneStatus; updatedAt: string | null };
/** Keyed by milestone slug. Milestones without an entry are "todo". */
export type ProgressMap = Record<string, ProgressEntry>;

/** A live figure and the /jobs search it comes from (`href`): `open` is that search's total. */
export type Demand = { open: number; medianPay: number | null; href: string };
export type RoadmapDemand = {
  /** Open listings of the guide's role family asking for each skill (lib/guides/demand.ts), keyed by skill id. */
  skills: Record<string, Demand>;
  /** Open listings of the guide's role family at each level (the guide's per-level figures). */
  levels: Partial<Record<JobLevel, Demand>>;
  computedAt: string;
};
