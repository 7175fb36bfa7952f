import type { BreadcrumbList, ItemList, MonetaryAmountDistribution, Occupation, WithContext } from "schema-dts";
import type { JobLevel } from "@/db/schema";
import { LEVEL_LABEL } from "@/lib/format";
import { absoluteUrl } from "@/lib/public-origin";

/**
 * What a guide page's Occupation markup reads: the figures the page shows, nothing else.
 * `medianPay` is the page's "Median annual pay" (annual USD, the guide search's median;
 * null when no listing shows pay); `levelMedians` the per-level medians the career path
 * shows (only the levels with enough listings that show pay, lib/guides/live.ts
 * levelMedian). `soc` is the occupation of the pay survey the editorial bands come from
 * (content/guides/pay-surveys.ts), null when the guide names none.
 */
export type GuideOccupationSource = {
  slug: string;
  title: string;
  summary: string;
  /** The required skills' names, in the page's order. */
  skills: string[];
  soc: { code: string; occupation: string } | null;
  medianPay: number | null;
  levelMedians: { level: JobLevel; median: number }[];
};

/** Builds absolute URLs; tests pass their own origin. */
type Absolute = (path: string) => string;

function annualMedian(name: string, median: number): MonetaryAmountDistribution {
  return { "@type": "MonetaryAmountDistribution", name, currency: "USD", duration: "P1Y", median };
}

/**
 * schema.org `Occupation` for /guides/<slug>: name (the role), description (the summary),
 * occupationalCategory ("15-1252 Software Developers", the SOC code of the guide's pay
 * survey), skills (names), mainEntityOfPage and url (the guide's absolute address), and
 * estimatedSalary: one MonetaryAmountDistribution (USD, P1Y) per median the page shows,
 * the overall one first, then one per level; none when the page shows none. No
 * percentiles (the page shows medians only), no occupationLocation (the live figures mix
 * listings from every country), no qualifications (the guide's certifications are
 * recommended, not required).
 */
export function guideOccupationJsonLd(
  g: GuideOccupationSource,
  absolute: Absolute = absoluteUrl,
): WithContext<Occupation> {
  const url = absolute(`/guides/${g.slug}`);
  const salary = [
    ...(g.medianPay === null ? [] : [annualMedian("Median annual pay of open listings", g.medianPay)]),
    ...g.levelMedians.map((l) => annualMedian(`${LEVEL_LABEL[l.level]} median annual pay`, l.median)),
  ];
  return {
    "@context": "https://schema.org",
    "@type": "Occupation",
    name: g.title,
    description: g.summary,
    url,
    mainEntityOfPage: url,
    ...(g.soc ? { occupationalCategory: `${g.soc.code} ${g.soc.occupation}` } : {}),
    ...(g.skills.length ? { skills: g.skills } : {}),
    ...(salary.length ? { estimatedSalary: salary } : {}),
  };
}

/** schema.org `BreadcrumbList` for a guide page: Guides › the role, both absolute. */
export function guideBreadcrumbJsonLd(
  g: Pick<GuideOccupationSource, "slug" | "title">,
  absolute: Absolute = absoluteUrl,
): WithContext<BreadcrumbList> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: [
      { "@type": "ListItem", position: 1, name: "Guides", item: absolute("/guides") },
      { "@type": "ListItem", position: 2, name: g.title, item: absolute(`/guides/${g.slug}`) },
    ],
  };
}

/** schema.org `ItemList` for /guides: each guide's absolute URL and title, in the page's order. */
export function guidesItemListJsonLd(
  guides: Pick<GuideOccupationSource, "slug" | "title">[],
  absolute: Absolute = absoluteUrl,
): WithContext<ItemList> {
  return {
    "@context": "https://schema.org",
    "@type": "ItemList",
    numberOfItems: guides.length,
    itemListElement: guides.map((g, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: g.title,
      url: absolute(`/guides/${g.slug}`),
    })),
  };
}
