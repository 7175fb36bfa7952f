/* The JSON shapes of GET /api/jobs. Plain data, safe to import in client components. */
import type { Currency, EmploymentType, JobLevel, PayPeriod, Workplace } from "@/db/schema";

export type ApiJob = {
  id: number;
  slug: string;
  title: string;
  company: { slug: string; name: string; verified: boolean };
  level: JobLevel;
  type: EmploymentType;
  workplace: Workplace;
  location: string;
  salary: { min: number | null; max: number | null; currency: Currency; period: PayPeriod } | null;
  skills: string[];
  skillNames: string[];
  publishedAt: string;
  validThrough: string | null;
  url: string;
  /** Signed in only: how many of the listing's skills the user has done. */
  match?: { done: number; total: number };
};

export type ApiFacetValue = { value: string; label: string; count: number };

export type ApiFacets = {
  workplace: ApiFacetValue[];
  level: ApiFacetValue[];
  type: ApiFacetValue[];
  skills: ApiFacetValue[];
  companies: ApiFacetValue[];
  /**
   * True when the search matched more listings than were counted: counts are then estimates,
   * the newest `sampleSize` matches' counts scaled to the estimated total (a single chosen
   * value's count is the total). False: every count is exact.
   */
  sampled: boolean;
  sampleSize: number;
  /**
   * The facets whose counts are estimates (empty when `sampled` is false). A search whose
   * filters leave at most the cap's number of matches counts them exactly: its total and
   * the facets without a chosen value are exact; a facet with a chosen value then estimates
   * its other values (their counts need that filter off) and gives the chosen one the total.
   */
  estimates: ("workplace" | "level" | "type" | "skills" | "companies")[];
};

export type ApiHistogram = {
  buckets: { from: number; to: number; count: number }[];
  median: number | null;
  sampleSize: number;
  sampled: boolean;
};

export type ApiSuggestion = { kind: "skill" | "company" | "title"; label: string; value: string };

export type ApiSearchResponse = {
  items: ApiJob[];
  total: number;
  totalIsEstimate: boolean;
  nextCursor: string | null;
  facets: ApiFacets;
  suggestions: ApiSuggestion[];
  histogram?: ApiHistogram;
};
