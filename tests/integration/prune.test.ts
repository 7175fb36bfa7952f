import crypto from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  accountTokens,
  applications,
  companies,
  companyInvites,
  fileDownloads,
  files,
  jobs,
  loginAttempts,
  mailMessages,
  sessions,
  users,
  verificationTokens,
} from "@/db/schema";
import { checkSignInLimit, EMAIL_WINDOW_HOURS } from "@/lib/accounts/rate-limit";
import { LOGIN_ATTEMPTS_KEEP_MINUTES, pruneExpiredRows, SENT_MAIL_KEEP_DAYS } from "@/lib/maintenance/prune";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

// The daily cleanup job's rules (lib/maintenance/prune.ts): what expired goes, what may
// still matter stays, and no limit decides differently afterwards.

let t: TestDatabase;
let userId = "";
let companyId = 0;
const MINUTE = 60_000;
const DAY = 86_400_000;
const ago = (ms: number) => new Date(Date.now() - ms);
const hash = () => crypto.randomBytes(16).toString("hex");

beforeAll(async () => {
  t = await createTestDatabase();
  const [u] = await t.db.insert(users).values({ email: "prune@example.test", role: "recruiter" }).returning();
  userId = u!.id;
  const [c] = await t.db.insert(companies).values({ slug: "prune-co", name: "Prune Co" }).returning();
  companyId = c!.id;
});
afterAll(() => t?.drop());

