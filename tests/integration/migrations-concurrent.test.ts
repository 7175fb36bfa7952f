import crypto from "node:crypto";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { toolEnv } from "@/env";

const tools = toolEnv();
const onPostgres = tools.TEST_DB === "postgres" && !!tools.TEST_DATABASE_URL;

// Instances of a deploy start together and each migrates in its own process
// (lib/start/prepare-server.ts). PGlite has one process per folder, so this is Postgres only.
describe.skipIf(!onPostgres)("migrations started by several processes at once (postgres)", () => {
  it("apply once: every caller succeeds and each migration is recorded one time", async () => {
    const server = new URL(tools.TEST_DATABASE_URL!);
    const name = `ladder_test_${crypto.randomBytes(5).toString("hex")}`;
    const admin = postgres(server.toString(), { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const target = new URL(server);
    target.pathname = `/${name}`;
    const handles = Array.from({ length: 4 }, () => openDatabase({ url: target.toString() }, { max: 1 }));
    try {
      const outcomes = await Promise.allSettled(handles.map((h) => runMigrations(h)));
      expect(outcomes.filter((o) => o.status === "rejected")).toEqual([]);
      const check = postgres(target.toString(), { max: 1, onnotice: () => {} });
      const rows = await check`select hash, count(*)::int as n from drizzle.__drizzle_migrations group by hash`;
      const journal = await check`select count(*)::int as n from pg_extension where extname = 'pg_trgm'`;
      await check.end();
      expect(rows.length).toBeGreaterThan(20);
      expect(rows.every((r) => r.n === 1)).toBe(true);
      expect(journal[0]!.n).toBe(1);
    } finally {
      await Promise.all(handles.map((h) => h.close()));
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000);
});
