/*
 * A listing view is counted at most once per client address and listing in a window, so
 * a reload, a back-and-forth or a script hammering the view route cannot inflate the
 * company's figures. Per process and in memory: a count, not a security boundary (several
 * instances may each count one view of the same visit).
 */

/** One view per address and listing in this window. Milliseconds. */
export const VIEW_WINDOW_MS = 30 * 60 * 1000;
/** Remembered (address, listing) pairs at most; the oldest are forgotten first. */
const MAX_ENTRIES = 50_000;

/**
 * Remembers views by key; `firstInWindow(key, now)` is true when the key was not seen in the
 * last VIEW_WINDOW_MS (and records it), false otherwise.
 */
export class ViewDedupe {
  private seen = new Map<string, number>();

  constructor(
    private windowMs = VIEW_WINDOW_MS,
    private maxEntries = MAX_ENTRIES,
  ) {}

  firstInWindow(key: string, now = Date.now()): boolean {
    const at = this.seen.get(key);
    if (at !== undefined && now - at < this.windowMs) return false;
    // Re-inserted so the Map's order stays oldest first.
    this.seen.delete(key);
    this.seen.set(key, now);
    while (this.seen.size > this.maxEntries) this.seen.delete(this.seen.keys().next().value!);
    return true;
  }
}
