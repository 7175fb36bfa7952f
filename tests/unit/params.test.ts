import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/jobs/cursor";
import { jobListParams } from "@/lib/jobs/validation";
import { generateJob } from "@/db/seed/jobs";
import { companySeeds } from "@/db/seed/data/companies";

describe("job list parameters", () => {
  it("round-trips cursors and rejects forged ones", () => {
    const c = encodeCursor({ p: "2026-11-01T10:00:00.000Z", id: 42 });
    expect(decodeCursor(c)).toEqual({ p: "2026-11-01T10:00:00.000Z", id: 42 });
    expect(decodeCursor("not a cursor")).toBeNull();
    expect(decodeCursor(Buffer.from('{"p":"x","id":1}').toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from('{"p":"2026-01-01","id":"1"}').toString("base64url"))).toBeNull();
  });

  it("validates with field-level messages", () => {
    expect(jobListParams.parse({})).toEqual({ limit: 20 });
    expect(jobListParams.parse({ q: "  go  ", skill: "docker" })).toMatchObject({ q: "go", skill: ["docker"] });
    const bad = jobListParams.safeParse({ limit: "500", cursor: "zzz", q: "x".repeat(10_000) });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["limit", "cursor", "q"]));
  });
});

describe("listing generator", () => {
  it("is deterministic per index", () => {
    const now = new Date("2026-11-28T00:00:00Z");
    expect(generateJob(7, companySeeds, { now })).toEqual(generateJob(7, companySeeds, { now }));
    expect(generateJob(7, companySeeds, { now }).slug).not.toBe(generateJob(8, companySeeds, { now }).slug);
  });
});
