import type { JobLevel, MilestoneKind, RoleFamily } from "../../schema";

export type SkillSeed = { slug: string; name: string; category: string };

export type CompanySeed = {
  slug: string;
  name: string;
  website: string;
  about: string;
  size: "1-10" | "11-50" | "51-200" | "201-500" | "501-1000" | "1001-5000" | "5000+";
  headquarters: string;
  /** Role families the company hires for; the listing generator draws from these. */
  families: RoleFamily[];
  verified?: boolean;
};

export type RoadmapMilestoneSeed = {
  /** Stable per guide: progress is stored against it. */
  slug: string;
  level: JobLevel;
  area: string;
  kind: MilestoneKind;
  title: string;
  description: string;
  /** Required for kind "skill": a slug from the shared skills list. */
  skill?: string;
  url?: string;
};

export type RoadmapSeed = { guide: string; milestones: RoadmapMilestoneSeed[] };
