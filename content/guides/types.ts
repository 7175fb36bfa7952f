/*
 * The shape of a career guide's content module (content/guides/<family>.ts). The types catch
 * what they can at typecheck: every skill is a slug of the shared skills list, the five
 * levels are present in order, no section is an empty list. validate.ts checks the rest
 * (text present, years contiguous, pay ranges ordered, the roadmap covers the skills) in the
 * tests and before the seed writes a guide.
 */
import type { JobLevel, RoleFamily } from "../../db/schema";
import type { SkillSlug } from "../../db/seed/data/skills";

/** At least one entry. */
export type NonEmpty<T> = readonly [T, ...T[]];

export type GuideLevel<L extends JobLevel> = {
  level: L;
  title: string;
  yearsMin: number;
  /** null: open-ended (the last level). */
  yearsMax: number | null;
  /** Editorial pay range, annual USD; payMax null for "and up". Source: the module's payRangeSource (a published survey). */
  payMin: number;
  payMax: number | null;
  focus: string;
};

/** A public page a fact was taken from; `supports` says which part of the guide rests on it. */
export type GuideSource = { title: string; url?: string; supports: string };

type MilestoneBase = {
  /** Stable per guide: progress is stored against it. Rename a title freely, never a slug. */
  slug: string;
  level: JobLevel;
  /** A skill area's name, "Certifications" or "Practice projects". */
  area: string;
  title: string;
  description: string;
  url?: string;
};

export type GuideMilestone =
  | (MilestoneBase & { kind: "skill"; skill: SkillSlug })
  | (MilestoneBase & { kind: "topic" | "certification" | "project"; skill?: never });

export type GuideModule = {
  slug: string;
  title: string;
  /** Which listings the guide's live figures rest on. */
  roleFamily: RoleFamily;
  author: string;
  summary: string;
  /** Paragraphs separated by a blank line. */
  whatIs: string;
  /** How the role differs from its neighbouring roles. */
  vsOther: string;
  levels: readonly [
    GuideLevel<"junior">,
    GuideLevel<"mid">,
    GuideLevel<"senior">,
    GuideLevel<"lead">,
    GuideLevel<"principal">,
  ];
  /**
   * The published pay survey the editorial pay ranges come from (content/guides/pay-surveys.ts, method in
   * pay-bands.md); it must also be listed in `sources`, with the same URL.
   */
  payRangeSource: GuideSource;
  skillAreas: NonEmpty<{ name: string; description: string; skills: NonEmpty<SkillSlug> }>;
  timeline: NonEmpty<{ timeLabel: string; title: string; body: string }>;
  certifications: NonEmpty<{ name: string; issuer: string; validates: string; url?: string }>;
  /** Answers may use the placeholders of lib/guides/fill.ts, filled with live figures. */
  faqs: NonEmpty<{ question: string; answer: string }>;
  /** Every skill of the skill areas exactly once as a skill milestone, plus topics, certifications, projects. */
  roadmap: NonEmpty<GuideMilestone>;
  /** The public pages the guide's facts come from. */
  sources: NonEmpty<GuideSource>;
};
