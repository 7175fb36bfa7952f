import crypto from "node:crypto";
import type { Currency, EmploymentType, JobLevel, PayPeriod, RoleFamily, Workplace } from "@/db/schema";
import { describePay, isPlausiblePay, parsePayText, type Pay } from "@/lib/pay/parse";
import { countryOf, remoteLocation } from "@/lib/recruiters/regions";
import { roleFamilyFromTitle } from "@/lib/recruiters/role-family";
import { applicantRegionsFrom, employmentTypeFrom, levelFromTitle, workplaceFrom } from "./classify";
import { htmlToMarkdown, htmlToText } from "./html";
import { tagSkills } from "./skills";
import type { RawPosting } from "./types";

/** A posting as Ladder stores it: the listing's columns an import decides. */
export type MappedListing = {
  externalId: string;
  title: string;
  roleFamily: RoleFamily | null;
  level: JobLevel;
  employmentType: EmploymentType;
  workplace: Workplace;
  location: string;
  country: string | null;
  applicantRegions: string[];
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: Currency;
  salaryPeriod: PayPeriod;
  payAsReported: string | null;
  description: string;
  sourceUrl: string;
  skillIds: number[];
  postedAt: Date | null;
  validThrough: Date | null;
};

const TITLE_MAX = 200;
const LOCATION_MAX = 300;

/**
 * Where pay comes from: the source's structured fields, else the first range written in
 * its pay text, else in the description. A figure that is not believable for its period
 * (isPlausiblePay) is kept only as text (`payAsReported`), so pay figures, percentiles and
 * the salary filter never see it.
 */
export function payColumns(structured: Pay | null, ...texts: (string | null)[]) {
  const pay = structured ?? texts.reduce<Pay | null>((found, t) => found ?? (t ? parsePayText(t) : null), null);
  if (!pay)
    return {
      salaryMin: null,
      salaryMax: null,
      salaryCurrency: "USD" as Currency,
      salaryPeriod: "year" as PayPeriod,
      payAsReported: null,
    };
  const [min, max] = pay.min <= pay.max ? [pay.min, pay.max] : [pay.max, pay.min];
  const sound = { ...pay, min: Math.round(min), max: Math.round(max) };
  if (isPlausiblePay(sound)) {
    return {
      salaryMin: sound.min,
      salaryMax: sound.max,
      salaryCurrency: sound.currency,
      salaryPeriod: sound.period,
      payAsReported: null,
    };
  }
  return {
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: sound.currency,
    salaryPeriod: sound.period,
    payAsReported: describePay(sound),
  };
}

/**
 * A source's posting as a listing's columns (pure): Markdown description (cut with a note
 * past 20,000 characters), level and family from the title (family null when the title
 * names none), workplace and a remote role's applicant regions, employment type, pay (see
 * payColumns) and skills from the shared list (title first). `skillList` is the `skills`
 * table's rows.
 */
export function mapPosting(
  raw: RawPosting,
  skillList: readonly { id: number; slug: string; name: string }[],
): MappedListing {
  const title = raw.title.replace(/\s+/g, " ").trim().slice(0, TITLE_MAX);
  const description = htmlToMarkdown(raw.descriptionHtml);
  const bodyText = htmlToText(raw.descriptionHtml);
  const locations = [...new Set(raw.locations.map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean))];
  const workplace = workplaceFrom(raw.workplaceHint, raw.remote, [...locations, title]);
  const regions = workplace === "remote" ? applicantRegionsFrom([...raw.regionHints, ...locations, title]) : [];
  const onSitePlaces = locations.filter((l) => !/^remote\b/i.test(l));
  const location = (
    workplace === "remote" ? remoteLocation(regions) : onSitePlaces.join("; ") || locations.join("; ") || "Not stated"
  ).slice(0, LOCATION_MAX);
  return {
    externalId: raw.externalId,
    title,
    roleFamily: roleFamilyFromTitle(title),
    level: levelFromTitle(title),
    employmentType: employmentTypeFrom(raw.employmentTypeHint, title),
    workplace,
    location,
    country: onSitePlaces.length > 1 ? null : countryOf(workplace, location, regions),
    applicantRegions: regions,
    ...payColumns(raw.pay, raw.payText, bodyText),
    description,
    sourceUrl: raw.url,
    skillIds: tagSkills(title, bodyText, skillList),
    postedAt: raw.postedAt,
    validThrough: raw.validThrough,
  };
}

/**
 * Bumped whenever mapPosting's rules change, so the next sync maps every posting again
 * (postingHash changes) instead of keeping listings mapped by the old rules.
 */
const MAPPING_VERSION = 2;

/**
 * A hash of what the source said about a posting (and of the mapping rules' version): a
 * re-sync maps and rewrites a listing only when it differs from the stored one, so an
 * unchanged posting costs a hash, not an HTML conversion.
 */
export function postingHash(raw: RawPosting): string {
  return crypto
    .createHash("sha256")
    .update(`${MAPPING_VERSION}\n${JSON.stringify(raw)}`)
    .digest("base64url")
    .slice(0, 22);
}
