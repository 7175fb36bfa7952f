import { describe, expect, it } from "vitest";
import { ROLE_FAMILIES } from "@/db/enums";
import { skillSeeds } from "@/db/seed/data/skills";
import { GUIDE_MODULES } from "@/content/guides";
import { backendGuide } from "@/content/guides/backend";
import type { GuideModule } from "@/content/guides/types";
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
});
