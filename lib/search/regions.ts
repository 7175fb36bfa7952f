/*
 * Where a remote role's applicants may live is stored as regions ("Remote (Europe)", the
 * applicant regions of lib/recruiters/regions.ts). A search for a country must find the
 * remote roles open to a region containing it: this table says which.
 */

const EUROPE = ["Europe", "EMEA"];
const AMERICAS_NORTH = ["North America"];
const LATAM = ["Latin America"];
const APAC = ["Asia-Pacific"];
const MENA = ["EMEA"];

/** Country (and its common short names), folded, to the applicant regions that contain it; "Worldwide" contains all. */
const COUNTRY_REGIONS: Record<string, string[]> = {
  germany: EUROPE,
  deutschland: EUROPE,
  france: EUROPE,
  netherlands: EUROPE,
  "the netherlands": EUROPE,
  spain: EUROPE,
  portugal: EUROPE,
  poland: EUROPE,
  ireland: EUROPE,
  "united kingdom": EUROPE,
  uk: EUROPE,
  switzerland: EUROPE,
  austria: EUROPE,
  italy: EUROPE,
  belgium: EUROPE,
  sweden: EUROPE,
  norway: EUROPE,
  denmark: EUROPE,
  finland: EUROPE,
  "czech republic": EUROPE,
  czechia: EUROPE,
  romania: EUROPE,
  greece: EUROPE,
  ukraine: EUROPE,
  "united states": AMERICAS_NORTH,
  usa: AMERICAS_NORTH,
  us: AMERICAS_NORTH,
  canada: AMERICAS_NORTH,
  mexico: [...AMERICAS_NORTH, ...LATAM],
  brazil: LATAM,
  argentina: LATAM,
  colombia: LATAM,
  chile: LATAM,
  peru: LATAM,
  india: APAC,
  australia: APAC,
  "new zealand": APAC,
  singapore: APAC,
  japan: APAC,
  philippines: APAC,
  indonesia: APAC,
  vietnam: APAC,
  "south africa": MENA,
  nigeria: MENA,
  kenya: MENA,
  egypt: MENA,
  israel: MENA,
  "united arab emirates": MENA,
  uae: MENA,
  turkey: [...EUROPE],
};

/**
 * Text folded as ladder_fold folds place names: accents off, lower case, spaces collapsed
 * (a test checks both agree on the place names above and accented ones).
 */
export function foldPlace(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The regions a remote role may name for an applicant in `place` (a country), or [] when it is not a known country. */
export function regionsContaining(place: string): string[] {
  const regions = COUNTRY_REGIONS[foldPlace(place)];
  return regions ? [...regions, "Worldwide"] : [];
}

/**
 * Why a remote listing matched a country search: the applicant region on its location line
 * ("Remote (Europe)") that contains the country searched for ("Germany"), or null when the
 * listing matched by its own place (or is not remote, or the search is not a country).
 * Mirrors the location filter of lib/search/conditions.ts, for the card to say so.
 */
export function matchedRegion(searchLocation: string | undefined, job: { workplace: string; location: string }) {
  if (!searchLocation || job.workplace !== "remote") return null;
  const place = foldPlace(job.location);
  if (place.includes(foldPlace(searchLocation))) return null;
  return regionsContaining(searchLocation).find((r) => place.includes(foldPlace(r))) ?? null;
}
