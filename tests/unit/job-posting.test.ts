import { describe, expect, it } from "vitest";
import { markdownToHtml } from "@/lib/markdown/markdown";
import { countryOf, placeOf } from "@/lib/recruiters/regions";
import { jobPostingJsonLd, type JobPostingSource } from "@/lib/seo/job-posting";
import { serializeJsonLd } from "@/lib/seo/json-ld";

const ORIGIN = "https://ladder.example";

function listing(overrides: Partial<JobPostingSource> = {}): JobPostingSource {
  return {
    id: 4711,
    slug: "senior-backend-engineer-acme-4711",
    title: "Senior Backend Engineer",
    description: "**Build** the payments API.\n\nWhat you will do:\n- Design services\n- Review code",
    employmentType: "full_time",
    workplace: "onsite",
    location: "Berlin, Germany",
    country: "Germany",
    applicantRegions: [],
    salaryMin: 70000,
    salaryMax: 90000,
    salaryCurrency: "EUR",
    salaryPeriod: "year",
    publishedAt: new Date("2026-11-20T09:00:00Z"),
    validThrough: new Date("2026-12-20T09:00:00Z"),
    company: { name: "Acme", website: "https://acme.example" },
    ...overrides,
  };
}

type Json = Record<string, unknown>;
const GOOGLE_EMPLOYMENT = [
  "FULL_TIME",
  "PART_TIME",
  "CONTRACTOR",
  "TEMPORARY",
  "INTERN",
  "VOLUNTEER",
  "PER_DIEM",
  "OTHER",
];
const UNITS = ["HOUR", "DAY", "WEEK", "MONTH", "YEAR"];
const isIsoDate = (v: unknown) => typeof v === "string" && !Number.isNaN(Date.parse(v)) && /^\d{4}-\d\d-\d\dT/.test(v);

/**
 * Google's JobPosting rules (developers.google.com/search/docs/appearance/structured-data/job-posting),
 * checked on the JSON a crawler reads: the list of what is wrong, empty when valid.
 * Required: title, description, datePosted, hiringOrganization (name), jobLocation with a
 * PostalAddress, or for fully remote roles jobLocationType TELECOMMUTE with
 * applicantLocationRequirements. Recommended: validThrough, baseSalary (currency and a
 * QuantitativeValue with unitText), employmentType, identifier, directApply.
 */
function googleIssues(posting: Json, expect: { remote: boolean; pay: boolean; validThrough: boolean }): string[] {
  const issues: string[] = [];
  if (posting["@context"] !== "https://schema.org" || posting["@type"] !== "JobPosting") issues.push("@type");
  if (typeof posting.title !== "string" || !posting.title) issues.push("title");
  if (typeof posting.description !== "string" || !/<p>/.test(posting.description)) issues.push("description (HTML)");
  if (!isIsoDate(posting.datePosted)) issues.push("datePosted");
  const org = posting.hiringOrganization as Json | undefined;
  if (org?.["@type"] !== "Organization" || typeof org.name !== "string" || !org.name)
    issues.push("hiringOrganization.name");
  if (expect.remote) {
    if (posting.jobLocationType !== "TELECOMMUTE") issues.push("jobLocationType");
    const reqs = posting.applicantLocationRequirements as Json[] | undefined;
    if (
      !Array.isArray(reqs) ||
      reqs.length === 0 ||
      reqs.some((r) => !r.name || !["Country", "AdministrativeArea"].includes(String(r["@type"])))
    )
      issues.push("applicantLocationRequirements");
  } else {
    const address = (posting.jobLocation as Json | undefined)?.address as Json | undefined;
    if (address?.["@type"] !== "PostalAddress" || !address.addressLocality || !address.addressCountry)
      issues.push("jobLocation.address");
  }
  if (expect.validThrough ? !isIsoDate(posting.validThrough) : "validThrough" in posting) issues.push("validThrough");
  const salary = posting.baseSalary as Json | undefined;
  if (expect.pay) {
    const value = salary?.value as Json | undefined;
    const figures =
      value &&
      (typeof value.value === "number" || (typeof value.minValue === "number" && typeof value.maxValue === "number"));
    if (
      salary?.["@type"] !== "MonetaryAmount" ||
      !/^[A-Z]{3}$/.test(String(salary.currency)) ||
      value?.["@type"] !== "QuantitativeValue" ||
      !figures ||
      !UNITS.includes(String(value.unitText))
    )
      issues.push("baseSalary");
  } else if (salary) issues.push("baseSalary (no pay shown)");
  if (!GOOGLE_EMPLOYMENT.includes(String(posting.employmentType))) issues.push("employmentType");
  const id = posting.identifier as Json | undefined;
  if (id?.["@type"] !== "PropertyValue" || !id.name || !id.value) issues.push("identifier");
  if (typeof posting.directApply !== "boolean") issues.push("directApply");
  return issues;
}

/** The markup as a crawler reads it: through the serializer and JSON.parse. */
const read = (job: JobPostingSource) => JSON.parse(serializeJsonLd(jobPostingJsonLd(job, ORIGIN))) as Json;

