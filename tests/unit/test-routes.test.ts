import { describe, expect, it, vi } from "vitest";

// The e2e-only routes answer 404 on any server not started with LADDER_TEST_ROUTES=1, before
// reading a session or the database.
const session = vi.hoisted(() => ({
  read: vi.fn(async () => ({ id: "u", email: "u@x.test", name: null, role: "seeker" })),
}));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: session.read }));
vi.mock("@/db", () => ({
  db: new Proxy(
    {},
    {
      get: () => {
        throw new Error("no database here");
      },
    },
  ),
}));

describe("e2e-only routes", () => {
  it("are a 404 without LADDER_TEST_ROUTES=1, even signed in", async () => {
    delete process.env.LADDER_TEST_ROUTES;
    const { POST } = await import("@/app/api/test/alerts/digest/route");
    const res = await POST();
    expect(res.status).toBe(404);
    expect(session.read).not.toHaveBeenCalled();
  });
});
