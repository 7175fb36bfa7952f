/*
 * Next's data cache (unstable_cache) stores JSON, so a Date comes back as a string. These
 * two walk a value and mark Dates on the way in and revive them on the way out, so a cached
 * loader returns the same shape as the query it wraps.
 */

const DATE_KEY = "__date";

/** `value` with every Date replaced by `{ __date: <ISO string> }` (JSON-safe). */
export function freezeDates<T>(value: T): unknown {
  if (value instanceof Date) return { [DATE_KEY]: value.toISOString() };
  if (Array.isArray(value)) return value.map(freezeDates);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, freezeDates(v)]));
  }
  return value;
}

/** The inverse of freezeDates: `{ __date }` objects become Dates again. Typed as the original. */
export function thawDates<T>(value: unknown): T {
  return thaw(value) as T;
}

function thaw(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(thaw);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === DATE_KEY) return new Date(entries[0]![1] as string);
    return Object.fromEntries(entries.map(([k, v]) => [k, thaw(v)]));
  }
  return value;
}
