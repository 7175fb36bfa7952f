import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import { companies, jobs, savedSearches, users } from "@/db/schema";
import {
  createSavedSearch,
  deleteSavedSearch,
  getFeedByToken,
  getSavedSearchesByUser,
  MAX_SAVED_SEARCHES,
  NEW_COUNT_CAP,
  normalizeQuery,
  openSavedSearch,
  resetFeedToken,
} from "@/lib/saved-searches/service";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
let ana: string;
let bo: string;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { jobs: 200 });
  const made = await t.db
    .insert(users)
    .values([{ email: "ana@example.test" }, { email: "bo@example.test" }])
    .returning({ id: users.id });
  [ana, bo] = [made[0]!.id, made[1]!.id];
});
afterAll(() => t?.drop());

async function publish(title: string) {
  const [company] = await t.db.select().from(companies).limit(1);
  await t.db.insert(jobs).values({
    companyId: company!.id,
    companyName: company!.name,
    slug: `${title.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}-${Math.random()}`,
    title,
    roleFamily: "backend",
    description: "Fresh role.",
    level: "senior",
    employmentType: "full_time",
    workplace: "remote",
    location: "Remote (Europe)",
    applyUrl: "https://example.test/apply",
    status: "published",
    publishedAt: new Date(),
    validThrough: new Date(Date.now() + 30 * 86_400_000),
  });
}

