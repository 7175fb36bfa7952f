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

/** The country column: the one country a listing names, else null (see placeOf). */
export function countryOf(workplace: string, location: string, regions: readonly string[]): string | null {
  if (workplace === "remote") {
    const countries = regions.filter((r) => APPLICANT_REGIONS.some((a) => a.value === r && a.group === "Country"));
    return regions.length === 1 && countries.length === 1 ? countries[0]! : null;
  }
  return placeOf(location).country;
}

// USPS codes of the states, DC and the territories, and Canada's provinces and territories:
// "Austin, TX" is in the United States and "Toronto, ON" in Canada, whatever else "CA" means.
const US_STATES = new Set(
  (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK " +
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP"
  ).split(" "),
);
const CA_PROVINCES = new Set("AB BC MB NB NL NS NT NU ON PE QC SK YT".split(" "));
// Ways listings write a country that the country column spells out.
const COUNTRY_NAMES: Record<string, string> = {
  US: "United States",
  USA: "United States",
  "U.S.": "United States",
  "U.S.A.": "United States",
  "United States of America": "United States",
  UK: "United Kingdom",
};

/** The structured address of a location line: the first place it names, split into its parts. */
export type Place = { locality: string; region: string | null; country: string | null };

/**
 * The first place of a location line, as a postal address's parts (pure). A line naming
 * several places ("New York, NY; San Francisco, CA", "Berlin / Munich", "London or Remote",
 * "Austin | Denver") gives its first. Of "City, ST", "City, Region, Country" and "City, Country":
 * a last part that is a US state code (or a Canadian province's) right after the city is that
 * state, and the country is the United States (Canada); only otherwise is a two-letter last part
 * a country code ("Toronto, ON, CA" is in Canada, "Los Angeles, CA" in California). "US", "USA"
 * and "UK" read as the countries' names. A line of one part has no country. The rule's price:
 * a two-letter country code that is also a state code ("Munich, DE") reads as the state.
 */
export function placeOf(location: string): Place {
  const first =
    location
      .split(/\s*(?:;|\||\s\/\s|\sor\s)\s*/i)
      .map((p) => p.trim())
      .find(Boolean) ?? location.trim();
  const parts = first
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return { locality: parts[0] ?? first, region: null, country: null };
  const last = parts[parts.length - 1]!;
  const code = last.toUpperCase();
  if (parts.length === 2 && /^[A-Z]{2}$/.test(last)) {
    if (US_STATES.has(code)) return { locality: parts[0]!, region: code, country: "United States" };
    if (CA_PROVINCES.has(code)) return { locality: parts[0]!, region: code, country: "Canada" };
  }
  const country = COUNTRY_NAMES[last] ?? COUNTRY_NAMES[code] ?? last;
  const region = parts.length > 2 ? parts[parts.length - 2]! : null;
  return { locality: parts.slice(0, parts.length > 2 ? -2 : -1).join(", "), region, country };
}
