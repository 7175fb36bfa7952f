import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAttempts, users } from "@/db/schema";
import {
  ADDRESS_MAX_FAILURES,
  BACKOFF_AFTER,
  BACKOFF_BASE_SECONDS,
  DISTRIBUTED_ADDRESSES,
} from "@/lib/accounts/rate-limit";
import {
  authenticate,
  changePassword,
  getTokenVersion,
  registerUser,
  revokeSessionsFromToken,
} from "@/lib/accounts/service";
import { checkSessionToken, newSessionClaims, SESSION_ABSOLUTE_SECONDS } from "@/lib/auth/token";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
const PASSWORD = "copper-willow-station-58";
let seq = 0;

/** A fresh account (its own email, so tests never share counts). */
async function account(prefix: string) {
  const email = `${prefix}-${++seq}@example.test`;
  await registerUser(t.db, { email, password: PASSWORD, name: prefix, role: "seeker" });
  return email;
}

const attempt = (email: string, password: string, ip: string) => authenticate(t.db, { email, password, ip });

/** Moves an email's recorded attempts `seconds` into the past (time passing, without waiting). */
const age = (email: string, seconds: number) =>
  t.db.execute(
    sql`update login_attempts set created_at = created_at - make_interval(secs => ${seconds}) where email = ${email}`,
  );

const recorded = async (email: string) =>
  (await t.db.select().from(loginAttempts).where(eq(loginAttempts.email, email))).length;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.drop());