describe(`saved searches (${process.env.TEST_DB})`, () => {
  it("stores the canonical query and refuses an invalid one", async () => {
    expect(normalizeQuery("level=senior&q=%20wombat%20&limit=20&cursor=abc")).toBeNull();
    expect(normalizeQuery("level=senior&q=%20wombat%20&limit=20")).toBe("q=wombat&level=senior");
    expect(await createSavedSearch(t.db, ana, { name: "bad", query: "workplace=moon" })).toMatchObject({
      ok: false,
      reason: "invalid",
      issues: [{ path: "query" }],
    });
  });

  it("counts listings new since the search was last opened, and restarts on open", async () => {
    const made = await createSavedSearch(t.db, ana, { name: "Wombat roles", query: "q=wombat&workplace=remote" });
    if (!made.ok) throw new Error(made.message);
    const s = made.value.search;
    expect(s.feedToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await t.db
      .update(savedSearches)
      .set({ lastSeenAt: new Date(Date.now() - 60_000) })
      .where(eq(savedSearches.id, s.id));
    await publish("Wombat Platform Engineer");
    await publish("Wombat API Engineer");
    await publish("Koala API Engineer");
    let [mine] = await getSavedSearchesByUser(t.db, ana);
    expect(mine!.newCount).toBe(2);
    expect(await openSavedSearch(t.db, bo, s.id)).toBeNull();
    expect(await openSavedSearch(t.db, ana, s.id)).toBe("q=wombat&workplace=remote");
    [mine] = await getSavedSearchesByUser(t.db, ana);
    expect(mine!.newCount).toBe(0);
    expect(await getSavedSearchesByUser(t.db, bo)).toEqual([]);
  });

  it("serves a feed only for a live token, and resetting revokes the old one", async () => {
    const [mine] = await getSavedSearchesByUser(t.db, ana);
    const feed = await getFeedByToken(t.db, mine!.feedToken);
    expect(feed!.items.map((j) => j.title).sort()).toEqual(["Wombat API Engineer", "Wombat Platform Engineer"]);
    expect(await getFeedByToken(t.db, "x".repeat(43))).toBeNull();
    expect(await getFeedByToken(t.db, "short")).toBeNull();
    expect(await resetFeedToken(t.db, bo, mine!.id)).toMatchObject({ ok: false, reason: "not_found" });
    expect(await resetFeedToken(t.db, ana, mine!.id)).toMatchObject({ ok: true });
    expect(await getFeedByToken(t.db, mine!.feedToken)).toBeNull();
    const [after] = await getSavedSearchesByUser(t.db, ana);
    expect(await getFeedByToken(t.db, after!.feedToken)).not.toBeNull();
    expect(await deleteSavedSearch(t.db, bo, mine!.id)).toMatchObject({ ok: false, reason: "not_found" });
    expect(await deleteSavedSearch(t.db, ana, mine!.id)).toMatchObject({ ok: true });
    expect(await getFeedByToken(t.db, after!.feedToken)).toBeNull();
  });

  it("keeps one saved search when the same search is saved twice, however it is written", async () => {
    const first = await createSavedSearch(t.db, bo, { name: "Remote Go", query: "workplace=remote&q=go" });
    const twice = await Promise.all([
      createSavedSearch(t.db, bo, { name: "Remote Go again", query: "q=go&workplace=remote" }),
      createSavedSearch(t.db, bo, { name: "Remote Go again", query: "q=%20go%20&workplace=remote&limit=20" }),
    ]);
    expect(first).toMatchObject({ ok: true, value: { created: true } });
    for (const r of twice) expect(r).toMatchObject({ ok: true, value: { created: false } });
    const mine = await getSavedSearchesByUser(t.db, bo);
    expect(mine.map((s) => [s.name, s.query])).toEqual([["Remote Go", "q=go&workplace=remote"]]);
    // Another user's identical search is theirs alone.
    expect(await createSavedSearch(t.db, ana, { name: "Same", query: "q=go&workplace=remote" })).toMatchObject({
      ok: true,
      value: { created: true },
    });
  });

  it(`keeps at most ${MAX_SAVED_SEARCHES} saved searches per account, refusing more with a message on the name`, async () => {
    const [cy] = await t.db.insert(users).values({ email: "cy@example.test" }).returning({ id: users.id });
    for (let i = 0; i < MAX_SAVED_SEARCHES; i++) {
      const r = await createSavedSearch(t.db, cy!.id, { name: `s${i}`, query: `q=term${i}` });
      expect(r).toMatchObject({ ok: true, value: { created: true } });
    }
    const over = await createSavedSearch(t.db, cy!.id, { name: "one more", query: "q=overflow" });
    expect(over).toMatchObject({ ok: false, reason: "conflict", issues: [{ path: "name" }] });
    // Saving one already kept is still answered with the existing row, and nothing else changed.
    expect(await createSavedSearch(t.db, cy!.id, { name: "again", query: "q=term3" })).toMatchObject({
      ok: true,
      value: { created: false },
    });
    const kept = await getSavedSearchesByUser(t.db, cy!.id);
    expect(kept).toHaveLength(MAX_SAVED_SEARCHES);
    expect(kept.some((s) => s.query === "q=overflow")).toBe(false);
  });

  it("counts new listings for every saved search at once, each against its own last visit and capped", async () => {
    const [di] = await t.db.insert(users).values({ email: "di@example.test" }).returning({ id: users.id });
    const names = ["numbat", "quokka", "bilby"];
    for (const n of names) await createSavedSearch(t.db, di!.id, { name: n, query: `q=${n}` });
    await createSavedSearch(t.db, di!.id, { name: "everything", query: "" });
    await t.db
      .update(savedSearches)
      .set({ lastSeenAt: new Date(Date.now() - 60_000) })
      .where(eq(savedSearches.userId, di!.id));
    await publish("Numbat Data Engineer");
    await publish("Numbat Site Reliability Engineer");
    await publish("Quokka Frontend Engineer");
    const counts = Object.fromEntries((await getSavedSearchesByUser(t.db, di!.id)).map((s) => [s.name, s.newCount]));
    // "everything" sees the whole seed (published within the last minute of the test run) and stops at the cap.
    expect(counts).toMatchObject({ numbat: 2, quokka: 1, bilby: 0 });
    expect(counts.everything).toBeGreaterThanOrEqual(3);
    expect(counts.everything).toBeLessThanOrEqual(NEW_COUNT_CAP + 1);
  });
});
