import crypto from "node:crypto";
import { and, desc, eq, gt, sql } from "drizzle-orm";
import type { Database } from "@/db";
import type { AlertFrequency } from "@/db/enums";
import { jobs, savedSearches, type SavedSearch } from "@/db/schema";
import { fromURLSearchParams, parseSearchParams, toQueryString } from "@/lib/search/params";
import { searchConditions } from "@/lib/search/conditions";
import { getJobsBySearch } from "@/lib/search/query";
import { rowsOf } from "@/db/rows";
import { failure, ok, type Result } from "@/lib/result";

const newToken = () => crypto.randomBytes(32).toString("base64url");
/** "New since you last looked" counts stop here ("100+"). */
export const NEW_COUNT_CAP = 100;
/**
 * The most saved searches one account keeps. Each costs a capped count on /me/searches and a
 * digest; 50 is far above what job seekers keep on the boards we compare with, and bounds both.
 */
export const MAX_SAVED_SEARCHES = 50;

/** The canonical form of a search's query string, or null when it is not a valid search. */
export function normalizeQuery(qs: string): string | null {
  const parsed = parseSearchParams(fromURLSearchParams(new URLSearchParams(qs)));
  return parsed.ok ? toQueryString({ ...parsed.value, cursor: undefined }) : null;
}

/**
 * Saves a search under a name. The query string is stored in canonical form, and a search
 * the user already saved is not saved again (unique per user and canonical query, so a
 * double submit or a second click makes one row): the answer is the existing row, with
 * `created: false`. A query that is not a valid search: invalid, with an issue on `query`.
 */
export async function createSavedSearch(
  database: Database,
  userId: string,
  input: { name: string; query: string },
): Promise<Result<{ search: SavedSearch; created: boolean }>> {
  const query = normalizeQuery(input.query);
  if (query === null) {
    return failure("invalid", "This search cannot be saved.", [
      { path: "query", message: "This search has an invalid filter; fix it before saving" },
    ]);
  }
  const [row] = await database
    .insert(savedSearches)
    .values({ userId, name: input.name, query, feedToken: newToken() })
    .onConflictDoNothing()
    .returning();
  if (row) {
    // Checked after the insert so a burst of saves cannot pass the cap together: each sees the others' rows.
    const [kept] = await database
      .select({ n: sql<number>`count(*)::int` })
      .from(savedSearches)
      .where(eq(savedSearches.userId, userId));
    if ((kept?.n ?? 0) <= MAX_SAVED_SEARCHES) return ok({ search: row, created: true });
    await database.delete(savedSearches).where(eq(savedSearches.id, row.id));
    return failure("conflict", "You have reached the limit of saved searches.", [
      {
        path: "name",
        message: `You can keep ${MAX_SAVED_SEARCHES} saved searches; delete one you no longer use to save this one`,
      },
    ]);
  }
  const [existing] = await database
    .select()
    .from(savedSearches)
    .where(and(eq(savedSearches.userId, userId), eq(savedSearches.query, query)))
    .limit(1);
  if (!existing) return failure("conflict", "Could not save this search; try again.");
  return ok({ search: existing, created: false });
}

/**
 * The user's saved searches, newest first, each with `newCount`: how many open listings
 * appeared since they last opened it, counted up to NEW_COUNT_CAP + 1 (shown as "100+").
 * Two statements whatever the number of searches: the rows, then every capped count in one
 * `union all` (one count per search cost a round trip each: up to 3 s for 320 searches).
 */
export async function getSavedSearchesByUser(database: Database, userId: string) {
  const rows = await database
    .select()
    .from(savedSearches)
    .where(eq(savedSearches.userId, userId))
    .orderBy(desc(savedSearches.createdAt));
  // The words go through searchConditions' own parse (folded text, no alias lookup), so the
  // counts stay one statement for every saved search.
  const counted = rows.flatMap((s) => {
    const parsed = parseSearchParams(fromURLSearchParams(new URLSearchParams(s.query)));
    if (!parsed.ok) return [];
    const fresh = database
      .select({ one: sql`1` })
      .from(jobs)
      .where(and(searchConditions(parsed.value), gt(jobs.publishedAt, s.lastSeenAt)))
      .limit(NEW_COUNT_CAP + 1);
    return [sql`(select ${s.id}::int as id, (select count(*)::int from (${fresh}) as fresh) as n)`];
  });
  const counts = new Map<number, number>();
  if (counted.length > 0) {
    const result = await database.execute(sql.join(counted, sql` union all `));
    for (const r of rowsOf<{ id: number; n: number }>(result)) counts.set(Number(r.id), Number(r.n));
  }
  return rows.map((s) => ({ ...s, newCount: counts.get(s.id) ?? 0 }));
}

/** Opening a saved search resets its "new" count; returns the query to open, or null if not the user's. */
export async function openSavedSearch(database: Database, userId: string, id: number): Promise<string | null> {
  const [row] = await database
    .update(savedSearches)
    .set({ lastSeenAt: new Date() })
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)))
    .returning({ query: savedSearches.query });
  return row?.query ?? null;
}

const NOT_YOURS = "That saved search no longer exists.";

/** A new feed token: the old feed URL stops working at once. Another user's search: not_found. */
export async function resetFeedToken(database: Database, userId: string, id: number): Promise<Result> {
  const rows = await database
    .update(savedSearches)
    .set({ feedToken: newToken() })
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)))
    .returning({ id: savedSearches.id });
  return rows.length === 1 ? ok() : failure("not_found", NOT_YOURS);
}

/** Deletes one of the user's saved searches (and so its feed). Another user's search: not_found. */
export async function deleteSavedSearch(database: Database, userId: string, id: number): Promise<Result> {
  const rows = await database
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)))
    .returning({ id: savedSearches.id });
  return rows.length === 1 ? ok() : failure("not_found", NOT_YOURS);
}

/** The feed behind a token: the search and its 50 newest open listings; null for an unknown token. */
export async function getFeedByToken(database: Database, token: string) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [search] = await database.select().from(savedSearches).where(eq(savedSearches.feedToken, token)).limit(1);
  if (!search) return null;
  const parsed = parseSearchParams(fromURLSearchParams(new URLSearchParams(search.query)));
  if (!parsed.ok) return null;
  const page = await getJobsBySearch({ ...parsed.value, sort: "newest", cursor: undefined, limit: 50 }, database);
  return { search, items: page.items };
}

/**
 * Sets how often a saved search of the user is mailed (off, daily, weekly). Turning alerts
 * on again starts from now: what appeared while they were off is not sent in a heap.
 * not_found when the search is not the user's.
 */
export async function setAlertFrequency(
  database: Database,
  userId: string,
  id: number,
  frequency: AlertFrequency,
): Promise<Result> {
  const [row] = await database
    .update(savedSearches)
    .set({
      alertFrequency: frequency,
      alertsFrom: sql`case when ${savedSearches.alertFrequency} = 'off' then now() else ${savedSearches.alertsFrom} end`,
    })
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)))
    .returning({ id: savedSearches.id });
  return row ? ok() : failure("not_found", "Unknown saved search.");
}
