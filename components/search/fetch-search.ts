import type { ErrorBody } from "@/lib/http/respond";
import type { ApiSearchResponse } from "@/lib/search/types";

export const searchKeys = {
  /** An infinite list: one search (canonical query string) from a starting cursor. */
  list: (qs: string, start: string | null) => ["jobs", qs, start] as const,
  /** One page of it; "Load more" and the next-page prefetch share this cache entry. */
  page: (qs: string, cursor: string | null, histogram: boolean) => ["jobs-page", qs, cursor, histogram] as const,
};

export async function fetchSearchPage(
  qs: string,
  cursor: string | null,
  histogram: boolean,
  signal?: AbortSignal,
): Promise<ApiSearchResponse> {
  const sp = new URLSearchParams(qs);
  if (cursor) sp.set("cursor", cursor);
  if (histogram) sp.set("histogram", "1");
  const res = await fetch(`/api/jobs?${sp}`, { signal, headers: { accept: "application/json" } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as ErrorBody | null;
    throw new Error(body?.issues?.map((i) => `${i.path}: ${i.message}`).join("; ") || `Search failed (${res.status})`);
  }
  return (await res.json()) as ApiSearchResponse;
}
