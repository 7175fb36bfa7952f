import type { JobLevel, MilestoneKind, RoleFamily } from "../../schema";

/** A skill; `aliases` are other ways people write it (a search for one finds them all). */
export type SkillSeed = { slug: string; name: string; category: string; aliases: string[] };

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

export type GuideSeed = {
  slug: string;
  title: string;
  roleFamily: RoleFamily;
  summary: string;
  whatIs: string;
  vsOther: string;
  author: string;
  levels: {
    rank: number;
    level: JobLevel;
    title: string;
    yearsMin: number;
    yearsMax: number | null;
    payMin: number;
    payMax: number | null;
    focus: string;
  }[];
  skillAreas: { name: string; description: string; skills: string[] }[];
  timeline: { timeLabel: string; title: string; body: string }[];
  certifications: { name: string; issuer: string; validates: string; url?: string }[];
  /** Answers may use {{openPositions}}, {{medianPay}}, {{remoteCount}}, {{freelanceCount}},
   *  {{remoteShare}}, {{freelanceShare}}, {{payLow}}, {{payHigh}}: filled with live figures. */
  faqs: { question: string; answer: string }[];
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
