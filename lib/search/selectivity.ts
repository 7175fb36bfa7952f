/*
 * The planner's estimate of the share of listings whose search_vector matches a tsquery,
 * computed here from the column's statistics instead of asked for with EXPLAIN (two per text
 * search, to judge whether the words are rare: lib/search/terms.ts). A port of Postgres'
 * tsmatchsel (src/backend/tsearch/ts_selfuncs.c, unchanged in 13-18): a lexeme in the most
 * common elements (MCELEM, from ANALYZE) has its frequency, any other min(0.005, least
 * frequency / 2); AND and phrase multiply, OR adds minus the product, NOT is 1 - x; a
 * prefix (word:*) sums the matching common elements; without statistics a lexeme is 0.005
 * (a prefix 0.02); the result is scaled by the share of non-null rows. Tested against
 * EXPLAIN on both databases (tests/integration/search.test.ts).
 */

const DEFAULT_TS_MATCH_SEL = 0.005;

/** The column's statistics as pg_stats gives them; null when the column was never analyzed. */
export type WordStats = {
  /** most_common_elems with their frequencies (most_common_elem_freqs, float4). */
  freq: Map<string, number>;
  /** The lexemes of `freq` in order, for prefix matches. */
  elems: string[];
  /** The least frequency among them (the second to last number of most_common_elem_freqs); null without MCELEM. */
  minFreq: number | null;
  nullFrac: number;
} | null;

type Node =
  | { op: "val"; lexeme: string; prefix: boolean }
  | { op: "not"; arg: Node }
  | { op: "and" | "or"; left: Node; right: Node };

/** Parses tsquery text as Postgres prints it ('a' & !('b' | 'c:*') <-> 'd'); precedence ! > <-> > & > |. */
export function parseTsquery(text: string): Node | null {
  let i = 0;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const primary = (): Node => {
    skip();
    const c = text[i];
    if (c === "!") {
      i++;
      return { op: "not", arg: primary() };
    }
    if (c === "(") {
      i++;
      const n = or();
      skip();
      if (text[i] !== ")") throw new Error(`tsquery: expected ) at ${i}`);
      i++;
      return n;
    }
    if (c !== "'") throw new Error(`tsquery: unexpected ${c ?? "end"} at ${i}`);
    i++;
    let lexeme = "";
    for (;;) {
      const ch = text[i];
      if (ch === undefined) throw new Error("tsquery: unterminated lexeme");
      if (ch === "\\") {
        lexeme += text[i + 1] ?? "";
        i += 2;
      } else if (ch === "'" && text[i + 1] === "'") {
        lexeme += "'";
        i += 2;
      } else if (ch === "'") {
        i++;
        break;
      } else {
        lexeme += ch;
        i++;
      }
    }
    let prefix = false;
    if (text[i] === ":") {
      const m = /^:([*ABCDabcd]*)/.exec(text.slice(i))!;
      prefix = m[1]!.includes("*");
      i += m[0].length;
    }
    return { op: "val", lexeme, prefix };
  };
  const phrase = (): Node => {
    let left = primary();
    for (;;) {
      skip();
      const m = /^<(-|\d+)>/.exec(text.slice(i));
      if (!m) return left;
      i += m[0].length;
      left = { op: "and", left, right: primary() };
    }
  };
  // One left-associative level of `operand (symbol operand)*`: & binds tighter than |.
  const chain = (operand: () => Node, symbol: string, op: "and" | "or") => (): Node => {
    let left = operand();
    for (;;) {
      skip();
      if (text[i] !== symbol) return left;
      i++;
      left = { op, left, right: operand() };
    }
  };
  const and = chain(phrase, "&", "and");
  const or = chain(and, "|", "or");
  skip();
  if (i >= text.length) return null;
  const node = or();
  skip();
  if (i < text.length) throw new Error(`tsquery: unexpected ${text[i]} at ${i}`);
  return node;
}

const clamp = (x: number) => Math.min(1, Math.max(0, x));

function nodeSelectivity(n: Node, stats: WordStats, withMcelem: boolean): number {
  let s: number;
  if (n.op === "val") {
    const minFreq = stats?.minFreq ?? 0;
    const floor = Math.min(DEFAULT_TS_MATCH_SEL, Math.fround(minFreq / 2));
    if (n.prefix) {
      const elems = stats?.elems ?? [];
      if (!withMcelem || elems.length < 100) return DEFAULT_TS_MATCH_SEL * 4;
      let matched = 0;
      let all = 0;
      let count = 0;
      for (const e of elems) {
        const f = stats!.freq.get(e)!;
        if (e.startsWith(n.lexeme)) {
          matched += f - matched * f;
          count++;
        }
        all += f - all * f;
      }
      s = Math.max(floor, clamp(matched) + (1 - clamp(all)) * (count / elems.length));
    } else {
      if (!withMcelem) return DEFAULT_TS_MATCH_SEL;
      s = stats!.freq.get(n.lexeme) ?? floor;
    }
  } else if (n.op === "not") {
    s = 1 - nodeSelectivity(n.arg, stats, withMcelem);
  } else {
    const a = nodeSelectivity(n.left, stats, withMcelem);
    const b = nodeSelectivity(n.right, stats, withMcelem);
    s = n.op === "and" ? a * b : a + b - a * b;
  }
  return clamp(s);
}

/**
 * The share (0-1) of rows the planner expects `search_vector @@ tsq::tsquery` to match, given
 * the column's statistics (`stats`, null when never analyzed). 0 for an empty query.
 * Throws on tsquery text it cannot parse.
 */
export function tsquerySelectivity(tsq: string, stats: WordStats): number {
  const node = parseTsquery(tsq);
  if (!node) return 0;
  if (!stats) return nodeSelectivity(node, null, false);
  const withMcelem = stats.minFreq !== null;
  return clamp(nodeSelectivity(node, stats, withMcelem) * (1 - stats.nullFrac));
}
