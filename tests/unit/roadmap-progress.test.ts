import { describe, expect, it } from "vitest";
import { countProgress, entriesToMerge } from "@/lib/roadmap/progress";

const now = new Date("2026-11-28T12:00:00Z");
const at = (iso: string) => ({ updatedAt: iso });

describe("entriesToMerge (browser progress into an account)", () => {
  it("writes browser entries the account does not have, including a deliberate todo", () => {
    expect(
      entriesToMerge(
        {},
        { a: { status: "done", ...at("2026-11-27T00:00:00Z") }, b: { status: "todo", ...at("2026-11-27T00:00:00Z") } },
        now,
      ),
    ).toEqual([
      { slug: "a", status: "done", updatedAt: new Date("2026-11-27T00:00:00Z") },
      { slug: "b", status: "todo", updatedAt: new Date("2026-11-27T00:00:00Z") },
    ]);
  });

  it("lets the newer side win, the account on a tie, and the profile always", () => {
    const server = {
      older: { status: "learning" as const, ...at("2026-11-01T00:00:00Z") },
      newer: { status: "done" as const, ...at("2026-11-27T00:00:00Z") },
      tie: { status: "done" as const, ...at("2026-11-20T00:00:00Z") },
      profile: { status: "done" as const, updatedAt: null },
    };
    const local = {
      older: { status: "done" as const, ...at("2026-11-10T00:00:00Z") },
      newer: { status: "todo" as const, ...at("2026-11-10T00:00:00Z") },
      tie: { status: "skipped" as const, ...at("2026-11-20T00:00:00Z") },
      profile: { status: "todo" as const, ...at("2026-11-28T11:59:00Z") },
    };
    expect(entriesToMerge(server, local, now).map((w) => w.slug)).toEqual(["older"]);
  });

  it("caps browser clocks at now and ignores entries without a valid time", () => {
    const w = entriesToMerge(
      {},
      {
        f: { status: "done", ...at("2030-01-01T00:00:00Z") },
        x: { status: "done", ...at("not a date") },
        y: { status: "done", updatedAt: null },
      },
      now,
    );
    expect(w).toEqual([{ slug: "f", status: "done", updatedAt: now }]);
  });
});

describe("countProgress", () => {
  it("counts done and skipped as complete and rounds the percentage down", () => {
    const ms = ["a", "b", "c"].map((slug) => ({ slug }));
    expect(
      countProgress(ms, { a: { status: "done", updatedAt: null }, b: { status: "learning", updatedAt: null } }),
    ).toEqual({ total: 3, done: 1, learning: 1, skipped: 0, completed: 1, percent: 33 });
    expect(
      countProgress(ms, {
        a: { status: "done", updatedAt: null },
        b: { status: "skipped", updatedAt: null },
        c: { status: "done", updatedAt: null },
      }).percent,
    ).toBe(100);
    // Entries for milestones not on the roadmap do not count.
    expect(countProgress(ms, { zzz: { status: "done", updatedAt: null } }).completed).toBe(0);
  });
});

describe("parseLocalProgress (what a signed-out browser kept)", () => {
  it("keeps well-formed entries only, so a damaged value cannot block the merge", async () => {
    const { parseLocalProgress } = await import("@/components/roadmap/local-progress");
    const raw = JSON.stringify({
      v: 1,
      progress: {
        sql: { status: "done", updatedAt: "2026-11-27T10:00:00Z" },
        git: { status: "finished", updatedAt: "2026-11-27T10:00:00Z" },
        "Bad Slug": { status: "done", updatedAt: "2026-11-27T10:00:00Z" },
        rest: { status: "learning", updatedAt: "yesterday" },
        go: null,
      },
    });
    expect(parseLocalProgress(raw)).toEqual({ sql: { status: "done", updatedAt: "2026-11-27T10:00:00.000Z" } });
    expect(parseLocalProgress("{not json")).toEqual({});
    expect(parseLocalProgress(JSON.stringify({ v: 2, progress: {} }))).toEqual({});
    expect(parseLocalProgress(null)).toEqual({});
  });
});
