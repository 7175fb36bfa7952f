import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountTokens, mailMessages, users } from "@/db/schema";
import { authenticate, registerUser } from "@/lib/accounts/service";
import { RESET_LIMIT } from "@/lib/accounts/request-limit";
import {
  checkResetToken,
  requestPasswordReset,
  resetPassword,
  sendVerificationEmail,
  verifyEmail,
} from "@/lib/accounts/tokens";
import { startWorker } from "@/lib/queue";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { createSmtpServer, smtpPort } from "../helpers/smtp";

const smtp = createSmtpServer(smtpPort(2));
process.env.SMTP_URL = smtp.url;
process.env.APP_URL = "http://ladder.test";

let t: TestDatabase;
let stop: () => Promise<void>;

beforeAll(async () => {
  t = await createTestDatabase();
  await smtp.start();
  stop = await startWorker({ database: t, pollingIntervalSeconds: 0.5, schedules: false });
});
afterAll(async () => {
  await stop?.();
  await smtp.stop();
  await t?.drop();
});

const linkIn = (text: string | undefined, path: string) => {
  const m = new RegExp(`http://ladder\\.test${path}/([A-Za-z0-9_-]+)`).exec(text ?? "");
  if (!m) throw new Error(`no ${path} link in ${text}`);
  return m[1]!;
};
const userByEmail = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0]!;

