import type { AdministrativeArea, JobPosting, MonetaryAmount, Place, WithContext } from "schema-dts";
import type { EMPLOYMENT_TYPES, PAY_PERIODS, WORKPLACES } from "@/lib/enums";
import { markdownToHtml } from "@/lib/markdown/markdown";
import { APPLICANT_REGIONS, placeOf } from "@/lib/recruiters/regions";

/** What the JobPosting markup reads from a listing (a row of getJobBySlug). */
export type JobPostingSource = {
  id: number;
  slug: string;
  title: string;
  description: string;
  employmentType: (typeof EMPLOYMENT_TYPES)[number];
  workplace: (typeof WORKPLACES)[number];
  location: string;
  country: string | null;
  applicantRegions: string[];
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string;
  salaryPeriod: (typeof PAY_PERIODS)[number];
  publishedAt: Date | null;
  validThrough: Date | null;
  company: { name: string; website: string | null; logoUrl?: string | null };
};

// Google's employmentType values (developers.google.com/search/docs/appearance/structured-data/job-posting).
const EMPLOYMENT: Record<JobPostingSource["employmentType"], string> = {
  full_time: "FULL_TIME",
  part_time: "PART_TIME",
  contract: "CONTRACTOR",
  freelance: "CONTRACTOR",
  internship: "INTERN",
};

const UNIT: Record<JobPostingSource["salaryPeriod"], string> = {
  hour: "HOUR",
  day: "DAY",
  week: "WEEK",
  month: "MONTH",
  year: "YEAR",
};

// ISO 3166-1 alpha-2 codes of the countries listings name (the seed's places and the
// posting form's applicant countries); Google asks for the code. Others keep their name.
const COUNTRY_CODE: Record<string, string> = {
  "United States": "US",
  Canada: "CA",
  "United Kingdom": "GB",
  Ireland: "IE",
  Germany: "DE",
  France: "FR",
  Netherlands: "NL",
  Spain: "ES",
  Portugal: "PT",
  Poland: "PL",
  India: "IN",
  Australia: "AU",
};

function countryCode(name: string): string {
  return COUNTRY_CODE[name] ?? name;
}

/**
 * Where applicants to a remote role may live: the listing's applicant regions, else the
 * ones named in its location line ("Remote (Europe)", as the seed writes it). Countries
 * become `Country` (by ISO code), regions `AdministrativeArea`; time-zone bands name no
 * place and are left out. An empty list means "anywhere" to the reader.
 */
function applicantLocations(job: JobPostingSource): AdministrativeArea[] {
  const named = job.applicantRegions.length
    ? job.applicantRegions
    : (/^Remote \((.+)\)$/
        .exec(job.location)?.[1]
        ?.split(",")
        .map((s) => s.trim()) ?? []);
  return named.flatMap((value): AdministrativeArea[] => {
    const known = APPLICANT_REGIONS.find((r) => r.value === value);
    if (known?.group === "Time zones") return [];
    if (known?.group === "Country" || COUNTRY_CODE[value]) return [{ "@type": "Country", name: countryCode(value) }];
    return [{ "@type": "AdministrativeArea", name: value }];
  });
}

/**
 * The office of an on-site or hybrid role, from the first place its location line names
 * (placeOf): "Berlin, Germany" → Berlin, DE; "New York, NY; San Francisco, CA" → New York,
 * NY, US.
 */
function officePlace(job: JobPostingSource): Place {
  const place = placeOf(job.location);
  const country = place.country ?? job.country;
  return {
    "@type": "Place",
    address: {
      "@type": "PostalAddress",
      addressLocality: place.locality || job.location,
      ...(place.region ? { addressRegion: place.region } : {}),
      ...(country ? { addressCountry: countryCode(country) } : {}),
    },
  };
}

/**
 * schema.org `JobPosting` for an open listing, following Google's job posting guidelines:
 * the required title, description (HTML), datePosted, hiringOrganization and jobLocation
 * (for fully remote roles `jobLocationType: TELECOMMUTE` with
 * applicantLocationRequirements instead), and the recommended validThrough (only when the
 * listing has an end date), baseSalary (a MonetaryAmount with a QuantitativeValue range
 * and unitText HOUR/DAY/WEEK/MONTH/YEAR; left out when the employer shows no pay),
 * employmentType, identifier (Ladder's listing id) and directApply. `url` is the
 * listing's absolute address on `origin` (lib/public-origin.ts).
 *
 * directApply is false: the listing's Apply button leads to the employer's own site or
 * mail, where the application is made, not on the listing's page.
 * Callers give it open listings only: closed ones carry no markup.
 */
export function jobPostingJsonLd(job: JobPostingSource, origin: string): WithContext<JobPosting> {
  const company = job.company;
  const posting: WithContext<JobPosting> = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: job.title,
    description: markdownToHtml(job.description),
    url: `${origin}/jobs/${job.slug}`,
    datePosted: (job.publishedAt ?? new Date()).toISOString(),
    hiringOrganization: {
      "@type": "Organization",
      name: company.name,
      ...(company.website ? { sameAs: company.website } : {}),
      ...(company.logoUrl ? { logo: company.logoUrl } : {}),
    },
    employmentType: EMPLOYMENT[job.employmentType],
    identifier: { "@type": "PropertyValue", name: "Ladder", value: String(job.id) },
    directApply: false,
  };
  if (job.validThrough) posting.validThrough = job.validThrough.toISOString();
  if (job.workplace === "remote") {
    posting.jobLocationType = "TELECOMMUTE";
    posting.applicantLocationRequirements = applicantLocations(job);
  } else {
    posting.jobLocation = officePlace(job);
  }
  const pay = baseSalary(job);
  if (pay) posting.baseSalary = pay;
  return posting;
}

/** The pay as a MonetaryAmount: a min-max range, or one value when only one figure (or two equal ones) is given; null without pay. */
function baseSalary(job: JobPostingSource): MonetaryAmount | null {
  const { salaryMin: min, salaryMax: max } = job;
  if (min === null && max === null) return null;
  const unitText = UNIT[job.salaryPeriod];
  return {
    "@type": "MonetaryAmount",
    currency: job.salaryCurrency,
    value:
      min !== null && max !== null && min !== max
        ? { "@type": "QuantitativeValue", minValue: min, maxValue: max, unitText }
        : { "@type": "QuantitativeValue", value: (min ?? max)!, unitText },
  };
}
