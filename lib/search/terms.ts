import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { rowsOf } from "@/db/rows";
import type { SearchParams } from "./params";
import { tsquerySelectivity, type WordStats } from "./selectivity";

/*
 * The words of a search (web-search syntax: words, "phrases", -exclusions, OR) turned into
 * one tsquery, with a skill's other names added: "golang" also finds "Go", "k8s"
 * "Kubernetes", "node js" "Node.js". Every word goes through ladder_fold (migration 0012),
 * the normalization the stored vector uses, so C#, .NET, IT and Zürich mean the same on
 * both sides. Aliases live with the skills (skills.terms); a query's phrases of up to three
 * words are compared with them, longest first.
 */

type Item = { text: string; negated: boolean; phrase: boolean };
/** AND of clauses; a clause is an OR of items. */
type Parsed = Item[][];

const MAX_NGRAM = 3;

/** Web-search syntax, as websearch_to_tsquery reads it: OR binds two neighbours, a leading - excludes. */
export function parseQuery(q: string): Parsed {
  const clauses: Parsed = [];
  let joinNext = false;
  for (const m of q.matchAll(/(-?)"([^"]*)"?|(\S+)/g)) {
    let item: Item | null = null;
    if (m[2] !== undefined) {
      const text = m[2].trim();
      if (text) item = { text, negated: m[1] === "-", phrase: true };
    } else {
      const word = m[3]!;
      if (word.toUpperCase() === "OR") {
        joinNext = clauses.length > 0;
        continue;
      }
      const negated = word.length > 1 && word.startsWith("-");
      // Sentence punctuation around a word is not part of it ("C++," or "(Go)"); the
      // symbols of the trade inside or at the end of one are (C#, C++, .NET, CI/CD).
      const text = (negated ? word.slice(1) : word).replace(/^[("'[]+|[)"',;:!?\]]+$/g, "").replace(/\.$/, "");
      if (text) item = { text, negated, phrase: false };
    }
    if (!item) continue;
    if (joinNext && clauses.length) clauses[clauses.length - 1]!.push(item);
    else clauses.push([item]);
    joinNext = false;
  }
  return clauses;
}

/*
 * Lower-case "it". ladder_fold keeps "IT" in capitals as a word (the english stop list drops
 * "it"), but people type lower case. "it" reads as IT when the query is that word alone
 * ("it"), when a word that names IT work follows it ("it support", "It operations", "senior
 * it manager"), when a level or contract word precedes it ("senior it", "freelance it"), or
 * in "head of it" / "director of it". Anywhere else it stays the pronoun the stop list drops,
 * so a sentence ("make it scale", "is it remote") searches as before. Inside a quoted phrase
 * the same rule reads the phrase's own words.
 */
const IT_NEXT = new Set(
  (
    "support helpdesk help desk servicedesk operations ops manager managers management admin administrator " +
    "administrators administration security technician technicians specialist specialists consultant " +
    "consultants consulting infrastructure infra service services director analyst analysts engineer " +
    "engineers engineering project projects auditor audit governance architect architecture systems " +
    "department team lead coordinator procurement asset compliance risk sales recruiter trainer " +
    "generalist professional professionals apprentice apprenticeship intern internship graduate jobs job " +
    "roles role positions careers network networks networking officer head staff contractor"
  ).split(" "),
);
const IT_BEFORE = new Set(["junior", "senior", "principal", "freelance", "contract", "entry-level", "remote"]);
const IT_OWNER = new Set(["head", "director", "vp", "chief", "manager"]);

/** `words` with each lower- or mixed-case "it" that reads as IT (the rule above) written "IT". */
export function readLowercaseIT(words: string[]): string[] {
  const lower = words.map((w) => w.toLowerCase());
  return words.map((w, i) => {
    if (lower[i] !== "it" || w === "IT") return w;
    const reads =
      words.length === 1 ||
      IT_NEXT.has(lower[i + 1] ?? "") ||
      IT_BEFORE.has(lower[i - 1] ?? "") ||
      (lower[i - 1] === "of" && IT_OWNER.has(lower[i - 2] ?? ""));
    return reads ? "IT" : w;
  });
}

/** The parsed query with lower-case "it" read by readLowercaseIT: across its words, and in each phrase. */
function withLowercaseIT(clauses: Parsed): Parsed {
  const words = clauses.flat().filter((item) => !item.phrase);
  const read = readLowercaseIT(words.map((item) => item.text));
  const byItem = new Map(words.map((item, i) => [item, read[i]!]));
  return clauses.map((c) =>
    c.map((item) =>
      item.phrase
        ? { ...item, text: readLowercaseIT(item.text.split(/\s+/)).join(" ") }
        : { ...item, text: byItem.get(item)! },
    ),
  );
}

/**
 * Groups runs of plain words (AND-ed, not negated, not phrases) into the longest phrases
 * (up to MAX_NGRAM words) that `isTerm` knows, so "amazon web services" is one item.
 */
function groupTerms(clauses: Parsed, isTerm: (text: string) => boolean): Parsed {
  const out: Parsed = [];
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    const plain = (k: number) => {
      const x = clauses[k];
      return x && x.length === 1 && !x[0]!.negated && !x[0]!.phrase;
    };
    if (!plain(i)) {
      out.push(c);
      continue;
    }
    let taken = 1;
    for (let n = MAX_NGRAM; n > 1; n--) {
      if (![...Array(n).keys()].every((k) => plain(i + k))) continue;
      const text = clauses
        .slice(i, i + n)
        .map((x) => x[0]!.text)
        .join(" ");
      if (isTerm(text)) {
        out.push([{ text, negated: false, phrase: true }]);
        taken = n;
        break;
      }
    }
    if (taken === 1) out.push(c);
    i += taken - 1;
  }
  return out;
}

function candidates(clauses: Parsed): string[] {
  const out = new Set<string>();
  clauses.forEach((c, i) => {
    for (const item of c) out.add(item.text);
    for (let n = 2; n <= MAX_NGRAM && i + n <= clauses.length; n++) {
      const run = clauses.slice(i, i + n);
      if (run.every((x) => x.length === 1 && !x[0]!.negated && !x[0]!.phrase))
        out.add(run.map((x) => x[0]!.text).join(" "));
    }
  });
  return [...out];
}

type TermRow = { text: string; own: string; alias: string | null };

/**
 * The search's words as tsquery text (e.g. `'go' | 'golang'`), "" when nothing searchable
 * is left (only stop words). One small statement: each candidate phrase folded and parsed
 * by Postgres, with the terms of the skill it names, if any.
 */
export async function resolveTextQuery(q: string, database: Database): Promise<string> {
  const parsed = withLowercaseIT(parseQuery(q));
  const texts = candidates(parsed);
  if (texts.length === 0) return "";
  const values = sql.join(
    texts.map((t) => sql`(${t})`),
    sql`, `,
  );
  const result = await database.execute(sql`
    select c.x as text, phraseto_tsquery('english', ladder_fold(c.x))::text as own,
      (select string_agg(distinct '(' || phraseto_tsquery('english', t)::text || ')', ' | ')
         from skills s, unnest(s.terms) t
         where ladder_fold(c.x) = any(s.terms) and phraseto_tsquery('english', t)::text <> '') as alias
    from (values ${values}) as c(x)`);
  const byText = new Map(rowsOf<TermRow>(result).map((r) => [r.text, r]));
  const grouped = groupTerms(parsed, (text) => Boolean(byText.get(text)?.alias));
  const itemQuery = (item: Item) => {
    const row = byText.get(item.text);
    const body = row?.alias ?? row?.own ?? "";
    if (!body) return "";
    return item.negated ? `!(${body})` : `(${body})`;
  };
  return grouped
    .map((clause) => {
      const parts = clause.map(itemQuery).filter(Boolean);
      return parts.length > 1 ? `(${parts.join(" | ")})` : (parts[0] ?? "");
    })
    .filter(Boolean)
    .join(" & ");
}

/**
 * The share of listings up to which words count as rare: their newest matches are read by
 * publication window through the words' GIN index (newestMatches), else by walking the
 * listings newest first. Measured with EXPLAIN ANALYZE at 1,000,000 listings (2 shared
 * cores): the GIN index hands over a word's matches at roughly 0.1-1 us each, per window,
 * so for "backend" (250,000 matches) one window cost more than the walk to its newest 500
 * (25% of listings match: ~2,000 rows); for "rust" (0.7%) the walk reads ~70,000 rows and
 * the windows read ~800.
 */
export const RARE_WORDS_SHARE = 0.05;

/** The params with the words resolved (`tsq`, `rareWords`), once per search; unchanged without words. */
export async function withTextQuery<P extends SearchParams>(p: P, database: Database): Promise<P> {
  if (!p.q || p.tsq !== undefined) return p;
  const tsq = await resolveTextQuery(p.q, database);
  return { ...p, tsq, rareWords: tsq ? await wordsAreRare(tsq, database) : false };
}

/**
 * Whether the planner's estimate of the listings holding the words is at most
 * RARE_WORDS_SHARE of all: the planner's own arithmetic (tsquerySelectivity) over the
 * search_vector statistics (wordStats), no statement per search. Two EXPLAINs did this
 * before (the words' row estimate and the table's); their ratio is this selectivity up to
 * rounding to whole rows. It only picks how the newest matches are read, never which.
 */
async function wordsAreRare(tsq: string, database: Database): Promise<boolean> {
  return tsquerySelectivity(tsq, await wordStats(database)) <= RARE_WORDS_SHARE;
}

/** How long a process keeps the statistics: they change only when (auto)ANALYZE runs. */
const WORD_STATS_TTL_MS = 60_000;
const statsCache = new WeakMap<object, { at: number; stats: Promise<WordStats> }>();

/**
 * The planner's statistics of `jobs.search_vector` (pg_stats: most common elements, their
 * frequencies, the null share), cached per database for WORD_STATS_TTL_MS; null when the
 * column was never analyzed (the planner then assumes 0.005 per word, as tsquerySelectivity
 * does). `fresh` skips the cache.
 */
export async function wordStats(database: Database, opts: { fresh?: boolean } = {}): Promise<WordStats> {
  const hit = statsCache.get(database);
  if (!opts.fresh && hit && Date.now() - hit.at < WORD_STATS_TTL_MS) return hit.stats;
  const stats = loadWordStats(database);
  statsCache.set(database, { at: Date.now(), stats });
  stats.catch(() => statsCache.delete(database));
  return stats;
}

async function loadWordStats(database: Database): Promise<WordStats> {
  const [row] = rowsOf<{ elems: string[] | null; freqs: number[] | string | null; null_frac: number | string }>(
    await database.execute(sql`
      select most_common_elems::text::text[] as elems, most_common_elem_freqs::float8[] as freqs, null_frac::float8 as null_frac
      from pg_stats
      where schemaname = current_schema() and tablename = 'jobs' and attname = 'search_vector' and not inherited`),
  );
  if (!row) return null;
  const freqs = (typeof row.freqs === "string" ? row.freqs.replace(/[{}]/g, "").split(",") : (row.freqs ?? [])).map(
    (x) => Math.fround(Number(x)),
  );
  const elems = row.elems ?? [];
  // MCELEM holds two more numbers than elements (the least and greatest frequency); else the planner ignores it.
  const ok = elems.length > 0 && freqs.length === elems.length + 2;
  return {
    freq: new Map(ok ? elems.map((e, i) => [e, freqs[i]!]) : []),
    elems: ok ? elems : [],
    minFreq: ok ? freqs[freqs.length - 2]! : null,
    nullFrac: Number(row.null_frac),
  };
}
