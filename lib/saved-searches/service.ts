import crypto from "node:crypto";
import { and, desc, eq, gt, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { jobs, savedSearches } from "@/db/schema";
import { fromURLSearchParams, parseSearchParams, toQueryString } from "@/lib/search/params";
import { getJobsBySearch, searchConditions } from "@/lib/search/query";

const newToken = () => crypto.randomBytes(32).toString("base64url");
/** "New since you last looked" counts stop here ("100+"). */
export const NEW_COUNT_CAP = 100;

/** The canonical form of a search's query string, or null when it is not a valid search. */
export function normalizeQuery(qs: string): string | null {
  const parsed = parseSearchParams(fromURLSearchParams(new URLSearchParams(qs)));
  return parsed.ok ? toQueryString({ ...parsed.params, cursor: undefined }) : null;
}

export async function createSavedSearch(database: Database, userId: string, input: { name: string; query: string }) {
  const query = normalizeQuery(input.query);
  if (query === null) return null;
  const [row] = await database
    .insert(savedSearches)
    .values({ userId, name: input.name, query, feedToken: newToken() })
    .returning();
  return row!;
}

/** The user's saved searches, each with how many open listings appeared since they last opened it. */
export async function getSavedSearchesByUser(database: Database, userId: string) {
  const rows = await database
    .select()
    .from(savedSearches)
    .where(eq(savedSearches.userId, userId))
    .orderBy(desc(savedSearches.createdAt));
  return Promise.all(
    rows.map(async (s) => {
      const parsed = parseSearchParams(fromURLSearchParams(new URLSearchParams(s.query)));
      if (!parsed.ok) return { ...s, newCount: 0 };
      const [count] = await database.select({ n: sql<number>`count(*)::int` }).from(
        database
          .select({ one: sql`1` })
          .from(jobs)
          .where(and(searchConditions(parsed.params), gt(jobs.publishedAt, s.lastSeenAt)))
          .limit(NEW_COUNT_CAP + 1)
          .as("fresh"),
      );
      return { ...s, newCount: count?.n ?? 0 };
    }),
  );
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

/** A new feed token: the old feed URL stops working at once. */
export async function resetFeedToken(database: Database, userId: string, id: number): Promise<boolean> {
  const rows = await database
    .update(savedSearches)
    .set({ feedToken: newToken() })
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)))
    .returning({ id: savedSearches.id });
  return rows.length === 1;
}

export async function deleteSavedSearch(database: Database, userId: string, id: number): Promise<boolean> {
  const rows = await database
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)))
    .returning({ id: savedSearches.id });
  return rows.length === 1;
}

/** The feed behind a token: the search and its 50 newest open listings; null for an unknown token. */
export async function getFeedByToken(database: Database, token: string) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [search] = await database.select().from(savedSearches).where(eq(savedSearches.feedToken, token)).limit(1);
  if (!search) return null;
  const parsed = parseSearchParams(fromURLSearchParams(new URLSearchParams(search.query)));
  if (!parsed.ok) return null;
  const page = await getJobsBySearch({ ...parsed.params, sort: "newest", cursor: undefined, limit: 50 }, database);
  return { search, items: page.items };
}
