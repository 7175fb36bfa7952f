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
  estonia: EUROPE,
  latvia: EUROPE,
  lithuania: EUROPE,
  hungary: EUROPE,
  bulgaria: EUROPE,
  croatia: EUROPE,
  serbia: EUROPE,
  slovakia: EUROPE,
  slovenia: EUROPE,
  luxembourg: EUROPE,
  iceland: EUROPE,
  "south korea": APAC,
  korea: APAC,
  china: APAC,
  "hong kong": APAC,
  taiwan: APAC,
  malaysia: APAC,
  thailand: APAC,
  pakistan: APAC,
  bangladesh: APAC,
  "saudi arabia": MENA,
  morocco: MENA,
  ghana: MENA,
  uruguay: LATAM,
  "costa rica": LATAM,
};

/*
 * City (folded, with its common other spellings) to its country, as COUNTRY_REGIONS names it:
 * every city the seed places listings in (db/seed/jobs.ts PLACES) and every company's
 * headquarters (db/seed/data/companies.ts), both checked by tests/unit/regions.test.ts, and
 * the other cities tech listings commonly name. A remote role does not name a city, so a
 * city search finds the remote roles open to its country or a region containing it.
 * Ambiguous names take their best-known place (London: United Kingdom, Paris: France); an
 * on-site role in London, Ontario still matches "London" by its own place.
 */