describe(`sign-in limits (${process.env.TEST_DB})`, () => {
  it("a concurrent burst of 40 attempts for one email (39 wrong, the right one last) is not all evaluated", async () => {
    const email = await account("burst");
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt(email, i === 39 ? PASSWORD : `wrong-guess-${i}`, "198.51.100.1")),
    );
    const evaluated = results.filter((r) => r.ok || r.reason === "invalid");
    expect(evaluated.length).toBeGreaterThan(0);
    expect(evaluated.length).toBeLessThanOrEqual(BACKOFF_AFTER);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(40 - evaluated.length);
    // Counted and recorded atomically: one row per evaluated attempt, none for refused ones.
    expect(await recorded(email)).toBe(evaluated.length);
  });

  it("the same burst from 40 different addresses is not all evaluated either", async () => {
    const email = await account("spread");
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt(email, i === 39 ? PASSWORD : `wrong-guess-${i}`, `203.0.113.${i}`)),
    );
    const evaluated = results.filter((r) => r.ok || r.reason === "invalid").length;
    expect(evaluated).toBeLessThanOrEqual(Math.max(BACKOFF_AFTER, DISTRIBUTED_ADDRESSES));
    expect(await recorded(email)).toBe(evaluated);
  });

  it("backs off an address that keeps failing, even with the right password, until the wait has passed", async () => {
    const email = await account("backoff");
    for (let i = 0; i < BACKOFF_AFTER; i++) {
      expect(await attempt(email, `nope-${i}`, "192.0.2.10")).toMatchObject({ ok: false, reason: "invalid" });
    }
    const refused = await attempt(email, PASSWORD, "192.0.2.10");
    expect(refused).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(!refused.ok && refused.reason === "rate_limited" && refused.retryAfterSeconds).toBeGreaterThan(
      BACKOFF_BASE_SECONDS - 5,
    );
    // The wait doubles with each further failure.
    await age(email, BACKOFF_BASE_SECONDS + 1);
    expect(await attempt(email, "nope-again", "192.0.2.10")).toMatchObject({ ok: false, reason: "invalid" });
    const longer = await attempt(email, PASSWORD, "192.0.2.10");
    expect(!longer.ok && longer.reason === "rate_limited" && longer.retryAfterSeconds).toBeGreaterThan(
      2 * BACKOFF_BASE_SECONDS - 5,
    );
    await age(email, 2 * BACKOFF_BASE_SECONDS + 1);
    expect((await attempt(email, PASSWORD, "192.0.2.10")).ok).toBe(true);
    // A success ends the backoff: the next mistake is not refused.
    expect(await attempt(email, "typo-after-success", "192.0.2.10")).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("does not lock out the owner signing in from another address with the right password", async () => {
    const email = await account("owner");
    for (let i = 0; i < 3 * BACKOFF_AFTER; i++) await attempt(email, `guess-${i}`, "192.0.2.20");
    expect(await attempt(email, PASSWORD, "192.0.2.20")).toMatchObject({ reason: "rate_limited" });
    expect((await attempt(email, PASSWORD, "192.0.2.21")).ok).toBe(true);
  });

  it(`applies the backoff to every address once failures come from ${DISTRIBUTED_ADDRESSES} addresses`, async () => {
    const email = await account("botnet");
    for (let i = 0; i < DISTRIBUTED_ADDRESSES; i++) await attempt(email, `guess-${i}`, `192.0.2.${100 + i}`);
    expect(await attempt(email, PASSWORD, "192.0.2.200")).toMatchObject({ reason: "rate_limited" });
  });

  it(`limits one address to ${ADDRESS_MAX_FAILURES} failures in 15 minutes across emails`, async () => {
    const emails = await Promise.all(Array.from({ length: 3 }, () => account("spray")));
    for (let i = 0; i < ADDRESS_MAX_FAILURES; i++) {
      // Spread over many emails, so no email reaches its own backoff first.
      expect(await attempt(`sprayed-${seq}-${i}@example.test`, "Summer2026!", "198.51.100.77")).toMatchObject({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await attempt(emails[0]!, PASSWORD, "198.51.100.77")).toMatchObject({ reason: "rate_limited" });
    expect((await attempt(emails[0]!, PASSWORD, "198.51.100.78")).ok).toBe(true);
    await t.db.execute(
      sql`update login_attempts set created_at = now() - interval '16 minutes' where ip = '198.51.100.77'`,
    );
    expect((await attempt(emails[1]!, PASSWORD, "198.51.100.77")).ok).toBe(true);
  });

  it("limits current-password guesses of a password change like sign-in", async () => {
    const email = await account("changer");
    const [user] = await t.db.select().from(users).where(eq(users.email, email));
    const change = (currentPassword: string) =>
      changePassword(t.db, user!.id, { currentPassword, newPassword: "brand-new-secret-91", ip: "192.0.2.30" });
    for (let i = 0; i < BACKOFF_AFTER; i++) {
      expect(await change(`guess-${i}`)).toMatchObject({ ok: false, reason: "invalid" });
    }
    const refused = await change(PASSWORD);
    expect(refused).toMatchObject({ ok: false, reason: "rate_limited", issues: [{ path: "currentPassword" }] });
    // Nothing changed: the old password still signs in (from another address).
    expect((await attempt(email, PASSWORD, "192.0.2.31")).ok).toBe(true);
  });

  it("refuses a new password that contains the email, without spending a guess", async () => {
    const email = await account("mirror");
    const [user] = await t.db.select().from(users).where(eq(users.email, email));
    const local = email.split("@")[0]!;
    expect(
      await changePassword(t.db, user!.id, {
        currentPassword: PASSWORD,
        newPassword: `${local.toUpperCase()}-secret`,
        ip: "192.0.2.40",
      }),
    ).toMatchObject({ ok: false, reason: "invalid", issues: [{ path: "newPassword" }] });
    expect(await recorded(email)).toBe(0);
  });
});

describe(`sessions (${process.env.TEST_DB})`, () => {
  it("ends a session 30 days after its sign-in however active, and when the token version moved on", async () => {
    const email = await account("session");
    const signedIn = await attempt(email, PASSWORD, "192.0.2.50");
    if (!signedIn.ok) throw new Error("sign-in failed");
    const now = Math.floor(Date.now() / 1000);
    const fresh = newSessionClaims({}, signedIn.value, now);
    expect(await checkSessionToken(t.db, fresh, now)).toMatchObject(fresh);
    expect(await checkSessionToken(t.db, fresh, now + SESSION_ABSOLUTE_SECONDS - 60)).toMatchObject(fresh);
    expect(await checkSessionToken(t.db, fresh, now + SESSION_ABSOLUTE_SECONDS)).toBeNull();
    // A token from before the absolute limit existed carries no sign-in time.
    expect(await checkSessionToken(t.db, { ...fresh, authAt: undefined }, now)).toBeNull();

    // Sign-out with a current token revokes every session; a stale copy cannot do it again.
    const version = signedIn.value.tokenVersion;
    expect(await revokeSessionsFromToken(t.db, signedIn.value.id, version)).toBe(true);
    expect(await checkSessionToken(t.db, fresh, now)).toBeNull();
    expect(await revokeSessionsFromToken(t.db, signedIn.value.id, version)).toBe(false);
    expect(await getTokenVersion(t.db, signedIn.value.id)).toBe(version + 1);
  });
});
