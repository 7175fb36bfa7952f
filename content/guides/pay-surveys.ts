/*
 * The published pay figures the guides' editorial pay bands are built from, and the one rule
 * that turns them into five levels. content/guides/pay-bands.md gives the method, the caveats
 * and, for each figure, the page it was read from.
 */
import type { JobLevel } from "../../db/schema";
import type { GuideLevel, GuideSource } from "./types";

/** Annual wages, USD, at the 10th, 25th, 50th (median), 75th and 90th percentile. */
export type WagePercentiles = { p10: number; p25: number; p50: number; p75: number; p90: number };

/** One occupation's national wage distribution in a named publication. */
export type PaySurvey = {
  publisher: string;
  /** The publication and its reference period. */
  publication: string;
  occupation: string;
  /** Standard Occupational Classification code of the occupation. */
  soc: string;
  /** The publication's page for this occupation. */
  url: string;
  annual: WagePercentiles;
};

const OEWS_MAY_2024 = "Occupational Employment and Wage Statistics (OEWS), May 2024 national estimates";
const BLS = "U.S. Bureau of Labor Statistics";

/**
 * Software Developers (SOC 15-1252), BLS OEWS May 2024: the occupation of backend, full stack,
 * mobile, DevOps/SRE and (for now) frontend work; BLS names no narrower occupation for most of them.
 */
export const SOFTWARE_DEVELOPERS_2024 = {
  publisher: BLS,
  publication: OEWS_MAY_2024,
  occupation: "Software Developers",
  soc: "15-1252",
  url: "https://www.bls.gov/oes/2024/may/oes151252.htm",
  annual: { p10: 79_850, p25: 103_050, p50: 133_080, p75: 169_000, p90: 211_450 },
} as const satisfies PaySurvey;

/**
 * Database Architects (SOC 15-1243), BLS OEWS May 2024: the occupation whose job titles include
 * "Data Engineer" (O*NET 15-1243.00); the Data Engineer guide's bands.
 */
export const DATABASE_ARCHITECTS_2024 = {
  publisher: BLS,
  publication: OEWS_MAY_2024,
  occupation: "Database Architects",
  soc: "15-1243",
  url: "https://www.bls.gov/oes/2024/may/oes151243.htm",
  annual: { p10: 81_630, p25: 107_900, p50: 135_980, p75: 169_480, p90: 209_990 },
} as const satisfies PaySurvey;

export const PAY_SURVEYS: readonly PaySurvey[] = [SOFTWARE_DEVELOPERS_2024, DATABASE_ARCHITECTS_2024];

/**
 * Which percentiles bound each level's band: junior 10th-25th, mid 25th-50th, senior 50th-75th,
 * lead 75th-90th, principal from the 90th with no top (payMax null). An editorial mapping:
 * the survey reports pay by percentile, not by level or years of experience.
 */
export const LEVEL_PERCENTILES: Record<JobLevel, readonly [keyof WagePercentiles, keyof WagePercentiles | null]> = {
  junior: ["p10", "p25"],
  mid: ["p25", "p50"],
  senior: ["p50", "p75"],
  lead: ["p75", "p90"],
  principal: ["p90", null],
};

/** The band (annual USD; payMax null for "and up") a level takes from a survey's percentiles. */
export function payBand(survey: PaySurvey, level: JobLevel): Pick<GuideLevel<JobLevel>, "payMin" | "payMax"> {
  const [low, high] = LEVEL_PERCENTILES[level];
  return { payMin: survey.annual[low], payMax: high === null ? null : survey.annual[high] };
}

/** How a guide names the survey its bands come from (its payRangeSource, also listed in its sources). */
export function surveySource(survey: PaySurvey): GuideSource {
  return {
    title: `${survey.publisher}, ${survey.publication}: ${survey.occupation} (SOC ${survey.soc})`,
    url: survey.url,
    supports:
      "the five levels' editorial pay ranges: junior 10th to 25th percentile of annual wages, mid 25th to median, senior median to 75th, lead 75th to 90th, principal from the 90th (content/guides/pay-bands.md)",
  };
}
