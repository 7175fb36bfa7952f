import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("/api/health", () => {
  it("answers 503 when the database cannot be reached", async () => {
    // Port 1 on loopback refuses connections at once.
    vi.stubEnv("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none");
    const globalForDb = globalThis as { __ladderDb?: unknown };
    delete globalForDb.__ladderDb;
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: "unreachable" });
    delete globalForDb.__ladderDb;
  });
});
