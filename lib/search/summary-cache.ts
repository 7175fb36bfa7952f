/**
 * A short-lived, per-process cache of search totals and facets. They do not depend on the
 * sort, the page or the limit, so "Load more", a sort change and back/forward reuse them,
 * and a popular search is counted once per TTL instead of once per visitor. Result pages
 * themselves are never cached. Writers call invalidateSearchCache(); other processes see a
 * change within TTL_MS. SEARCH_SUMMARY_CACHE=0 turns it off (the benchmark's raw runs).
 */
const TTL_MS = 30_000;
const MAX_ENTRIES = 1_000;

const entries = new Map<string, { at: number; value: Promise<unknown> }>();
const databaseIds = new WeakMap<object, number>();
let nextDatabaseId = 1;
let generation = 0;

export function cachedSummary<T>(database: object, key: string, load: () => Promise<T>): Promise<T> {
  if (process.env.SEARCH_SUMMARY_CACHE === "0") return load();
  let id = databaseIds.get(database);
  if (id === undefined) databaseIds.set(database, (id = nextDatabaseId++));
  const fullKey = `${id}:${generation}:${key}`;
  const now = Date.now();
  const hit = entries.get(fullKey);
  if (hit && now - hit.at < TTL_MS) {
    // Re-insert: Map order doubles as least-recently-used order.
    entries.delete(fullKey);
    entries.set(fullKey, hit);
    return hit.value as Promise<T>;
  }
  const value = load();
  entries.set(fullKey, { at: now, value });
  value.catch(() => entries.delete(fullKey));
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}

/** Forgets every cached summary of this process (call after writing listings). */
export function invalidateSearchCache() {
  generation++;
  entries.clear();
}
