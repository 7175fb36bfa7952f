import { afterAll, describe, expect, it } from "vitest";

/*
 * The shared cache handler (cache-handler.mjs) with Redis unreachable: pages must not wait on
 * it. Nothing listens on port 1, so the client never connects.
 */
process.env.REDIS_URL = "redis://127.0.0.1:1";
process.env.REDIS_CACHE_PREFIX = "ladder-test-unreachable:";
// @ts-expect-error -- a plain .mjs file without types (next.config.ts loads it by path)
const { default: RedisCacheHandler } = (await import("../../cache-handler.mjs")) as {
  default: new (options: unknown) => {
    get(key: string, ctx?: unknown): Promise<unknown>;
    set(key: string, data: unknown, ctx?: unknown): Promise<void>;
  };
};

describe("the Redis cache handler with Redis unreachable", () => {
  const handler = new RedisCacheHandler({});
  afterAll(() => {
    delete process.env.REDIS_URL;
  });

  it("misses and skips writes at once instead of waiting on each command's timeout", async () => {
    await new Promise((resolve) => setTimeout(resolve, 300)); // the first connection attempt fails
    const started = performance.now();
    for (let i = 0; i < 10; i++) {
      expect(await handler.get(`guide-${i}`, { tags: ["listings"] })).toBeNull();
      await handler.set(`guide-${i}`, { kind: "FETCH", data: {}, revalidate: 600 }, { tags: ["listings"] });
    }
    // Before: 1 s (commandTimeout) per lookup, 10 s here.
    expect(performance.now() - started).toBeLessThan(200);
  });
});
