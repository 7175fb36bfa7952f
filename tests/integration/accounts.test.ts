import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { authenticate, changePassword, getTokenVersion, registerUser, revokeSessions } from "@/lib/accounts/service";
import { signUpSchema } from "@/lib/accounts/validation";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
const PASSWORD = "violet-harbor-lantern-42";

beforeAll(async () => {
  t = await createTestDatabase();
  await registerUser(t.db, { email: "Ana@Example.test", password: PASSWORD, name: "Ana", role: "seeker" });
});
afterAll(() => t?.drop());

describe(`accounts (${process.env.TEST_DB})`, () => {
  it("stores an argon2id hash with OWASP parameters, never the password", async () => {
    const [row] = await t.db.select().from(users).where(eq(users.email, "ana@example.test"));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row!.passwordHash).not.toContain(PASSWORD);
    expect(row!.role).toBe("seeker");
  });

  it("signs in with the right password, case-insensitive email", async () => {
    const r = await authenticate(t.db, { email: " ANA@example.test ", password: PASSWORD, ip: "10.0.0.1" });
    expect(r.ok && r.value.email).toBe("ana@example.test");
  });

  it("answers a wrong password and an unknown email identically, and both cost a hash", async () => {
    const time = async (email: string) => {
      const t0 = performance.now();
      const r = await authenticate(t.db, { email, password: "wrong-password-123", ip: "10.0.0.2" });
      return { r, ms: performance.now() - t0 };
    };
    const known = await time("ana@example.test");
    const unknown = await time("nobody@example.test");
    expect(known.r).toMatchObject({ ok: false, reason: "invalid" });
    expect(unknown.r).toEqual(known.r);
    // An argon2id verification at 19 MiB takes milliseconds; both paths pay it.
    expect(unknown.ms).toBeGreaterThan(known.ms / 4);
    expect(unknown.ms).toBeGreaterThan(5);
  });

  // The sign-up page answers a taken email as it always did (e2e accounts.spec.ts); the
  // service tells the action which happened so that only a new account is signed in.
  it("changes nothing for a taken email at sign-up, and says so only to the action", async () => {
    const before = await t.db.select().from(users).where(eq(users.email, "ana@example.test"));
    const again = await registerUser(t.db, {
      email: "ana@example.test",
      password: "another-password-987",
      name: "Mallory",
      role: "recruiter",
    });
    const fresh = await registerUser(t.db, {
      email: "new@example.test",
      password: "another-password-987",
      name: "New",
      role: "recruiter",
    });
    expect(again).toEqual({ ok: true, value: { created: false } });
    expect(fresh).toEqual({ ok: true, value: { created: true } });
    expect(await t.db.select().from(users).where(eq(users.email, "ana@example.test"))).toEqual(before);
  });

  it("refuses short, overlong and common passwords with field-level messages", () => {
    const issues = (password: string) =>
      signUpSchema
        .safeParse({ name: "A", email: "a@b.test", role: "seeker", password })
        .error?.issues.map((i) => i.message);
    expect(issues("short")).toEqual(["Use at least 8 characters"]);
    expect(issues("x".repeat(129))).toEqual(["Use at most 128 characters"]);
    expect(issues("password1")).toEqual(["This password is one of the most common ones; choose another"]);
    expect(issues("violet-harbor-lantern-42")).toBeUndefined();
  });

  it("revokes every session: sign-out and password change bump the token version", async () => {
    const r = await authenticate(t.db, { email: "ana@example.test", password: PASSWORD, ip: "10.0.0.3" });
    if (!r.ok) throw new Error("sign-in failed");
    const issued = r.value.tokenVersion;
    await revokeSessions(t.db, r.value.id);
    expect(await getTokenVersion(t.db, r.value.id)).toBe(issued + 1);
    expect(
      await changePassword(t.db, r.value.id, {
        currentPassword: "wrong",
        newPassword: "fresh-password-2026",
        ip: "10.0.0.3",
      }),
    ).toMatchObject({ ok: false, reason: "invalid", issues: [{ path: "currentPassword" }] });
    expect(
      await changePassword(t.db, r.value.id, {
        currentPassword: PASSWORD,
        newPassword: "fresh-password-2026",
        ip: "10.0.0.3",
      }),
    ).toEqual({ ok: true, value: undefined });
    expect(await getTokenVersion(t.db, r.value.id)).toBe(issued + 2);
    expect((await authenticate(t.db, { email: "ana@example.test", password: PASSWORD, ip: "10.0.0.4" })).ok).toBe(
      false,
    );
    expect(
      (await authenticate(t.db, { email: "ana@example.test", password: "fresh-password-2026", ip: "10.0.0.4" })).ok,
    ).toBe(true);
    expect(await getTokenVersion(t.db, "00000000-0000-0000-0000-000000000000")).toBeNull();
  });
});