describe(`password reset and verification by mail (${process.env.TEST_DB})`, () => {
  it("sign-up mails a verification link that confirms the address once", async () => {
    const created = await registerUser(t.db, {
      email: "Ver@Example.com",
      password: "correct horse battery",
      name: "Vera",
      role: "recruiter",
    });
    expect(created.ok).toBe(true);
    const mail = await smtp.waitFor((m) => JSON.stringify(m.to).includes("ver@example.com"));
    expect(mail.subject).toBe("Confirm your email address for Ladder");
    const token = linkIn(mail.text, "/verify-email");
    expect((await userByEmail("ver@example.com")).emailVerified).toBeNull();
    const first = await verifyEmail(t.db, token);
    expect(first.ok).toBe(true);
    expect((await userByEmail("ver@example.com")).emailVerified).not.toBeNull();
    // Used, tampered and unknown links: refused, nothing changes.
    expect((await verifyEmail(t.db, token)).ok).toBe(false);
    expect((await verifyEmail(t.db, `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).ok).toBe(false);
    expect((await verifyEmail(t.db, "nonsense")).ok).toBe(false);
    // Already verified: no new link.
    const again = await sendVerificationEmail(t.db, (await userByEmail("ver@example.com")).id, "203.0.113.9");
    expect(again.ok).toBe(false);
  });

  it("a verification link for an address the account no longer has verifies nothing", async () => {
    await registerUser(t.db, {
      email: "old@example.com",
      password: "correct horse battery",
      name: "O",
      role: "seeker",
    });
    const mail = await smtp.waitFor((m) => JSON.stringify(m.to).includes("old@example.com"));
    const token = linkIn(mail.text, "/verify-email");
    await t.db.update(users).set({ email: "new@example.com" }).where(eq(users.email, "old@example.com"));
    expect((await verifyEmail(t.db, token)).ok).toBe(false);
    expect((await userByEmail("new@example.com")).emailVerified).toBeNull();
  });

  it("answers the same for unknown emails, and mails a single-use, hashed, 30-minute reset link", async () => {
    await registerUser(t.db, { email: "reset@example.com", password: "old password here", name: "R", role: "seeker" });
    const before = await userByEmail("reset@example.com");
    expect(await requestPasswordReset(t.db, { email: "nobody@example.com", ip: "198.51.100.1" })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await requestPasswordReset(t.db, { email: "RESET@example.com", ip: "198.51.100.1" })).toEqual({
      ok: true,
      value: undefined,
    });
    const mail = await smtp.waitFor((m) => m.subject === "Reset your Ladder password");
    expect(JSON.stringify(mail.to)).toContain("reset@example.com");
    const token = linkIn(mail.text, "/reset-password");
    // Only the hash is stored; it expires in 30 minutes.
    const [row] = await t.db.select().from(accountTokens).where(eq(accountTokens.purpose, "password_reset"));
    expect(row!.tokenHash).not.toContain(token);
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const minutes = (row!.expiresAt.getTime() - row!.createdAt.getTime()) / 60_000;
    expect(minutes).toBeCloseTo(30, 0);
    // Nothing was queued for the unknown email.
    const queued = await t.db.select().from(mailMessages).where(eq(mailMessages.to, "nobody@example.com"));
    expect(queued).toHaveLength(0);

    expect(await checkResetToken(t.db, token)).toBe(true);
    const used = await resetPassword(t.db, { token, newPassword: "a brand new secret" });
    expect(used.ok).toBe(true);
    const after = await userByEmail("reset@example.com");
    expect(after.tokenVersion).toBe(before.tokenVersion + 1);
    const signIn = await authenticate(t.db, { email: "reset@example.com", password: "a brand new secret", ip: "x" });
    expect(signIn.ok).toBe(true);
    // The link works once.
    expect(await checkResetToken(t.db, token)).toBe(false);
    const twice = await resetPassword(t.db, { token, newPassword: "another new secret" });
    expect(twice.ok).toBe(false);
    expect((await userByEmail("reset@example.com")).passwordHash).toBe(after.passwordHash);
  });

  it("refuses expired and tampered reset links without changing anything", async () => {
    await requestPasswordReset(t.db, { email: "reset@example.com", ip: "198.51.100.2" });
    const mails = () => smtp.received.filter((m) => m.subject === "Reset your Ladder password");
    await smtp.waitFor(() => mails().length >= 2);
    const token = linkIn(mails()[1]!.text, "/reset-password");
    const before = await userByEmail("reset@example.com");
    const tampered = `${token.slice(0, -2)}xx`;
    expect((await resetPassword(t.db, { token: tampered, newPassword: "yet another secret" })).ok).toBe(false);
    await t.db.update(accountTokens).set({ expiresAt: new Date(Date.now() - 1000) });
    expect(await checkResetToken(t.db, token)).toBe(false);
    expect((await resetPassword(t.db, { token, newPassword: "yet another secret" })).ok).toBe(false);
    const after = await userByEmail("reset@example.com");
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.tokenVersion).toBe(before.tokenVersion);
  });

  it("limits reset requests per email and per address", async () => {
    for (let i = 0; i < RESET_LIMIT.perEmail; i++) {
      expect((await requestPasswordReset(t.db, { email: "lim@example.com", ip: `192.0.2.${i}` })).ok).toBe(true);
    }
    const limited = await requestPasswordReset(t.db, { email: "lim@example.com", ip: "192.0.2.200" });
    expect(limited.ok).toBe(false);
    if (!limited.ok) expect(limited.reason).toBe("rate_limited");
    for (let i = 0; i < RESET_LIMIT.perAddress; i++) {
      await requestPasswordReset(t.db, { email: `spray${i}@example.com`, ip: "192.0.2.250" });
    }
    const byAddress = await requestPasswordReset(t.db, { email: "fresh@example.com", ip: "192.0.2.250" });
    expect(byAddress.ok).toBe(false);
  });

  it("lets the owner in after a reset even while guesses from many addresses hold every address back", async () => {
    const email = "besieged@example.com";
    await registerUser(t.db, { email, password: "old password here", name: "B", role: "seeker" });
    // Guesses from more addresses than DISTRIBUTED_ADDRESSES: the backoff covers every address.
    for (let i = 0; i < 8; i++) await authenticate(t.db, { email, password: `guess-${i}`, ip: `203.0.113.${i}` });
    const locked = await authenticate(t.db, { email, password: "old password here", ip: "198.51.100.250" });
    expect(locked).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(!locked.ok && locked.message).toMatch(/Forgot your password\?/);

    await requestPasswordReset(t.db, { email, ip: "198.51.100.250" });
    const mail = await smtp.waitFor(
      (m) => m.subject === "Reset your Ladder password" && JSON.stringify(m.to).includes(email),
    );
    expect(
      (await resetPassword(t.db, { token: linkIn(mail.text, "/reset-password"), newPassword: "fresh start phrase" }))
        .ok,
    ).toBe(true);
    expect((await authenticate(t.db, { email, password: "fresh start phrase", ip: "198.51.100.250" })).ok).toBe(true);
    // The attacker's guessing starts over against the new password, with the backoff again.
    for (let i = 0; i < 8; i++) await authenticate(t.db, { email, password: `again-${i}`, ip: `203.0.113.${i}` });
    expect(await authenticate(t.db, { email, password: "fresh start phrase", ip: "198.51.100.251" })).toMatchObject({
      reason: "rate_limited",
    });
  });
});
