import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedDatabase } from "@/db/seed";
import { companies, importSources, jobs } from "@/db/schema";
import { startWorker } from "@/lib/queue";
import { createTestDatabase, rowsOf, type TestDatabase } from "../helpers/db";
import { startFixtureServer } from "../helpers/fixture-server";

// The scheduled import runs through pg-boss' cron in the worker, as in `npm run dev`,
// `npm start` and `npm run worker`. IMPORT_SCHEDULE (hourly by default: tests/unit/env.test.ts)
// is set to every minute here, so pg-boss sends the job as soon as the worker starts
// instead of on the hour. The fixture server stands in for Greenhouse and Lever (3273/3274).
const PORT = vi.hoisted(() => {
  const port = process.env.TEST_DB === "postgres" ? 3274 : 3273;
  Object.assign(process.env, {
    IMPORT_SCHEDULE: "* * * * *",
    GREENHOUSE_API_URL: `http://127.0.0.1:${port}`,
    LEVER_API_URL: `http://127.0.0.1:${port}`,
    IMPORT_ALLOW_PRIVATE_URLS: "1",
  });
  return port;
});

const read = (name: string) => fs.readFileSync(path.join(import.meta.dirname, "../fixtures/import", name), "utf8");

let t: TestDatabase;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let stop: (() => Promise<void>) | undefined;
const sources = { greenhouse: 0, lever: 0, disabled: 0 };

beforeAll(async () => {
  server = await startFixtureServer(PORT);
  server.routes.set("/v1/boards/scheduled/jobs?content=true", { body: read("greenhouse.json") });
  server.routes.set("/v0/postings/scheduled-lever?mode=json", { body: read("lever.json") });
  // The disabled source's board answers too: only its being off keeps it from syncing.
  server.routes.set("/v1/boards/switched-off/jobs?content=true", { body: read("greenhouse.json") });
  t = await createTestDatabase();
  await seedDatabase(t.db, { jobs: 0 }); // the skills list
  const [a, b] = await t.db
    .insert(companies)
    .values([
      { slug: "scheduled-imports", name: "Scheduled Imports" },
      { slug: "switched-off-imports", name: "Switched Off Imports" },
    ])
    .returning({ id: companies.id });
  const made = await t.db
    .insert(importSources)
    .values([
      { companyId: a!.id, kind: "greenhouse", locator: "scheduled" },
      { companyId: a!.id, kind: "lever", locator: "scheduled-lever" },
      { companyId: b!.id, kind: "greenhouse", locator: "switched-off", enabled: false },
    ])
    .returning({ id: importSources.id });
  [sources.greenhouse, sources.lever, sources.disabled] = made.map((s) => s.id) as [number, number, number];
});
afterAll(async () => {
  await stop?.();
  await server?.close();
  await t?.drop();
});

const sourceRow = async (id: number) => (await t.db.select().from(importSources).where(eq(importSources.id, id)))[0]!;
const listingsOf = async (id: number) =>
  (await t.db.select({ id: jobs.id }).from(jobs).where(eq(jobs.sourceId, id))).length;

describe(`the scheduled import (${process.env.TEST_DB})`, () => {
  it("registers its cron with pg-boss and syncs every enabled source, and no other, when it fires", async () => {
    stop = await startWorker({ database: t, pollingIntervalSeconds: 0.5 });
    const schedules = rowsOf<{ name: string; cron: string; timezone: string }>(
      await t.db.execute(sql`select name, cron, timezone from pgboss.schedule order by name`),
    );
    expect(schedules).toEqual(
      expect.arrayContaining([
        { name: "import.sync-all", cron: "* * * * *", timezone: "UTC" },
        // The other scheduled work of the same worker.
        expect.objectContaining({ name: "alerts.digest", cron: "5 * * * *" }),
        expect.objectContaining({ name: "applications.summary", cron: "0 7 * * *" }),
        expect.objectContaining({ name: "maintenance.cleanup", cron: "40 3 * * *" }),
      ]),
    );

    // Nothing ran it but the schedule: wait for pg-boss to send it and the worker to finish.
    // pg-boss looks at its schedules every 30 s (its first look, at start, came before ours
    // were written), so this takes 10-70 s.
    await expect
      .poll(async () => Boolean((await sourceRow(sources.greenhouse)).lastSuccessAt), {
        timeout: 150_000,
        interval: 1000,
      })
      .toBe(true);
    await expect
      .poll(async () => Boolean((await sourceRow(sources.lever)).lastSuccessAt), { timeout: 30_000, interval: 500 })
      .toBe(true);
    const greenhouse = await sourceRow(sources.greenhouse);
    expect(greenhouse.lastError).toBeNull();
    expect(greenhouse.lastCounts?.new).toBeGreaterThan(0);
    expect(await listingsOf(sources.greenhouse)).toBe(greenhouse.lastCounts!.new);
    expect(await listingsOf(sources.lever)).toBe((await sourceRow(sources.lever)).lastCounts!.new);
    const disabled = await sourceRow(sources.disabled);
    expect(disabled.lastSyncAt).toBeNull();
    expect(await listingsOf(sources.disabled)).toBe(0);
    const [run] = rowsOf<{ state: string }>(
      await t.db.execute(sql`select state from pgboss.job where name = 'import.sync-all' order by created_on limit 1`),
    );
    expect(run?.state).toMatch(/active|completed/);
  }, 240_000);
});
