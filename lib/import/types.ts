import type { Pay } from "@/lib/pay/parse";

/**
 * One posting as a source adapter reads it (lib/import/sources), before Ladder's mapping
 * (lib/import/map.ts) decides level, family, workplace, pay and skills.
 */
export type RawPosting = {
  /** The posting's id at the source: with the source, what finds its listing again. */
  externalId: string;
  title: string;
  /** The description as HTML (already entity-decoded where the source encodes it). */
  descriptionHtml: string;
  /** The posting's page at the source, where applicants apply. */
  url: string;
  /** Every location the source names ("Berlin, Germany", "Remote - US"). */
  locations: string[];
  /** The source's workplace field as it says it ("remote", "Hybrid", "TELECOMMUTE"). */
  workplaceHint: string | null;
  remote: boolean | null;
  /** Where a remote role hires (schema.org applicantLocationRequirements, Ashby countries). */
  regionHints: string[];
  employmentTypeHint: string | null;
  /** Pay from the source's structured fields, when it has them. */
  pay: Pay | null;
  /** Other words about pay (a salary description, a compensation summary). */
  payText: string | null;
  postedAt: Date | null;
  validThrough: Date | null;
};

/** A posting that could not be used, and why (counted as "skipped" with the reason). */
export type Skip = { externalId: string | null; reason: string };

export type SourceRead = { postings: RawPosting[]; skipped: Skip[] };

/** A source's answer could not be used at all: the sync records `message` and changes nothing. */
export class SourceError extends Error {}
