import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROLE_FAMILIES } from "@/db/enums";
import { skillSeeds } from "@/db/seed/data/skills";
import { GUIDE_MODULES } from "@/content/guides";
import { backendGuide } from "@/content/guides/backend";
import { PAY_SURVEYS, payBand } from "@/content/guides/pay-surveys";
import type { GuideModule, GuideSource } from "@/content/guides/types";
import { validateGuide, validateGuideSet } from "@/content/guides/validate";

const known = new Set<string>(skillSeeds.map((s) => s.slug));

describe("guide content modules", () => {
  it("has one guide per role family, slugs unique", () => {
    expect(validateGuideSet(GUIDE_MODULES)).toEqual([]);
    expect(GUIDE_MODULES.map((g) => g.roleFamily).sort()).toEqual([...ROLE_FAMILIES].sort());
  });

  for (const guide of GUIDE_MODULES) {
    it(`${guide.slug}: every skill exists, five levels complete, no empty section, sources listed`, () => {
      expect(validateGuide(guide, known)).toEqual([]);
      expect(guide.levels.map((l) => l.level)).toEqual(["junior", "mid", "senior", "lead", "principal"]);
      expect(guide.sources.length).toBeGreaterThan(0);
      expect(guide.certifications.every((c) => c.issuer.trim().length > 0)).toBe(true);
    });
  }

  it("refuses an unknown skill, a gap in the years, falling pay, an empty section and an uncovered skill", () => {
    const broken = {
      ...backendGuide,
      levels: [
        backendGuide.levels[0],
        { ...backendGuide.levels[1], yearsMin: 3, payMin: 10_000 },
        ...backendGuide.levels.slice(2),
      ],
      skillAreas: [{ ...backendGuide.skillAreas[0], skills: ["cobol"] }, ...backendGuide.skillAreas.slice(1)],
      faqs: [{ question: "Why?", answer: "  " }],
      roadmap: backendGuide.roadmap.filter((m) => m.slug !== "docker"),
    } as unknown as GuideModule;
    const paths = validateGuide(broken, known).map((i) => `${i.path} ${i.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'skillAreas.0.skills.0 "cobol" is not in the shared skills list',
        "levels.1.yearsMin must equal the previous level's yearsMax",
        "levels.1.payMin must not fall below the previous level's",
        "faqs.0.answer is empty",
        'roadmap no skill milestone for "docker"',
      ]),
    );
  });

  for (const guide of GUIDE_MODULES) {
    it(`${guide.slug}: each level's pay range is the published survey's percentiles, the survey listed in sources`, () => {
      const survey = PAY_SURVEYS.find((s) => s.url === guide.payRangeSource.url);
      expect(survey, "payRangeSource names a survey of content/guides/pay-surveys.ts").toBeDefined();
      expect(guide.sources.map((s) => s.url)).toContain(survey!.url);
      for (const l of guide.levels)
        expect({ level: l.level, payMin: l.payMin, payMax: l.payMax }).toEqual({
          level: l.level,
          ...payBand(survey!, l.level),
        });
    });
  }

  it("maps the survey's percentiles onto the levels: junior 10th-25th up to principal from the 90th", () => {
    const survey = { ...PAY_SURVEYS[0]!, annual: { p10: 1, p25: 2, p50: 3, p75: 4, p90: 5 } };
    expect((["junior", "mid", "senior", "lead", "principal"] as const).map((l) => payBand(survey, l))).toEqual([
      { payMin: 1, payMax: 2 },
      { payMin: 2, payMax: 3 },
      { payMin: 3, payMax: 4 },
      { payMin: 4, payMax: 5 },
      { payMin: 5, payMax: null },
    ]);
    for (const s of PAY_SURVEYS) {
      const { p10, p25, p50, p75, p90 } = s.annual;
      expect(p10 < p25 && p25 < p50 && p50 < p75 && p75 < p90, s.occupation).toBe(true);
    }
  });

  it("refuses editorial pay with no linked survey, or a survey missing from the sources", () => {
    const unlinked = { ...backendGuide, payRangeSource: { ...backendGuide.payRangeSource, url: undefined } };
    const unlisted = {
      ...backendGuide,
      sources: (backendGuide.sources as readonly GuideSource[]).filter(
        (s) => s.url !== backendGuide.payRangeSource.url,
      ),
    };
    expect(validateGuide(unlinked as unknown as GuideModule, known)).toContainEqual({
      path: "payRangeSource.url",
      message: "must link the published survey",
    });
    expect(validateGuide(unlisted as unknown as GuideModule, known)).toContainEqual({
      path: "payRangeSource",
      message: "must also be listed in sources",
    });
  });

  it("names only public pages or files inside the repository as sources", () => {
    for (const g of GUIDE_MODULES)
      for (const source of [g.payRangeSource, ...g.sources]) {
        if (source.url) expect(source.url, g.slug).toMatch(/^https:\/\//);
        // A file named in a title must exist in the repository (not a path outside it).
        for (const path of source.title.match(/[\w.-]+(?:\/[\w.-]+)+\.\w+/g) ?? [])
          expect(existsSync(resolve(__dirname, "../..", path)), `${g.slug}: ${path}`).toBe(true);
        expect(source.title, g.slug).not.toMatch(/shared\/content/);
      }
  });
});
