/*
 * Edit distance for "did you mean" (lib/search/suggestions.ts). pg_trgm's similarity misses
 * short words with a swapped pair ("pyhton" shares 3 of 11 trigrams with "python": 0.27,
 * under the 0.3 cut), so known words are also compared by edit distance, in TypeScript (no
 * fuzzystrmatch needed, the same on PGlite and Postgres).
 */

/**
 * Optimal string alignment distance between `a` and `b`: insertions, deletions,
 * substitutions and swaps of two neighbouring characters, each costing 1 ("pyhton" →
 * "python": 1). Returns `max + 1` as soon as the distance is known to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** The edits a word of `length` characters may be off by to count as a misspelling: none under 4, 1 up to 7, else 2. */
export const allowedEdits = (length: number) => (length < 4 ? 0 : length < 8 ? 1 : 2);

/**
 * The known words closest to a misspelled `word` (folded: lower case, no accents), best
 * first, at most `allowedEdits(word.length)` edits away; [] when `word` is itself known or
 * too short. `known` maps each word to what it suggests (a skill's terms to the skill).
 */
export function closestWords<T>(word: string, known: Map<string, T>): { value: T; distance: number }[] {
  const max = allowedEdits(word.length);
  if (max === 0 || known.has(word)) return [];
  const out: { value: T; distance: number }[] = [];
  for (const [term, value] of known) {
    const d = editDistance(word, term, max);
    if (d <= max) out.push({ value, distance: d });
  }
  return out.sort((x, y) => x.distance - y.distance);
}
