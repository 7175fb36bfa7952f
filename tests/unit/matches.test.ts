import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { levelFit, levelFitTable, levelForYears, levelRange, levelReason } from "@/lib/matches/levels";
import { matchLabel, missingSkills, summarizeMatch } from "@/lib/matches/describe";
import { skillMaskLiteral } from "@/lib/matches/sql";

// Signed out: no session (the route must answer before touching the database).
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

describe("level fit", () => {
  it("maps years to the guide's bands", () => {
    expect([0, 1, 2, 4, 5, 7, 8, 11, 12, 30].map(levelForYears)).toEqual([
      "junior",
      "junior",
      "mid",
      "mid",
      "senior",
      "senior",
      "lead",
      "lead",
      "principal",
      "principal",
    ]);
  });

  it("fits the levels between the user's years and target, one level off half as well", () => {
    const p = { yearsExperience: 3, targetLevel: "lead" as const };
    expect(levelRange(p)).toEqual({ lo: 1, hi: 3 });
    expect(levelFitTable(p)).toEqual({ junior: 1, mid: 2, senior: 2, lead: 2, principal: 1 });
    expect(levelFitTable({ yearsExperience: 0, targetLevel: null })).toEqual({
      junior: 2,
      mid: 1,
      senior: 0,
      lead: 0,
      principal: 0,
    });
    expect(levelFit("senior", { yearsExperience: null, targetLevel: null })).toBe(0);
    expect(levelReason("principal", { yearsExperience: 1, targetLevel: null })).toBe("4 levels above you");
    expect(levelReason("junior", { yearsExperience: 6, targetLevel: null })).toBe("2 levels below you");
    expect(levelReason("mid", { yearsExperience: null, targetLevel: null })).toBeNull();
  });
});

describe("match summary", () => {
  const skills = [
    { slug: "go", name: "Go" },
    { slug: "grpc", name: "gRPC" },
    { slug: "sql", name: "SQL" },
  ];
  it("counts done skills and lists the missing ones", () => {
    const done = new Set(["go", "sql", "rust"]);
    expect(summarizeMatch(skills, done)).toEqual({ done: 2, total: 3 });
    expect(missingSkills(skills, done)).toEqual([{ slug: "grpc", name: "gRPC" }]);
    expect(matchLabel({ done: 6, total: 9 })).toBe("6 of 9 skills");
    expect(matchLabel({ done: 1, total: 1 })).toBe("1 of 1 skill");
  });

  it("lays the user's skills out like jobs.skill_mask (bit k-1 for id k, wide ids left out)", () => {
    const mask = skillMaskLiteral({ skillIds: [1, 3, 256, 300, 3], yearsExperience: null, targetLevel: null });
    expect(mask).toHaveLength(256);
    expect([...mask].flatMap((b, i) => (b === "1" ? [i + 1] : []))).toEqual([1, 3, 256]);
  });
});

describe("GET /api/jobs?sort=match", () => {
  it("answers 400 with a field-level issue when signed out", async () => {
    const { GET } = await import("@/app/api/jobs/route");
    const res = await GET(new NextRequest("http://localhost/api/jobs?sort=match"));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "Invalid search parameters",
      issues: [{ path: "sort", message: "Sorting by best match needs you to sign in" }],
    });
  });
});
