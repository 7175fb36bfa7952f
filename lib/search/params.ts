import { z } from "zod";
import { EMPLOYMENT_TYPES, JOB_LEVELS, WORKPLACES } from "@/db/enums";
import { decodeCursor, type SearchSort } from "./cursor";
import { failure, ok, type Issue, type Result } from "@/lib/result";
import { isCleanText } from "@/lib/validation/fields";
import type { RawParams } from "./query-string";

/** Search parameters, shared by /jobs and GET /api/jobs (same names in both). */
// "match" (best match) needs a signed-in user: /api/jobs answers 400 without one, /jobs drops it.
export const SORTS = ["relevance", "newest", "salary", "match"] as const satisfies readonly SearchSort[];
export const MAX_LIMIT = 50;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const blankToUndefined = (v: unknown) => {
  const f = first(v);
  return typeof f === "string" && f.trim() === "" ? undefined : f;
};
/** Repeatable parameters: `?level=mid&level=senior` or `?level=mid,senior`. */
const many = <T extends z.ZodType>(item: T, max: number, label: string) =>
  z.preprocess(
    (v) => {
      if (v === undefined) return undefined;
      const list = (Array.isArray(v) ? v : [v])
        .flatMap((x) => String(x).split(","))
        .map((x) => x.trim())
        .filter(Boolean);
      return list.length ? [...new Set(list)] : undefined;
    },
    z.array(item).max(max, `At most ${max} ${label}`).optional(),
  );
const slug = (what: string) => z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, `Not a valid ${what}`);
const wholeNumber = (min: number, max: number, what: string) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: `${what} must be a number` })
      .int(`${what} must be a whole number`)
      .min(min, `${what} must be at least ${min.toLocaleString("en-US")}`)
      .max(max, `${what} must be at most ${max.toLocaleString("en-US")}`)
      .optional(),
  );

export const searchParamsSchema = z
  .object({
    q: z.preprocess(
      (v) => (typeof first(v) === "string" ? (first(v) as string).trim().replace(/\s+/g, " ") || undefined : undefined),
      z
        .string()
        .max(200, "Search text can be at most 200 characters")
        .refine((v) => isCleanText(v), "Remove the control characters from the search text")
        .optional(),
    ),
    workplace: many(z.enum(WORKPLACES, { error: "Workplace must be remote, hybrid or onsite" }), 3, "workplaces"),
    level: many(z.enum(JOB_LEVELS, { error: "Level must be junior, mid, senior, lead or principal" }), 5, "levels"),
    type: many(
      z.enum(EMPLOYMENT_TYPES, { error: "Type must be full_time, part_time, contract, freelance or internship" }),
      5,
      "types",
    ),
    salaryMin: wholeNumber(0, 5_000_000, "Minimum salary"),
    includeNoSalary: z.preprocess(
      (v) => blankToUndefined(v) ?? "0",
      z
        .enum(["0", "1", "true", "false"], { error: "includeNoSalary must be 1 or 0" })
        .transform((v) => v === "1" || v === "true"),
    ),
    company: z.preprocess(blankToUndefined, slug("company").optional()),
    skill: many(slug("skill"), 10, "skills"),
    location: z.preprocess(
      (v) => (typeof first(v) === "string" ? (first(v) as string).trim() || undefined : undefined),
      z
        .string()
        .max(100, "Location can be at most 100 characters")
        .refine((v) => isCleanText(v), "Remove the control characters from the location")
        .optional(),
    ),
    postedWithin: wholeNumber(1, 365, "Posted within (days)"),
    guide: z.preprocess(blankToUndefined, slug("guide").optional()),
    sort: z.preprocess(
      blankToUndefined,
      z.enum(SORTS, { error: "Sort must be relevance, newest, salary or match" }).optional(),
    ),
    cursor: z.preprocess(
      blankToUndefined,
      z
        .string()
        .refine((c) => decodeCursor(c) !== null, "Malformed cursor")
        .optional(),
    ),
    limit: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "Limit must be a number" })
        .int("Limit must be a whole number")
        .min(1, `Limit must be 1 to ${MAX_LIMIT}`)
        .max(MAX_LIMIT, `Limit must be 1 to ${MAX_LIMIT}`)
        .default(20),
    ),
  })
  .superRefine((p, ctx) => {
    if (p.sort === "relevance" && !p.q) {
      ctx.addIssue({ code: "custom", path: ["sort"], message: "Relevance sort needs a search query (q)" });
    }
    const cursor = p.cursor === undefined ? null : decodeCursor(p.cursor);
    if (cursor && cursor.s !== (p.sort ?? (p.q ? "relevance" : "newest"))) {
      ctx.addIssue({ code: "custom", path: ["cursor"], message: "This cursor belongs to another sort order" });
    }
  })
  .transform((p) => ({ ...p, sort: p.sort ?? (p.q ? ("relevance" as const) : ("newest" as const)) }));

export type SearchParams = z.output<typeof searchParamsSchema> & {
  /** The words as tsquery text, resolved with the skills' aliases (lib/search/terms.ts); not part of the URL. */
  tsq?: string;
  /**
   * Whether the planner expects the words in at most RARE_WORDS_SHARE of listings (set with
   * `tsq`): their newest matches are then read by window (newestMatches), else newest first.
   */
  rareWords?: boolean;
};

export { fromURLSearchParams, toQueryString, type RawParams } from "./query-string";

/** Parameters that take one value: given twice (`limit=20&limit=x`), the request is refused. */
const SCALARS = [
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
] as const;

/**
 * Validates a search's parameters: the params, or an `invalid` Failure with one issue per
 * parameter, named as in the URL ("level", not "level.0"). A scalar parameter given more
 * than once is an issue of its own (which value was meant cannot be known).
 */
export function parseSearchParams(raw: RawParams): Result<SearchParams> {
  const repeated: Issue[] = SCALARS.filter((k) => Array.isArray(raw[k]) && raw[k].length > 1).map((k) => ({
    path: k,
    message: `${k} was given ${(raw[k] as string[]).length} times; give it once`,
  }));
  const result = searchParamsSchema.safeParse(raw);
  if (result.success && repeated.length === 0) return ok(result.data);
  const issues = [
    ...repeated,
    ...(result.success
      ? []
      : result.error.issues.map((i) => ({ path: String(i.path[0] ?? "query"), message: i.message }))),
  ].filter((issue, n, all) => all.findIndex((x) => x.path === issue.path) === n);
  return failure("invalid", "Invalid search parameters", issues);
}

/**
 * For pages: a bad parameter is reported and dropped while the rest of the search still
 * applies (an API call gets a 400 instead).
 */
export function parseSearchParamsLenient(raw: RawParams): { params: SearchParams; issues: Issue[] } {
  const first = parseSearchParams(raw);
  if (first.ok) return { params: first.value, issues: [] };
  const bad = new Set(first.issues.map((i) => i.path));
  const kept = Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k)));
  const second = parseSearchParams(kept);
  return { params: second.ok ? second.value : searchParamsSchema.parse({}), issues: first.issues };
}
