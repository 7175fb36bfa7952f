import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { journalMigrations, pendingMigrations, type RunSql } from "@/db/migration-status";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
let run: RunSql;
beforeAll(async () => {
  t = await createTestDatabase();
  run = async (text) => (await t.executeSql(text)).rows;
});
afterAll(() => t?.drop());

describe(`which migrations are applied (${process.env.TEST_DB})`, () => {
  it("reports none pending on a migrated database", async () => {
    expect(journalMigrations().length).toBeGreaterThan(20);
    expect(await pendingMigrations(run)).toEqual([]);
  });

  it("names the newest migration when its record is missing, and all of them without the table", async () => {
    const newest = journalMigrations().at(-1)!;
    const [row] = await run(
      `delete from drizzle.__drizzle_migrations where created_at = ${newest.when} returning id, hash, created_at`,
    );
    try {
      expect(await pendingMigrations(run)).toEqual([newest.tag]);
    } finally {
      await run(
        `insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${Number(row!.id)}, '${String(row!.hash)}', ${newest.when})`,
      );
    }
    expect(await pendingMigrations(run)).toEqual([]);

    await run(`alter table drizzle.__drizzle_migrations rename to __drizzle_migrations_moved`);
    try {
      expect(await pendingMigrations(run)).toEqual(journalMigrations().map((m) => m.tag));
    } finally {
      await run(`alter table drizzle.__drizzle_migrations_moved rename to __drizzle_migrations`);
    }
  });
});