const CITY_COUNTRY: Record<string, string> = {
  // United States
  "new york": "united states",
  "new york city": "united states",
  nyc: "united states",
  "san francisco": "united states",
  "bay area": "united states",
  "san jose": "united states",
  "palo alto": "united states",
  "mountain view": "united states",
  oakland: "united states",
  seattle: "united states",
  austin: "united states",
  boston: "united states",
  chicago: "united states",
  denver: "united states",
  boulder: "united states",
  atlanta: "united states",
  "los angeles": "united states",
  "san diego": "united states",
  "salt lake city": "united states",
  raleigh: "united states",
  portland: "united states",
  pittsburgh: "united states",
  philadelphia: "united states",
  nashville: "united states",
  minneapolis: "united states",
  miami: "united states",
  fresno: "united states",
  columbus: "united states",
  charlotte: "united states",
  arlington: "united states",
  washington: "united states",
  dallas: "united states",
  houston: "united states",
  phoenix: "united states",
  detroit: "united states",
  // Canada
  toronto: "canada",
  vancouver: "canada",
  montreal: "canada",
  ottawa: "canada",
  calgary: "canada",
  waterloo: "canada",
  // Europe
  london: "united kingdom",
  manchester: "united kingdom",
  edinburgh: "united kingdom",
  cambridge: "united kingdom",
  bristol: "united kingdom",
  glasgow: "united kingdom",
  dublin: "ireland",
  cork: "ireland",
  berlin: "germany",
  munich: "germany",
  munchen: "germany",
  hamburg: "germany",
  frankfurt: "germany",
  cologne: "germany",
  koln: "germany",
  stuttgart: "germany",
  dusseldorf: "germany",
  leipzig: "germany",
  paris: "france",
  lyon: "france",
  toulouse: "france",
  nantes: "france",
  amsterdam: "netherlands",
  rotterdam: "netherlands",
  utrecht: "netherlands",
  eindhoven: "netherlands",
  "the hague": "netherlands",
  barcelona: "spain",
  madrid: "spain",
  valencia: "spain",
  lisbon: "portugal",
  lisboa: "portugal",
  porto: "portugal",
  warsaw: "poland",
  warszawa: "poland",
  krakow: "poland",
  wroclaw: "poland",
  gdansk: "poland",
  zurich: "switzerland",
  geneva: "switzerland",
  geneve: "switzerland",
  basel: "switzerland",
  lausanne: "switzerland",
  vienna: "austria",
  wien: "austria",
  milan: "italy",
  milano: "italy",
  rome: "italy",
  turin: "italy",
  brussels: "belgium",
  antwerp: "belgium",
  stockholm: "sweden",
  gothenburg: "sweden",
  oslo: "norway",
  copenhagen: "denmark",
  helsinki: "finland",
  prague: "czech republic",
  praha: "czech republic",
  brno: "czech republic",
  bucharest: "romania",
  cluj: "romania",
  "cluj-napoca": "romania",
  athens: "greece",
  kyiv: "ukraine",
  kiev: "ukraine",
  lviv: "ukraine",
  istanbul: "turkey",
  tallinn: "estonia",
  riga: "latvia",
  vilnius: "lithuania",
  budapest: "hungary",
  sofia: "bulgaria",
  belgrade: "serbia",
  // Latin America
  "sao paulo": "brazil",
  "rio de janeiro": "brazil",
  "belo horizonte": "brazil",
  "buenos aires": "argentina",
  bogota: "colombia",
  medellin: "colombia",
  "mexico city": "mexico",
  guadalajara: "mexico",
  monterrey: "mexico",
  santiago: "chile",
  lima: "peru",
  montevideo: "uruguay",
  // Asia-Pacific
  bengaluru: "india",
  bangalore: "india",
  pune: "india",
  hyderabad: "india",
  mumbai: "india",
  delhi: "india",
  "new delhi": "india",
  gurgaon: "india",
  gurugram: "india",
  noida: "india",
  chennai: "india",
  sydney: "australia",
  melbourne: "australia",
  brisbane: "australia",
  perth: "australia",
  auckland: "new zealand",
  wellington: "new zealand",
  tokyo: "japan",
  osaka: "japan",
  seoul: "south korea",
  shanghai: "china",
  beijing: "china",
  shenzhen: "china",
  taipei: "taiwan",
  manila: "philippines",
  jakarta: "indonesia",
  "ho chi minh city": "vietnam",
  hanoi: "vietnam",
  "kuala lumpur": "malaysia",
  bangkok: "thailand",
  // EMEA beyond Europe
  "tel aviv": "israel",
  dubai: "united arab emirates",
  "abu dhabi": "united arab emirates",
  riyadh: "saudi arabia",
  cairo: "egypt",
  "cape town": "south africa",
  johannesburg: "south africa",
  lagos: "nigeria",
  nairobi: "kenya",
  accra: "ghana",
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
 * The country of a known city (`place` folded: "Zürich" and "Zurich" → "switzerland"), or
 * null when `place` is not a city of CITY_COUNTRY (a country itself, or an unknown place).
 */
export function countryOfCity(place: string): string | null {
  const key = foldPlace(place);
  if (COUNTRY_REGIONS[key]) return null;
  return CITY_COUNTRY[key] ?? null;
}

/**
 * What a remote role's location line may name to be open to someone in `place`, folded as
 * `jobs.place` is: for a country, the regions containing it plus "worldwide" (the country
 * itself is matched by the place filter already); for a known city, its country too
 * ("berlin" → germany, europe, emea, worldwide). [] for any other place, which then matches
 * by its own name only. Used by the location filter (lib/search/conditions.ts) and the card.
 */
export function remoteAreasFor(place: string): string[] {
  const country = countryOfCity(place);
  const areas = country ? [country, ...regionsContaining(country)] : regionsContaining(place);
  return [...new Set(areas.map(foldPlace))];
}

/**
 * Why a remote listing matched a country or city search: the applicant region on its
 * location line ("Remote (Europe)") that contains the country searched for ("Germany") or
 * the city's country ("Berlin": "Germany" of "Remote (Germany)", or "Europe"), as the
 * location line writes it, or null when the
 * listing matched by its own place (or is not remote, or the search is no known place).
 * Mirrors the location filter of lib/search/conditions.ts, for the card to say so.
 */
export function matchedRegion(searchLocation: string | undefined, job: { workplace: string; location: string }) {
  if (!searchLocation || job.workplace !== "remote") return null;
  const place = foldPlace(job.location);
  if (place.includes(foldPlace(searchLocation))) return null;
  const areas = remoteAreasFor(searchLocation);
  const hit = areas.find((a) => place.includes(a));
  if (!hit) return null;
  // The name as the listing writes it ("Remote (Germany)" → "Germany"), else the folded key.
  const written = job.location.split(/[(),;]/).find((part) => foldPlace(part) === hit);
  return written?.trim() || hit;
}
