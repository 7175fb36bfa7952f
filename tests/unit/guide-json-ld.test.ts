import { describe, expect, it } from "vitest";
import { GUIDE_MODULES } from "@/content/guides";
import { skillSeeds } from "@/db/seed/data/skills";
import { guideSkillSlugs, guideSurvey } from "@/lib/guides/content";
import { absoluteUrl } from "@/lib/public-origin";
import {
  guideBreadcrumbJsonLd,
  guideOccupationJsonLd,
  guidesItemListJsonLd,
  type GuideOccupationSource,
} from "@/lib/seo/guide";
import { serializeJsonLd } from "@/lib/seo/json-ld";

type Json = Record<string, unknown>;
const ORIGIN = "https://ladder.example";
const absolute = (path: string) => absoluteUrl(path, { APP_URL: ORIGIN });
const nameOf = new Map<string, string>(skillSeeds.map((s) => [s.slug, s.name]));

/** The backend guide as the page passes it: its content module, and medians as a seeded database gives them. */
function backend(overrides: Partial<GuideOccupationSource> = {}): GuideOccupationSource {
  const m = GUIDE_MODULES.find((g) => g.slug === "backend-engineer")!;
  const survey = guideSurvey(m.slug)!;
  return {
    slug: m.slug,
    title: m.title,
    summary: m.summary,
    skills: guideSkillSlugs(m).map((s) => nameOf.get(s)!),
    soc: { code: survey.soc, occupation: survey.occupation },
    medianPay: 131_500,
    levelMedians: [
      { level: "mid", median: 118_000 },
      { level: "senior", median: 152_250 },
    ],
    ...overrides,
  };
}

const read = (g: GuideOccupationSource) => JSON.parse(serializeJsonLd(guideOccupationJsonLd(g, absolute))) as Json;

describe("guide JSON-LD", () => {
  it("a guide is an Occupation with its SOC code, skills and the medians the page shows", () => {
    const src = backend();
    const o = read(src);
    expect(o).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Occupation",
      name: "Backend Engineer",
      description: src.summary,
      url: `${ORIGIN}/guides/backend-engineer`,
      mainEntityOfPage: `${ORIGIN}/guides/backend-engineer`,
      occupationalCategory: "15-1252 Software Developers",
    });
    expect(o.skills).toEqual(src.skills);
    expect(src.skills).toContain("Go");
    expect(o.estimatedSalary).toEqual([
      {
        "@type": "MonetaryAmountDistribution",
        name: "Median annual pay of open listings",
        currency: "USD",
        duration: "P1Y",
        median: 131_500,
      },
      {
        "@type": "MonetaryAmountDistribution",
        name: "Mid-level median annual pay",
        currency: "USD",
        duration: "P1Y",
        median: 118_000,
      },
      {
        "@type": "MonetaryAmountDistribution",
        name: "Senior median annual pay",
        currency: "USD",
        duration: "P1Y",
        median: 152_250,
      },
    ]);
    // Nothing the page does not show.
    expect(o).not.toHaveProperty("occupationLocation");
    expect(o).not.toHaveProperty("qualifications");
  });

  it("every guide names the SOC occupation of its pay survey", () => {
    for (const m of GUIDE_MODULES) expect(guideSurvey(m.slug)?.url).toBe(m.payRangeSource.url);
    expect(guideSurvey("data-engineer")?.soc).toBe("15-1243");
  });

  it("without pay on the page there is no estimatedSalary, without a survey no category", () => {
    const o = read(backend({ medianPay: null, levelMedians: [], soc: null }));
    expect(o).not.toHaveProperty("estimatedSalary");
    expect(o).not.toHaveProperty("occupationalCategory");
  });

  it("text cannot close the script element", () => {
    const hostile = backend({
      title: "Engineer </script><script>alert(1)</script>",
      summary: "a <!-- b --> & c\u2028",
      skills: ["</SCRIPT><img src=x onerror=alert(1)>"],
    });
    for (const data of [
      guideOccupationJsonLd(hostile, absolute),
      guideBreadcrumbJsonLd(hostile, absolute),
      guidesItemListJsonLd([hostile], absolute),
    ]) {
      const text = serializeJsonLd(data);
      expect(text).not.toMatch(/[<>]/);
      expect(text).not.toContain("\u2028");
    }
    const back = read(hostile);
    expect(back.name).toBe("Engineer </script><script>alert(1)</script>");
    expect(back.skills).toEqual(["</SCRIPT><img src=x onerror=alert(1)>"]);
  });

  it("the breadcrumb is Guides › role and /guides lists every guide in order", () => {
    expect(guideBreadcrumbJsonLd(backend(), absolute).itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Guides", item: `${ORIGIN}/guides` },
      { "@type": "ListItem", position: 2, name: "Backend Engineer", item: `${ORIGIN}/guides/backend-engineer` },
    ]);
    const list = guidesItemListJsonLd(GUIDE_MODULES.slice(0, 2), absolute) as unknown as Json;
    expect(list).toMatchObject({ "@type": "ItemList", numberOfItems: 2 });
    expect(list.itemListElement).toEqual(
      GUIDE_MODULES.slice(0, 2).map((g, i) => ({
        "@type": "ListItem",
        position: i + 1,
        name: g.title,
        url: `${ORIGIN}/guides/${g.slug}`,
      })),
    );
  });
});
