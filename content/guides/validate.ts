import { JOB_LEVELS } from "../../db/enums";
import type { GuideModule } from "./types";

export type ContentIssue = { path: string; message: string };

/** The {{placeholders}} FAQ answers may use (lib/guides/fill.ts fills them). */
export const FIGURE_PLACEHOLDERS = [
  "openPositions",
  "medianPay",
  "remoteCount",
  "freelanceCount",
  "remoteShare",
  "freelanceShare",
  "payLow",
  "payHigh",
] as const;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Everything the types cannot say about a guide module: text present, the five levels in
 * order with contiguous years and ordered editorial pay, the pay survey linked and listed
 * among the sources, skills known and listed once,
 * the roadmap covering exactly the guide's skills, https sources and certification pages,
 * known placeholders. `skillSlugs`: the shared skills list. An empty answer means valid.
 */
export function validateGuide(guide: GuideModule, skillSlugs: ReadonlySet<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const fail = (path: string, message: string) => issues.push({ path, message });
  const text = (path: string, value: string | undefined) => {
    if (!value || !value.trim()) fail(path, "is empty");
  };
  const https = (path: string, url: string) => {
    try {
      if (new URL(url).protocol !== "https:") fail(path, "must be an https URL");
    } catch {
      fail(path, "is not a URL");
    }
  };

  if (!SLUG.test(guide.slug)) fail("slug", "must be lowercase words joined by hyphens");
  for (const key of ["title", "author", "summary", "whatIs", "vsOther"] as const) text(key, guide[key]);

  // Levels: junior to principal, years contiguous, pay never falling.
  if (guide.levels.length !== JOB_LEVELS.length) fail("levels", `must have ${JOB_LEVELS.length} levels`);
  guide.levels.forEach((l, i) => {
    const at = `levels.${i}`;
    if (l.level !== JOB_LEVELS[i]) fail(`${at}.level`, `must be ${JOB_LEVELS[i]}`);
    text(`${at}.title`, l.title);
    text(`${at}.focus`, l.focus);
    if (!Number.isInteger(l.yearsMin) || l.yearsMin < 0) fail(`${at}.yearsMin`, "must be a whole number from 0");
    const last = i === guide.levels.length - 1;
    if (last !== (l.yearsMax === null)) fail(`${at}.yearsMax`, last ? "must be open-ended" : "must be set");
    if (l.yearsMax !== null && l.yearsMax <= l.yearsMin) fail(`${at}.yearsMax`, "must be above yearsMin");
    const prev = guide.levels[i - 1];
    if (i === 0 && l.yearsMin !== 0) fail(`${at}.yearsMin`, "must start at 0");
    if (prev && prev.yearsMax !== l.yearsMin) fail(`${at}.yearsMin`, "must equal the previous level's yearsMax");
    if (!(l.payMin > 0)) fail(`${at}.payMin`, "must be a positive annual USD amount");
    if (l.payMax !== null && l.payMax < l.payMin) fail(`${at}.payMax`, "must not be below payMin");
    if (prev && l.payMin < prev.payMin) fail(`${at}.payMin`, "must not fall below the previous level's");
  });
  // Editorial pay comes from a published survey, linked and listed among the guide's sources.
  text("payRangeSource.title", guide.payRangeSource.title);
  text("payRangeSource.supports", guide.payRangeSource.supports);
  if (guide.payRangeSource.url === undefined) fail("payRangeSource.url", "must link the published survey");
  else {
    https("payRangeSource.url", guide.payRangeSource.url);
    if (!guide.sources.some((s) => s.url === guide.payRangeSource.url))
      fail("payRangeSource", "must also be listed in sources");
  }

  // Skills: known, once per guide.
  const guideSkills = new Set<string>();
  guide.skillAreas.forEach((a, i) => {
    text(`skillAreas.${i}.name`, a.name);
    text(`skillAreas.${i}.description`, a.description);
    if (a.skills.length === 0) fail(`skillAreas.${i}.skills`, "is empty");
    a.skills.forEach((s, j) => {
      if (!skillSlugs.has(s)) fail(`skillAreas.${i}.skills.${j}`, `"${s}" is not in the shared skills list`);
      if (guideSkills.has(s)) fail(`skillAreas.${i}.skills.${j}`, `"${s}" is listed twice`);
      guideSkills.add(s);
    });
  });
  if (guide.skillAreas.length === 0) fail("skillAreas", "is empty");

  guide.timeline.forEach((e, i) => {
    text(`timeline.${i}.timeLabel`, e.timeLabel);
    text(`timeline.${i}.title`, e.title);
    text(`timeline.${i}.body`, e.body);
  });
  if (guide.timeline.length === 0) fail("timeline", "is empty");
  guide.certifications.forEach((c, i) => {
    text(`certifications.${i}.name`, c.name);
    text(`certifications.${i}.issuer`, c.issuer);
    text(`certifications.${i}.validates`, c.validates);
    if (c.url !== undefined) https(`certifications.${i}.url`, c.url);
  });
  if (guide.certifications.length === 0) fail("certifications", "is empty");
  guide.faqs.forEach((f, i) => {
    text(`faqs.${i}.question`, f.question);
    text(`faqs.${i}.answer`, f.answer);
    for (const [, key] of f.answer.matchAll(/\{\{(\w+)\}\}/g)) {
      if (!(FIGURE_PLACEHOLDERS as readonly string[]).includes(key!))
        fail(`faqs.${i}.answer`, `unknown placeholder {{${key}}}`);
    }
  });
  if (guide.faqs.length === 0) fail("faqs", "is empty");

  // Roadmap: unique slugs; skill milestones are exactly the guide's skills, once each.
  const slugs = new Set<string>();
  const covered = new Set<string>();
  guide.roadmap.forEach((m, i) => {
    const at = `roadmap.${i}`;
    if (!SLUG.test(m.slug)) fail(`${at}.slug`, "must be lowercase words joined by hyphens");
    if (slugs.has(m.slug)) fail(`${at}.slug`, `"${m.slug}" is used twice`);
    slugs.add(m.slug);
    if (!(JOB_LEVELS as readonly string[]).includes(m.level)) fail(`${at}.level`, "is not a level");
    text(`${at}.area`, m.area);
    text(`${at}.title`, m.title);
    text(`${at}.description`, m.description);
    if (m.url !== undefined) https(`${at}.url`, m.url);
    if (m.kind === "skill") {
      if (!guideSkills.has(m.skill)) fail(`${at}.skill`, `"${m.skill}" is not one of the guide's skills`);
      if (covered.has(m.skill)) fail(`${at}.skill`, `"${m.skill}" has two milestones`);
      covered.add(m.skill);
    } else if ((m as { skill?: string }).skill !== undefined) {
      fail(`${at}.skill`, `a ${m.kind} names no skill`);
    }
  });
  for (const s of guideSkills) if (!covered.has(s)) fail("roadmap", `no skill milestone for "${s}"`);

  guide.sources.forEach((s, i) => {
    text(`sources.${i}.title`, s.title);
    text(`sources.${i}.supports`, s.supports);
    if (s.url !== undefined) https(`sources.${i}.url`, s.url);
  });
  if (guide.sources.length === 0) fail("sources", "is empty");
  return issues;
}

/** Guides side by side: one per role family at most, slugs unique. */
export function validateGuideSet(guides: readonly GuideModule[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, string>();
  for (const g of guides) {
    for (const key of [`slug:${g.slug}`, `family:${g.roleFamily}`]) {
      const other = seen.get(key);
      if (other) issues.push({ path: g.slug, message: `${key.replace(":", " ")} is also used by ${other}` });
      seen.set(key, g.slug);
    }
  }
  return issues;
}