describe("JobPosting JSON-LD", () => {
  it("an open on-site listing carries every required and recommended property", () => {
    const p = read(listing());
    expect(googleIssues(p, { remote: false, pay: true, validThrough: true })).toEqual([]);
    expect(p).toMatchObject({
      title: "Senior Backend Engineer",
      url: `${ORIGIN}/jobs/senior-backend-engineer-acme-4711`,
      datePosted: "2026-11-20T09:00:00.000Z",
      validThrough: "2026-12-20T09:00:00.000Z",
      hiringOrganization: { name: "Acme", sameAs: "https://acme.example" },
      jobLocation: { address: { addressLocality: "Berlin", addressCountry: "DE" } },
      baseSalary: { currency: "EUR", value: { minValue: 70000, maxValue: 90000, unitText: "YEAR" } },
      employmentType: "FULL_TIME",
      identifier: { value: "4711" },
      directApply: false,
    });
    expect(p.description).toContain("<strong>Build</strong>");
    expect(p.description).toContain("<li>Design services</li>");
  });

  it("a remote listing has TELECOMMUTE and where applicants may live, and no office", () => {
    const p = read(
      listing({
        workplace: "remote",
        location: "Remote (United States, Europe)",
        country: null,
        applicantRegions: ["United States", "Europe", "UTC−8 to UTC−5"],
      }),
    );
    expect(googleIssues(p, { remote: true, pay: true, validThrough: true })).toEqual([]);
    expect(p.jobLocation).toBeUndefined();
    expect(p.applicantLocationRequirements).toEqual([
      { "@type": "Country", name: "US" },
      { "@type": "AdministrativeArea", name: "Europe" },
    ]);
    // The seed's remote listings name the region only in their location line.
    const seeded = read(listing({ workplace: "remote", location: "Remote (United Kingdom)", applicantRegions: [] }));
    expect(seeded.applicantLocationRequirements).toEqual([{ "@type": "Country", name: "GB" }]);
  });

  it("an hourly contract states its unit, and one figure is a single value", () => {
    const p = read(
      listing({
        employmentType: "contract",
        salaryMin: 85,
        salaryMax: 85,
        salaryCurrency: "USD",
        salaryPeriod: "hour",
        validThrough: null,
      }),
    );
    expect(googleIssues(p, { remote: false, pay: true, validThrough: false })).toEqual([]);
    expect(p.baseSalary).toEqual({
      "@type": "MonetaryAmount",
      currency: "USD",
      value: { "@type": "QuantitativeValue", value: 85, unitText: "HOUR" },
    });
    expect(p.employmentType).toBe("CONTRACTOR");
  });

  it("a listing without pay has no baseSalary (never a made-up figure)", () => {
    const p = read(listing({ salaryMin: null, salaryMax: null, employmentType: "internship" }));
    expect(googleIssues(p, { remote: false, pay: false, validThrough: true })).toEqual([]);
    expect(p.employmentType).toBe("INTERN");
  });

  it("the checker itself refuses a posting missing what Google requires", () => {
    const broken = read(listing());
    delete broken.datePosted;
    delete broken.jobLocation;
    expect(googleIssues(broken, { remote: false, pay: true, validThrough: true })).toEqual([
      "datePosted",
      "jobLocation.address",
    ]);
  });

  it("no listing text can close the script element, and the JSON reads back unchanged", () => {
    const hostile = listing({
      title: "Engineer </script><script>alert(1)</script>",
      description: "Hi </SCRIPT><img src=x onerror=alert(1)> <!-- & \u2028 [x](javascript:alert(1))",
      company: { name: "A<b>&Co", website: null },
    });
    const text = serializeJsonLd(jobPostingJsonLd(hostile, ORIGIN));
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toContain("\u2028");
    const back = JSON.parse(text) as Json;
    expect(back.title).toBe("Engineer </script><script>alert(1)</script>");
    expect((back.hiringOrganization as Json).name).toBe("A<b>&Co");
    // The description's HTML escapes typed tags and drops the refused link's target.
    expect(back.description).toContain("&lt;/SCRIPT&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(back.description).not.toContain("javascript:");
  });
});

describe("markdownToHtml", () => {
  it("keeps allowed links and turns refused ones into their words", () => {
    expect(markdownToHtml("[site](https://a.example) and [bad](javascript:alert(1))")).toBe(
      '<p><a href="https://a.example/">site</a> and bad</p>',
    );
  });
});

describe("the office address of a location line", () => {
  it.each([
    ["New York, NY; San Francisco, CA", { locality: "New York", region: "NY", country: "United States" }],
    ["San Francisco, CA", { locality: "San Francisco", region: "CA", country: "United States" }],
    ["Austin, TX | Denver, CO", { locality: "Austin", region: "TX", country: "United States" }],
    ["Berlin, Germany / Remote", { locality: "Berlin", region: null, country: "Germany" }],
    ["London, UK or Remote", { locality: "London", region: null, country: "United Kingdom" }],
    ["Toronto, ON", { locality: "Toronto", region: "ON", country: "Canada" }],
    ["Vancouver, BC, CA", { locality: "Vancouver", region: "BC", country: "CA" }],
    ["Portland, OR, USA", { locality: "Portland", region: "OR", country: "United States" }],
    ["Lisbon, PT", { locality: "Lisbon", region: null, country: "PT" }],
    // The rule's price: a state code right after the city is the state ("Munich, DE" reads as Delaware).
    ["Dover, DE", { locality: "Dover", region: "DE", country: "United States" }],
    ["Berlin, Germany", { locality: "Berlin", region: null, country: "Germany" }],
    ["Amsterdam", { locality: "Amsterdam", region: null, country: null }],
  ])("%j is %j", (line, place) => {
    expect(placeOf(line)).toEqual(place);
  });

  it("a listing in several places carries the first one's address, not a country made of a state code", () => {
    const p = read(listing({ location: "New York, NY; San Francisco, CA", country: null }));
    expect(p.jobLocation).toMatchObject({
      address: { addressLocality: "New York", addressRegion: "NY", addressCountry: "US" },
    });
    // The country column of a hand-typed "Los Angeles, CA" is the United States, not "CA".
    expect(countryOf("onsite", "Los Angeles, CA", [])).toBe("United States");
  });
});
