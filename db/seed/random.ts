import slugifyText from "@sindresorhus/slugify";
import { SLUG_OPTIONS } from "../slug-options";

/** A small seeded PRNG (mulberry32): the same seed gives the same listings on every run. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  /** Picks by weight: entries are [value, weight]. */
  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let roll = next() * total;
    for (const [value, w] of entries) {
      roll -= w;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]![0];
  };
  /** `count` distinct items, in a stable shuffled order. */
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, Math.max(0, Math.min(count, copy.length)));
  };
  return { next, int, pick, weighted, sample, chance: (p: number) => next() < p };
}

export type Random = ReturnType<typeof createRandom>;

/** The seed's slugs: the library and options lib/slug.ts uses (db/slug-options.ts). */
export function slugify(text: string): string {
  return slugifyText(text, SLUG_OPTIONS);
}
