/* Where applicants to a remote role may live. A fixed list (validated on the server) so
   that listings say it the same way and a later filter can rely on the values. */

export const APPLICANT_REGIONS = [
  { value: "Worldwide", group: "Region" },
  { value: "North America", group: "Region" },
  { value: "Latin America", group: "Region" },
  { value: "Europe", group: "Region" },
  { value: "EMEA", group: "Region" },
  { value: "Asia-Pacific", group: "Region" },
  { value: "United States", group: "Country" },
  { value: "Canada", group: "Country" },
  { value: "United Kingdom", group: "Country" },
  { value: "Ireland", group: "Country" },
  { value: "Germany", group: "Country" },
  { value: "France", group: "Country" },
  { value: "Netherlands", group: "Country" },
  { value: "Spain", group: "Country" },
  { value: "Portugal", group: "Country" },
  { value: "Poland", group: "Country" },
  { value: "India", group: "Country" },
  { value: "Australia", group: "Country" },
  { value: "UTC−8 to UTC−5", group: "Time zones" },
  { value: "UTC−5 to UTC−3", group: "Time zones" },
  { value: "UTC−1 to UTC+3", group: "Time zones" },
  { value: "UTC+3 to UTC+6", group: "Time zones" },
  { value: "UTC+7 to UTC+10", group: "Time zones" },
] as const;

export type ApplicantRegion = (typeof APPLICANT_REGIONS)[number]["value"];
export const REGION_VALUES = APPLICANT_REGIONS.map((r) => r.value) as [ApplicantRegion, ...ApplicantRegion[]];

/** The location line of a remote listing, as the seed writes it: "Remote (Europe)". */
export function remoteLocation(regions: readonly string[]): string {
  return regions.length ? `Remote (${regions.join(", ")})` : "Remote";
}

/** The country column: the one country a listing names, else null. */
export function countryOf(workplace: string, location: string, regions: readonly string[]): string | null {
  if (workplace === "remote") {
    const countries = regions.filter((r) => APPLICANT_REGIONS.some((a) => a.value === r && a.group === "Country"));
    return regions.length === 1 && countries.length === 1 ? countries[0]! : null;
  }
  const parts = location
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 1 ? parts[parts.length - 1]! : null;
}
