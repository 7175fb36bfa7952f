import type { EmploymentType, JobLevel, Workplace } from "@/db/schema";
import { REGION_VALUES, type ApplicantRegion } from "@/lib/recruiters/regions";

/*
 * What a posting's words say about it, for the fields a source has no column for: level
 * (from the title), employment type, workplace and the regions a remote role hires in.
 * Pure functions, each with unit tests on titles and fields seen on real boards.
 */

// Checked in order, so "Senior Staff Engineer" is staff (lead) and "Lead Data Engineer II" is lead.
const LEVELS: [RegExp, JobLevel][] = [
  [/\bhead of\b|\bdirector\b|\bvp\b|\bvice president\b/i, "principal"],
  [/\bprincipal\b|\bdistinguished\b|\bfellow\b/i, "principal"],
  [/\bstaff\b|\blead\b|\bengineering manager\b/i, "lead"],
  [/\bsenior\b|\bsr\b\.?|\biii\b|\biv\b|\b(?:engineer|developer)\s+(?:3|4)\b/i, "senior"],
  [/\bii\b|\b(?:engineer|developer)\s+2\b|\bmid[- ]level\b|\bintermediate\b/i, "mid"],
  [
    /\bjunior\b|\bjr\b\.?|\bassociate\b|\bentry[- ]level\b|\bgraduate\b|\bnew grad\b|\bintern(ship)?\b|\bapprentice\b|\b(?:engineer|developer)\s+(?:i|1)\b/i,
    "junior",
  ],
];

/** The level a title names (Junior/Associate/I, II, III/Senior/Sr., Staff/Lead, Principal/Head of); "mid" when it names none. */
export function levelFromTitle(title: string): JobLevel {
  for (const [pattern, level] of LEVELS) if (pattern.test(title)) return level;
  return "mid";
}

/**
 * The employment type from a source's words (Lever's commitment "Full-time", Ashby's
 * "FullTime", schema.org's "FULL_TIME"/"CONTRACTOR"/"INTERN"), else from the title
 * ("Intern"), else full time.
 */
export function employmentTypeFrom(hint: string | null | undefined, title = ""): EmploymentType {
  const h = (hint ?? "").toLowerCase().replace(/[\s_-]+/g, "");
  if (/intern/.test(h) || /\bintern(ship)?\b/i.test(title)) return "internship";
  if (/parttime/.test(h)) return "part_time";
  if (/freelance/.test(h)) return "freelance";
  if (/contract|temporary|temp\b|fixedterm/.test(h) || /\bcontract(or)?\b/i.test(title)) return "contract";
  return "full_time";
}

/**
 * Remote, hybrid or on-site: the source's own field first (Lever "remote"/"hybrid"/
 * "on-site", Ashby "Remote"/"Hybrid"/"OnSite" or isRemote, schema.org "TELECOMMUTE"),
 * else the words of the locations and title ("Remote - US", "Berlin (Hybrid)").
 */
export function workplaceFrom(
  hint: string | null | undefined,
  remoteFlag: boolean | null | undefined,
  texts: string[],
): Workplace {
  const h = (hint ?? "").toLowerCase().replace(/[\s_-]+/g, "");
  if (h === "remote" || h === "telecommute") return "remote";
  if (h === "hybrid") return "hybrid";
  if (h === "onsite" || h === "inoffice") return "onsite";
  const words = texts.join(" ");
  if (/\bhybrid\b/i.test(words)) return "hybrid";
  if (remoteFlag || /\bremote\b|\banywhere\b|\bwork from home\b|\bdistributed\b/i.test(words)) return "remote";
  return "onsite";
}

// Words for each region of lib/recruiters/regions.ts, matched whole and case-insensitively
// (short codes case-sensitively: "US" is the country, "us" a pronoun).
const REGION_WORDS: [RegExp, ApplicantRegion][] = [
  [/\bworldwide\b|\banywhere\b|\bglobal(ly)?\b/i, "Worldwide"],
  [/\bnorth america\b|\bamericas\b/i, "North America"],
  [/\blatin america\b|\bLATAM\b|\bsouth america\b/i, "Latin America"],
  [/\bEMEA\b/, "EMEA"],
  [/\beurope\b|\beuropean union\b|\bEU\b/i, "Europe"],
  [/\basia[- ]pacific\b|\bAPAC\b/i, "Asia-Pacific"],
  [/\bunited states\b|\bUSA\b|\bUS\b|\bU\.S\.(A\.)?/, "United States"],
  [/\bcanada\b/i, "Canada"],
  [/\bunited kingdom\b|\bUK\b|\bU\.K\.|\bengland\b|\bscotland\b|\bgreat britain\b/i, "United Kingdom"],
  [/\bireland\b/i, "Ireland"],
  [/\bgermany\b|\bdeutschland\b/i, "Germany"],
  [/\bfrance\b/i, "France"],
  [/\bnetherlands\b|\bholland\b/i, "Netherlands"],
  [/\bspain\b|\bespaña\b/i, "Spain"],
  [/\bportugal\b/i, "Portugal"],
  [/\bpoland\b|\bpolska\b/i, "Poland"],
  [/\bindia\b/i, "India"],
  [/\baustralia\b/i, "Australia"],
];

/**
 * The applicant regions named in a remote role's locations ("Remote - US", "Remote (EMEA)",
 * schema.org applicantLocationRequirements "Germany"), in the order of Ladder's fixed list
 * and at most 12. Without any, an empty list: the listing reads "Remote".
 */
export function applicantRegionsFrom(texts: string[]): ApplicantRegion[] {
  const words = texts.join(" · ");
  const found = new Set<ApplicantRegion>();
  for (const [pattern, region] of REGION_WORDS) if (pattern.test(words)) found.add(region);
  return REGION_VALUES.filter((r) => found.has(r)).slice(0, 12);
}

/**
 * The same role said two ways reads the same: lowercase, "Sr."/"Jr." spelled out,
 * punctuation and a trailing "(Remote)"-style note dropped. Duplicates are the same
 * company with the same normalized title and location (lib/import/sync.ts).
 */
export function normalizeForDuplicates(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\bsr\b\.?/g, "senior")
    .replace(/\bjr\b\.?/g, "junior")
    .replace(/\b(remote|hybrid|on-?site)\b/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
