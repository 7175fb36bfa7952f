import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("/api/health", () => {
  it("answers 503 when the database cannot be reached, on /api/health and /api/health/ready", async () => {
    // Port 1 on loopback refuses connections at once.
    vi.stubEnv("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none");
    const globalForDb = globalThis as { __ladderDb?: unknown; __ladderProbe?: unknown };
    delete globalForDb.__ladderDb;
    delete globalForDb.__ladderProbe;
    for (const route of [await import("@/app/api/health/route"), await import("@/app/api/health/ready/route")]) {
      const response = await route.GET();
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(await response.json()).toEqual({
        status: "unavailable",
        database: "unreachable",
        migrations: "unknown",
        pending: [],
      });
    }
    delete globalForDb.__ladderDb;
    delete globalForDb.__ladderProbe;
  });

  it("answers liveness without a database", async () => {
    vi.stubEnv("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none");
    const { GET } = await import("@/app/api/health/live/route");
    const response = GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});
