import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedDatabase } from "@/db/seed";
import { users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

// The routes read the session and the app's database: point both at this test.
const state = vi.hoisted(() => ({
  db: undefined as unknown,
  user: null as null | { id: string; email: string; name: string; role: "seeker" },
}));
vi.mock("@/db", () => ({
  get db() {
    return state.db;
  },
}));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => state.user }));

const { GET, PUT } = await import("@/app/api/me/roadmaps/[slug]/progress/route");
const { POST: MERGE } = await import("@/app/api/me/roadmaps/[slug]/progress/merge/route");

let t: TestDatabase;
let ana: string;
let bo: string;
const as = (id: string | null) => {
  state.user = id ? { id, email: `${id}@example.test`, name: "x", role: "seeker" } : null;
};
const ctx = (slug = "backend-engineer") => ({ params: Promise.resolve({ slug }) });
const json = (method: string, body: unknown, contentType = "application/json") =>
  new Request("http://test/api", {
    method,
    headers: { "content-type": contentType },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  await seedDatabase(t.db, { jobs: 0 });
  [ana, bo] = (
    await t.db
      .insert(users)
      .values([{ email: "ana@example.test" }, { email: "bo@example.test" }])
      .returning({ id: users.id })
  ).map((r) => r.id) as [string, string];
});
afterAll(() => t?.drop());

describe(`progress API (${process.env.TEST_DB})`, () => {
  it("answers 401 to signed-out requests and changes nothing", async () => {
    as(null);
    expect((await GET(new Request("http://test"), ctx())).status).toBe(401);
    expect((await PUT(json("PUT", { milestone: "sql", status: "done" }), ctx())).status).toBe(401);
    expect((await MERGE(json("POST", { entries: [] }), ctx())).status).toBe(401);
  });

  it("saves the signed-in user's own status and reads it back; others see none of it", async () => {
    as(ana);
    const r = await PUT(json("PUT", { milestone: "sql", status: "done" }), ctx());
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ milestone: "sql", status: "done" });
    expect((await (await GET(new Request("http://test"), ctx())).json()).progress.sql.status).toBe("done");
    as(bo);
    expect((await (await GET(new Request("http://test"), ctx())).json()).progress).toEqual({});
    // Bo cannot name Ana in any request: the user always comes from the session.
    await PUT(json("PUT", { milestone: "sql", status: "todo", userId: ana }), ctx());
    as(ana);
    expect((await (await GET(new Request("http://test"), ctx())).json()).progress.sql.status).toBe("done");
  });

  it("rejects bad input with 4xx and field-level issues", async () => {
    as(ana);
    const bad = await PUT(json("PUT", { milestone: "SQL; drop table", status: "finished" }), ctx());
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { issues: { path: string; message: string }[] };
    expect(body.issues.map((i) => i.path).sort()).toEqual(["milestone", "status"]);
    expect(body.issues.find((i) => i.path === "status")!.message).toBe("Choose todo, learning, done or skipped");

    const unknown = await PUT(json("PUT", { milestone: "no-such-thing", status: "done" }), ctx());
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ issues: [{ path: "milestone", message: "Unknown milestone" }] });

    expect((await PUT(json("PUT", "{not json"), ctx())).status).toBe(400);
    expect((await PUT(json("PUT", "milestone=sql", "application/x-www-form-urlencoded"), ctx())).status).toBe(415);
    expect((await PUT(json("PUT", { milestone: "sql", status: "done" }), ctx("no-such-guide"))).status).toBe(404);
    expect((await PUT(json("PUT", { milestone: "sql", status: "done" }), ctx("../etc"))).status).toBe(404);

    const badMerge = await MERGE(
      json("POST", { entries: [{ milestone: "sql", status: "done", updatedAt: "yesterday" }] }),
      ctx(),
    );
    expect(badMerge.status).toBe(400);
    expect((await badMerge.json()).issues[0].path).toBe("entries.0.updatedAt");
    const tooMany = Array.from({ length: 1001 }, () => ({
      milestone: "sql",
      status: "done",
      updatedAt: new Date().toISOString(),
    }));
    expect((await MERGE(json("POST", { entries: tooMany }), ctx())).status).toBe(400);
    // Nothing above changed what was saved.
    expect((await (await GET(new Request("http://test"), ctx())).json()).progress).toEqual({
      sql: { status: "done", updatedAt: expect.any(String) },
    });
  });

  it("merges browser progress into the signed-in account", async () => {
    as(bo);
    const r = await MERGE(
      json("POST", { entries: [{ milestone: "git", status: "done", updatedAt: new Date().toISOString() }] }),
      ctx(),
    );
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ merged: 1, ignored: 0, progress: { git: { status: "done" } } });
    as(ana);
    expect((await (await GET(new Request("http://test"), ctx())).json()).progress.git).toBeUndefined();
  });
});