describe(`pruning expired rows (${process.env.TEST_DB})`, () => {
  it("keeps sign-in attempts for the longest window a limit reads, and the limits decide the same afterwards", async () => {
    expect(LOGIN_ATTEMPTS_KEEP_MINUTES).toBe(EMAIL_WINDOW_HOURS * 60);
    const email = "guessed@example.test";
    const ip = "203.0.113.9";
    const attempt = (at: Date, from = ip) => ({ email, ip: from, succeeded: false, createdAt: at });
    await t.db.insert(loginAttempts).values([
      // Outside every window: 30 failures from two days ago and one just past 24 hours.
      ...Array.from({ length: 30 }, () => attempt(ago(2 * DAY), "198.51.100.7")),
      attempt(ago(EMAIL_WINDOW_HOURS * 60 * MINUTE + 5 * MINUTE)),
      // Inside: six failures in the last day, the latest 10 s ago (the backoff's 60 s applies).
      ...[23 * 60, 12 * 60, 60, 30, 10].map((m) => attempt(ago(m * MINUTE))),
      attempt(ago(10_000)),
    ]);
    const before = {
      here: await checkSignInLimit(t.db, email, ip),
      elsewhere: await checkSignInLimit(t.db, email, "198.51.100.7"),
    };
    expect(before.here).toMatchObject({ limited: true, scope: "email" });

    const deleted = await pruneExpiredRows(t.db);
    expect(deleted.loginAttempts).toBe(31);
    const left = await t.db.select().from(loginAttempts).where(eq(loginAttempts.email, email));
    expect(left).toHaveLength(6);
    expect(await checkSignInLimit(t.db, email, ip)).toEqual(before.here);
    expect(await checkSignInLimit(t.db, email, "198.51.100.7")).toEqual(before.elsewhere);
  });

  it("deletes used and expired links and invites, expired Auth.js rows and old delivered mail; keeps the rest", async () => {
    const token = (over: Partial<typeof accountTokens.$inferInsert>) => ({
      userId,
      purpose: "password_reset" as const,
      tokenHash: hash(),
      email: "prune@example.test",
      expiresAt: new Date(Date.now() + 30 * MINUTE),
      ...over,
    });
    const [live] = await t.db
      .insert(accountTokens)
      .values([
        token({}),
        token({ usedAt: ago(MINUTE) }),
        token({ expiresAt: ago(MINUTE) }),
        token({ purpose: "verify_email", expiresAt: ago(DAY) }),
      ])
      .returning({ id: accountTokens.id });
    const invite = (over: Partial<typeof companyInvites.$inferInsert>) => ({
      companyId,
      tokenHash: hash(),
      createdBy: userId,
      expiresAt: new Date(Date.now() + 7 * DAY),
      ...over,
    });
    const [liveInvite] = await t.db
      .insert(companyInvites)
      .values([invite({}), invite({ usedAt: ago(DAY), usedBy: userId }), invite({ expiresAt: ago(MINUTE) })])
      .returning({ id: companyInvites.id });
    await t.db.insert(sessions).values([
      { sessionToken: "live-session", userId, expires: new Date(Date.now() + DAY) },
      { sessionToken: "old-session", userId, expires: ago(MINUTE) },
    ]);
    await t.db.insert(verificationTokens).values([
      { identifier: "prune@example.test", token: "live", expires: new Date(Date.now() + DAY) },
      { identifier: "prune@example.test", token: "old", expires: ago(MINUTE) },
    ]);
    const mail = (key: string, sentAt: Date | null, createdAt = ago(60 * DAY)) => ({
      key,
      to: "prune@example.test",
      template: "verify_email",
      props: {},
      sentAt,
      createdAt,
    });
    await t.db.insert(mailMessages).values([
      mail("old-sent", ago((SENT_MAIL_KEEP_DAYS + 1) * DAY)),
      mail("recent-sent", ago((SENT_MAIL_KEEP_DAYS - 1) * DAY)),
      // Never delivered (a server refusing it for weeks): kept, for the outbox and the resend sweep.
      mail("never-sent", null),
    ]);
    // A CV download a year ago: no retention is stated for the download record, so it stays.
    const [job] = await t.db
      .insert(jobs)
      .values({
        companyId,
        companyName: "Prune Co",
        slug: "prune-co-role",
        title: "Role",
        description: "A role.",
        level: "mid",
        employmentType: "full_time",
        workplace: "remote",
        location: "Remote",
        applyUrl: "",
        applyMode: "ladder",
        status: "published",
        publishedAt: ago(400 * DAY),
      })
      .returning();
    const [file] = await t.db
      .insert(files)
      .values({
        ownerId: userId,
        name: "cv.pdf",
        mediaType: "application/pdf",
        size: 1,
        sha256: "x",
        data: Buffer.from("x"),
      })
      .returning();
    const [app] = await t.db.insert(applications).values({ jobId: job!.id, userId, cvFileId: file!.id }).returning();
    await t.db
      .insert(fileDownloads)
      .values({ fileId: file!.id, userId, applicationId: app!.id, createdAt: ago(365 * DAY) });

    expect(await pruneExpiredRows(t.db)).toEqual({
      loginAttempts: 0,
      accountTokens: 3,
      companyInvites: 2,
      mailMessages: 1,
      sessions: 1,
      verificationTokens: 1,
      listingTitles: 0,
      listingTitlesRestored: 0,
    });
    expect((await t.db.select({ id: accountTokens.id }).from(accountTokens)).map((r) => r.id)).toEqual([live!.id]);
    expect((await t.db.select({ id: companyInvites.id }).from(companyInvites)).map((r) => r.id)).toEqual([
      liveInvite!.id,
    ]);
    expect((await t.db.select().from(sessions)).map((s) => s.sessionToken)).toEqual(["live-session"]);
    expect((await t.db.select().from(verificationTokens)).map((v) => v.token)).toEqual(["live"]);
    const keys = (await t.db.select({ key: mailMessages.key }).from(mailMessages)).map((m) => m.key).sort();
    expect(keys).toEqual(["never-sent", "recent-sent"]);
    expect(await t.db.select().from(fileDownloads)).toHaveLength(1);

    // A second run finds nothing more.
    expect(Object.values(await pruneExpiredRows(t.db)).every((n) => n === 0)).toBe(true);
    const [{ n } = { n: -1 }] = await t.db.select({ n: sql<number>`count(*)::int` }).from(loginAttempts);
    expect(n).toBe(6);
  });
});
