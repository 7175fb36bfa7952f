import "server-only";
import { revalidateTag } from "next/cache";
import { LISTINGS_TAG } from "@/lib/guides/cached";

/**
 * Call after any write that changes which listings are open (publish, close, edit,
 * expiry, removal): cached guide figures and listing and company data expire at once, so
 * the next request reads the write (not stale-while-revalidate: a removed listing must not
 * be shown open once more). Search totals and facets are never
 * cached, so the next search on any instance counts the write.
 */
export function revalidateListings() {
  revalidateTag(LISTINGS_TAG, { expire: 0 });
}
