import type { SearchParams } from "@/lib/search/params";
import { toQueryString } from "@/lib/search/params";

/**
 * The canonical path of a search page: the same filters, whatever order they were typed
 * in (`level=senior&level=mid` and `level=mid&level=senior` are one page), first page,
 * default order and page size. Sort, cursor and limit only reorder or page the same set,
 * so they are left out. Returns "/jobs" or "/jobs?<query>".
 */
export function canonicalSearchPath(p: SearchParams): string {
  const sorted = (v: readonly string[] | undefined) => (v ? [...v].sort() : undefined);
  const qs = toQueryString({
    ...p,
    workplace: sorted(p.workplace) as SearchParams["workplace"],
    level: sorted(p.level) as SearchParams["level"],
    type: sorted(p.type) as SearchParams["type"],
    skill: sorted(p.skill),
    sort: undefined,
    limit: undefined,
    cursor: undefined,
  });
  return qs ? `/jobs?${qs}` : "/jobs";
}
