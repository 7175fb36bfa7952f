import type { SearchParams } from "./params";

/** Relevance is computed over at most this many matches (the newest); older ones follow by date. */
export const RANK_CAP = 500;
/**
 * Totals, facets and the pay histogram read at most this many of the newest matches. Up to
 * it they are exact; past it facets count the newest matches and the total is Postgres'
 * estimate (flagged), so a search costs the same at 1,000 or 1,000,000 listings.
 */
export const SAMPLE_CAP = 1_500;
/**
 * A text search samples its newest RANK_CAP matches: the same rows relevance ranks, so one
 * statement reads both (loadRankedSetWithSummary). Each match of a text search must be
 * read from the listing itself (the words are checked there, and ranked), at several
 * microseconds a row, where a search by filters alone reads its sample from an index.
 */
// Written out (the type check keeps it equal to RANK_CAP) so it is not an alias export.
export const TEXT_SAMPLE_CAP = 500 satisfies typeof RANK_CAP;
export const sampleCapFor = (p: SearchParams) => (p.q ? TEXT_SAMPLE_CAP : SAMPLE_CAP);
