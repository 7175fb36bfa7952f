import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import { companies, jobs, mailMessages, savedSearches, users } from "@/db/schema";
import { DIGEST_MAX, runDigests } from "@/lib/alerts/digest";
import { readUnsubscribeToken, unsubscribe, unsubscribeToken } from "@/lib/alerts/unsubscribe";
import { createSavedSearch } from "@/lib/saved-searches/service";
import { startWorker } from "@/lib/queue";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { createSmtpServer, smtpPort } from "../helpers/smtp";

const smtp = createSmtpServer(smtpPort(4));
process.env.SMTP_URL = smtp.url;
process.env.APP_URL = "http://ladder.test";
process.env.AUTH_SECRET = "alerts-test-secret-alerts-test-secret";

let t: TestDatabase;
let stop: () => Promise<void>;
let userId: string;
const word = `zyxwombat${Date.now() % 1000}`;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { jobs: 50 });
  await smtp.start();
  stop = await startWorker({ database: t, pollingIntervalSeconds: 0.5, schedules: false });
  const [u] = await t.db
    .insert(users)
    .values({ email: "alerts@example.com", name: "Al", emailVerified: new Date() })
    .returning();
  userId = u!.id;
});
afterAll(async () => {
  await stop?.();
  await smtp.stop();
  await t?.drop();
});

let n = 0;
async function publish(count: number) {
  const [company] = await t.db.select().from(companies).limit(1);
  const rows = Array.from({ length: count }, () => {
    n++;
    return {
      companyId: company!.id,
      companyName: company!.name,
      slug: `${word}-${n}`,
      title: `Senior ${word} engineer ${n}`,
      roleFamily: "backend" as const,
      description: "Fresh role.",
      level: "senior" as const,
      employmentType: "full_time" as const,
      workplace: "remote" as const,
      location: "Remote (Europe)",
      applyUrl: "https://example.test/apply",
      status: "published" as const,
      publishedAt: new Date(Date.now() - 1000),
      validThrough: new Date(Date.now() + 30 * 86_400_000),
    };
  });
  await t.db.insert(jobs).values(rows);
}
/** Makes the search due now: its last digest (or save) was more than a week ago. */
async function makeDue(id: number) {
  await t.db
    .update(savedSearches)
    .set({
      lastDigestAt: sql`now() - interval '8 days'`,
      alertsFrom: sql`${savedSearches.alertsFrom} - interval '1 second'`,
    })
    .where(eq(savedSearches.id, id));
}
const digests = () => smtp.received.filter((m) => m.subject?.includes(word) || m.subject?.includes("new listing"));

