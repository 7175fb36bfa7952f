import "server-only";
import { revalidateTag } from "next/cache";
import { LISTINGS_TAG } from "@/lib/guides/cached";

/**
 * Call after any write that changes which listings are open (publish, close, edit,
 * expiry): guide figures and pages are marked stale. Search totals and facets are never
 * cached, so the next search on any instance counts the write.
 */
export function revalidateListings() {
  revalidateTag(LISTINGS_TAG, "max");
}
