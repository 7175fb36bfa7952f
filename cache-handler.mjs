/*
 * Next's data cache (unstable_cache, the `listings` and `guides` tags) shared through Redis,
 * so that a listing written on one app server refreshes the guide figures every server shows.
 * next.config.ts loads this only when REDIS_URL is set; without it each process keeps Next's
 * own per-process cache (the embedded default never needs Redis).
 *
 * Entries: `ladder:cache:<key>` = JSON {value, lastModified, tags}, expiring after the
 * entry's revalidate time plus a day. Tags: hash `ladder:tags` tag -> ms of its last
 * revalidation. Next checks tag revalidations in a map of its own process, which the other
 * servers never see, so `get` checks them here: an entry older than a revalidation of any of
 * its tags is a miss and is computed afresh on every server (a revalidation expires entries
 * here, where Next alone would serve the stale entry once while it refreshes).
 * If Redis does not answer, `get` misses and `set` is skipped: pages still render. While the
 * client is not connected (Redis down, or still connecting) they do so at once, without
 * waiting on a command: each lookup used to wait its 1 s timeout, and a guide page, which
 * makes several, took 2.8-4.9 s per request with Redis unreachable (review of issue 19).
 * A tag revalidation still tries (up to 1 s): the other servers depend on it.
 */
import { Redis } from "ioredis";

// REDIS_CACHE_PREFIX keeps deployments (or test runs) sharing one Redis apart.
const NAMESPACE = process.env.REDIS_CACHE_PREFIX ?? "ladder:";
const PREFIX = `${NAMESPACE}cache:`;
const TAGS = `${NAMESPACE}tags`;
const DAY_SECONDS = 86_400;

/** Buffers and Maps (route and page entries carry them) survive JSON as tagged objects. */
function replacer(_key, value) {
  if (value && value.type === "Buffer" && Array.isArray(value.data)) {
    return { __buffer: Buffer.from(value.data).toString("base64") };
  }
  if (value instanceof Map) return { __map: [...value.entries()] };
  return value;
}
function reviver(_key, value) {
  if (value && typeof value === "object") {
    if (typeof value.__buffer === "string") return Buffer.from(value.__buffer, "base64");
    if (Array.isArray(value.__map)) return new Map(value.__map);
  }
  return value;
}

let client;
function redis() {
  if (client) return client;
  client = new Redis(process.env.REDIS_URL, {
    // Commands wait for the first connection (a fresh client has none yet) but never more
    // than commandTimeout: while Redis is away a page waits at most 1 s for the cache.
    maxRetriesPerRequest: 1,
    connectTimeout: 1_000,
    commandTimeout: 1_000,
    lazyConnect: false,
  });
  // Once, on creation (added on every call before: one more listener per cache lookup).
  client.on("error", () => {
    /* reported as misses; ioredis reconnects by itself */
  });
  return client;
}

/** The client, or null while it has no connection (ioredis reconnects in the background). */
function connected() {
  const c = redis();
  return c.status === "ready" ? c : null;
}

export default class RedisCacheHandler {
  constructor(options) {
    this.options = options;
  }

  async get(key, ctx) {
    const c = connected();
    if (!c) return null;
    try {
      const raw = await c.get(PREFIX + key);
      if (!raw) return null;
      const entry = JSON.parse(raw, reviver);
      const tags = [...new Set([...(entry.tags ?? []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])];
      if (tags.length > 0) {
        const revalidated = await c.hmget(TAGS, ...tags);
        if (revalidated.some((at) => at !== null && Number(at) > entry.lastModified)) return null;
      }
      return { value: entry.value, lastModified: entry.lastModified };
    } catch {
      return null;
    }
  }

  async set(key, data, ctx) {
    if (!data) return;
    const tags = [...(ctx?.tags ?? []), ...(data.tags ?? [])];
    const revalidate = typeof ctx?.revalidate === "number" ? ctx.revalidate : (data.revalidate ?? 0);
    const ttl = (typeof revalidate === "number" && revalidate > 0 ? revalidate : 0) + DAY_SECONDS;
    const c = connected();
    if (!c) return;
    try {
      await c.set(
        PREFIX + key,
        JSON.stringify({ value: data, lastModified: Date.now(), tags }, replacer),
        "EX",
        Math.ceil(ttl),
      );
    } catch {
      /* not shared this time; the next request computes it again */
    }
  }

  async revalidateTag(tags) {
    const list = (Array.isArray(tags) ? tags : [tags]).filter(Boolean);
    if (list.length === 0) return;
    const now = Date.now();
    try {
      await redis().hset(TAGS, Object.fromEntries(list.map((t) => [t, String(now)])));
    } catch {
      /* Redis away: other servers refresh on the entries' own revalidate time */
    }
  }

  resetRequestCache() {}
}
