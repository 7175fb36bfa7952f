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

function fullKeyOf(database: object, key: string) {
  let id = databaseIds.get(database);
  if (id === undefined) databaseIds.set(database, (id = nextDatabaseId++));
  return `${id}:${generation}:${key}`;
}

const enabled = () => process.env.SEARCH_SUMMARY_CACHE !== "0";

/** The cached value for `key`, if there is a fresh one (nothing is loaded). */
export function peekSummary<T>(database: object, key: string): Promise<T> | undefined {
  if (!enabled()) return undefined;
  const fullKey = fullKeyOf(database, key);
  const hit = entries.get(fullKey);
  if (!hit || Date.now() - hit.at >= TTL_MS) return undefined;
  // Re-insert: Map order doubles as least-recently-used order.
  entries.delete(fullKey);
  entries.set(fullKey, hit);
  return hit.value as Promise<T>;
}

/** Keeps a value computed elsewhere (e.g. alongside a result page) for later requests. */
export function storeSummary<T>(database: object, key: string, value: Promise<T>): Promise<T> {
  if (!enabled()) return value;
  const fullKey = fullKeyOf(database, key);
  entries.set(fullKey, { at: Date.now(), value });
  value.catch(() => entries.delete(fullKey));
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}

export function cachedSummary<T>(database: object, key: string, load: () => Promise<T>): Promise<T> {
  return peekSummary<T>(database, key) ?? storeSummary(database, key, load());
}

/** Forgets every cached summary of this process (call after writing listings). */
export function invalidateSearchCache() {
  generation++;
  entries.clear();
}
