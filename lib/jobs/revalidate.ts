import "server-only";
import { revalidateTag } from "next/cache";
import { LISTINGS_TAG } from "@/lib/guides/cached";
import { invalidateSearchCache } from "@/lib/search/summary-cache";

/**
 * Call after any write that changes which listings are open (publish, close, edit,
 * expiry): guide figures and pages are marked stale and search totals recounted.
 */
export function revalidateListings() {
  revalidateTag(LISTINGS_TAG, "max");
  invalidateSearchCache();
}