describe(`job alerts by mail (${process.env.TEST_DB})`, () => {
  it("a new save is weekly; a digest lists only new listings, at most 20 with a link to the rest", async () => {
    const saved = await createSavedSearch(t.db, userId, { name: word, query: `q=${word}` });
    if (!saved.ok) throw new Error("not saved");
    const search = saved.value.search;
    expect(search.alertFrequency).toBe("weekly");
    // Not due yet (saved a moment ago): nothing.
    await publish(3);
    expect((await runDigests(t.db)).mailed).toBe(0);

    // Listings published before the save are not new to it.
    await t.db
      .update(jobs)
      .set({ publishedAt: sql`now() - interval '1 day'` })
      .where(sql`slug like ${`${word}-%`}`);
    await publish(DIGEST_MAX + 5);
    await makeDue(search.id);
    expect(await runDigests(t.db)).toEqual({ processed: 1, mailed: 1 });
    const mail = await smtp.waitFor((m) => m.subject?.includes(word) ?? false);
    expect(mail.subject).toBe(`${DIGEST_MAX + 5} new listings for “${word}”`);
    const links = [...(mail.text ?? "").matchAll(/http:\/\/ladder\.test\/jobs\/([\w-]+)/g)].map((m) => m[1]);
    expect(new Set(links).size).toBe(DIGEST_MAX);
    expect(mail.text).toContain(`See all ${DIGEST_MAX + 5} new listings`);
    // One-click unsubscribe headers (RFC 8058).
    const header = (key: string) => mail.headerLines.find((h) => h.key === key)?.line ?? "";
    expect(header("list-unsubscribe")).toContain(`/api/alerts/unsubscribe/${unsubscribeToken(search.id)}>`);
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

    // Next period: only what is new since, and nothing when nothing is.
    await makeDue(search.id);
    expect((await runDigests(t.db)).mailed).toBe(0);
    await publish(2);
    await makeDue(search.id);
    expect((await runDigests(t.db)).mailed).toBe(1);
    const second = await smtp.waitFor((m) => m.subject === `2 new listings for “${word}”`);
    const secondLinks = [...(second.text ?? "").matchAll(/http:\/\/ladder\.test\/jobs\/([\w-]+)/g)].map((m) => m[1]);
    expect(secondLinks.filter((l) => l?.startsWith(word))).toEqual(
      expect.arrayContaining([`${word}-${n}`, `${word}-${n - 1}`]),
    );
    expect(secondLinks.some((l) => links.includes(l))).toBe(false);
  });

  it("a re-run after an interrupted run sends nothing twice", async () => {
    const [search] = await t.db.select().from(savedSearches).where(eq(savedSearches.name, word));
    await publish(1);
    await makeDue(search!.id);
    const before = digests().length;
    // Two runs at once, then a third: one digest.
    const runs = await Promise.all([runDigests(t.db), runDigests(t.db)]);
    expect(runs.reduce((a, r) => a + r.mailed, 0)).toBe(1);
    expect((await runDigests(t.db)).mailed).toBe(0);
    // A run whose transaction committed but whose delivery job was lost: the message is
    // stored once, and sending it again (the hourly sweep) does not mail twice.
    await smtp.waitFor(() => digests().length === before + 1);
    const stored = await t.db.select().from(mailMessages).where(eq(mailMessages.template, "digest"));
    expect(new Set(stored.map((m) => m.key)).size).toBe(stored.length);
    await new Promise((r) => setTimeout(r, 1500));
    expect(digests().length).toBe(before + 1);
  });

  it("`all` (npm run digests -- --all) sends what is new before the period ends, and never twice", async () => {
    const before = digests().length;
    // The search just had its digest: not due, so the hourly run leaves the new listing.
    await publish(1);
    expect((await runDigests(t.db)).mailed).toBe(0);
    expect((await runDigests(t.db, { all: true })).mailed).toBe(1);
    expect((await runDigests(t.db, { all: true })).mailed).toBe(0);
    await smtp.waitFor(() => digests().length === before + 1);
    const last = digests().at(-1)!;
    expect(last.text).toContain(`${word}-${n}`);
    expect(last.text).not.toContain(`${word}-${n - 1}`);
  });

  it("unverified addresses get no alerts; unsubscribe works without signing in and rejects tampered links", async () => {
    const [u] = await t.db.insert(users).values({ email: "unverified@example.com" }).returning();
    const saved = await createSavedSearch(t.db, u!.id, { name: "unverified", query: `q=${word}` });
    if (!saved.ok) throw new Error("not saved");
    await publish(1);
    await makeDue(saved.value.search.id);
    const [mine] = await t.db.select().from(savedSearches).where(eq(savedSearches.name, word));
    await t.db.update(savedSearches).set({ lastDigestAt: new Date() }).where(eq(savedSearches.id, mine!.id));
    expect((await runDigests(t.db)).mailed).toBe(0);

    const token = unsubscribeToken(mine!.id);
    expect(readUnsubscribeToken(token)).toBe(mine!.id);
    expect(readUnsubscribeToken(`${mine!.id + 1}${token.slice(String(mine!.id).length)}`)).toBeNull();
    expect(await unsubscribe(t.db, `${token.slice(0, -1)}x`)).toBeNull();
    expect(await unsubscribe(t.db, "garbage")).toBeNull();
    expect(await unsubscribe(t.db, token)).toEqual({ name: word });
    const [after] = await t.db.select().from(savedSearches).where(eq(savedSearches.id, mine!.id));
    expect(after!.alertFrequency).toBe("off");
    await publish(1);
    await makeDue(mine!.id);
    expect((await runDigests(t.db)).mailed).toBe(0);
  });
});
