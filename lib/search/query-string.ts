import { EMPLOYMENT_TYPES, JOB_LEVELS, WORKPLACES } from "@/db/enums";
import { isCleanText } from "@/lib/validation/clean-text";
import { decodeCursor } from "./cursor";
import type { SearchParams } from "./params";

/*
 * The search's query string without zod, for the browser: /jobs reads its URL on every
 * change, and zod was 30 kB of the page's JavaScript. The server validates with the schema
 * in ./params.ts (field-level errors for the API and the page); `readSearchParams` here
 * follows the same rules and gives the same result as its lenient parse (tested side by side
 * in tests/unit/search-query-string.test.ts).
 */

export type RawParams = Record<string, string | string[] | undefined>;

/** URLSearchParams to the plain shape the schema reads (repeated keys become arrays). */
export function fromURLSearchParams(sp: URLSearchParams): RawParams {
  const out: RawParams = {};
  for (const key of new Set(sp.keys())) {
    const all = sp.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

/** The canonical query string of a search (stable order; defaults left out). */
export function toQueryString(p: Partial<SearchParams>, opts: { cursor?: boolean } = {}): string {
  const sp = new URLSearchParams();
  if (p.q) sp.set("q", p.q);
  for (const key of ["workplace", "level", "type", "skill"] as const) for (const v of p[key] ?? []) sp.append(key, v);
  if (p.salaryMin !== undefined) sp.set("salaryMin", String(p.salaryMin));
  if (p.includeNoSalary) sp.set("includeNoSalary", "1");
  if (p.company) sp.set("company", p.company);
  if (p.location) sp.set("location", p.location);
  if (p.postedWithin !== undefined) sp.set("postedWithin", String(p.postedWithin));
  if (p.guide) sp.set("guide", p.guide);
  if (p.sort && p.sort !== (p.q ? "relevance" : "newest")) sp.set("sort", p.sort);
  if (p.limit !== undefined && p.limit !== 20) sp.set("limit", String(p.limit));
  if (opts.cursor && p.cursor) sp.set("cursor", p.cursor);
  return sp.toString();
}

const BAD = Symbol("bad");
type Read<T> = T | undefined | typeof BAD;

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const SORTS = ["relevance", "newest", "salary", "match"] as const;

const firstOf = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const blank = (v: string | undefined) => v === undefined || v.trim() === "";

function text(v: string | undefined, max: number, collapse: boolean): Read<string> {
  if (v === undefined) return undefined;
  const t = collapse ? v.trim().replace(/\s+/g, " ") : v.trim();
  if (!t) return undefined;
  return t.length <= max && isCleanText(t) ? t : BAD;
}

function many<T extends string>(v: string | string[] | undefined, ok: (x: string) => x is T, max: number): Read<T[]> {
  if (v === undefined) return undefined;
  const list = [
    ...new Set(
      (Array.isArray(v) ? v : [v])
        .flatMap((x) => x.split(","))
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ];
  if (!list.length) return undefined;
  return list.length <= max && list.every(ok) ? (list as T[]) : BAD;
}

function whole(v: string | undefined, min: number, max: number): Read<number> {
  if (blank(v)) return undefined;
  const n = Number(v);
  return Number.isInteger(n) && n >= min && n <= max ? n : BAD;
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (x: string): x is T =>
    (values as readonly string[]).includes(x);
const isSlug = (x: string): x is string => SLUG.test(x);

/** One pass of the schema's rules: the params, and the names of the parameters that broke one. */
function readOnce(raw: RawParams): { params: SearchParams; bad: Set<string> } {
  const bad = new Set<string>();
  for (const k of [
    "q",
    "salaryMin",
    "includeNoSalary",
    "company",
    "location",
    "postedWithin",
    "guide",
    "sort",
    "cursor",
    "limit",
  ])
    if (Array.isArray(raw[k]) && raw[k].length > 1) bad.add(k);
  const take = <T>(key: string, value: Read<T>): T | undefined => {
    if (value === BAD) {
      bad.add(key);
      return undefined;
    }
    return value;
  };
  const one = (key: string) => {
    const v = firstOf(raw[key]);
    return v === undefined || blank(v) ? undefined : v;
  };
  const flag = one("includeNoSalary") ?? "0";
  const includeNoSalary = take("includeNoSalary", ["0", "1", "true", "false"].includes(flag) ? flag : BAD);
  const limit = take("limit", whole(one("limit"), 1, 50));
  const q = take("q", text(firstOf(raw.q), 200, true));
  const sortRaw = one("sort");
  let sort = take("sort", sortRaw === undefined ? undefined : oneOf(SORTS)(sortRaw) ? sortRaw : BAD);
  const cursorRaw = one("cursor");
  let cursor = take("cursor", cursorRaw === undefined ? undefined : decodeCursor(cursorRaw) ? cursorRaw : BAD);
  if (sort === "relevance" && !q) {
    bad.add("sort");
    sort = undefined;
  }
  const cursorSort = cursor === undefined ? null : decodeCursor(cursor)?.s;
  if (cursorSort && !bad.has("sort") && cursorSort !== (sort ?? (q ? "relevance" : "newest"))) {
    bad.add("cursor");
    cursor = undefined;
  }
  const params: SearchParams = {
    q,
    workplace: take("workplace", many(raw.workplace, oneOf(WORKPLACES), 3)),
    level: take("level", many(raw.level, oneOf(JOB_LEVELS), 5)),
    type: take("type", many(raw.type, oneOf(EMPLOYMENT_TYPES), 5)),
    salaryMin: take("salaryMin", whole(one("salaryMin"), 0, 5_000_000)),
    includeNoSalary: includeNoSalary === "1" || includeNoSalary === "true",
    company: take("company", one("company") === undefined ? undefined : isSlug(one("company")!) ? one("company") : BAD),
    skill: take("skill", many(raw.skill, isSlug, 10)),
    location: take("location", text(firstOf(raw.location), 100, false)),
    postedWithin: take("postedWithin", whole(one("postedWithin"), 1, 365)),
    guide: take("guide", one("guide") === undefined ? undefined : isSlug(one("guide")!) ? one("guide") : BAD),
    sort: sort ?? (q ? "relevance" : "newest"),
    cursor,
    limit: limit ?? 20,
  };
  return { params, bad };
}

/**
 * A search's parameters as the /jobs page applies them: a bad parameter is dropped and the
 * rest still applies (the same result as parseSearchParamsLenient's params in ./params.ts).
 */
export function readSearchParams(raw: RawParams): SearchParams {
  const first = readOnce(raw);
  if (first.bad.size === 0) return first.params;
  const kept = Object.fromEntries(Object.entries(raw).filter(([k]) => !first.bad.has(k)));
  const second = readOnce(kept);
  return second.bad.size === 0 ? second.params : readOnce({}).params;
}
