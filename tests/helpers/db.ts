import crypto from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { toolEnv } from "@/env";

export type TestDatabase = DatabaseHandle & { name: string; drop: () => Promise<void> };

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or a new database on
 * the Postgres server of TEST_DATABASE_URL (dropped afterwards), so files never share rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const tools = toolEnv();
  if (tools.TEST_DB === "postgres" && tools.TEST_DATABASE_URL) {
    const url = new URL(tools.TEST_DATABASE_URL);
    const name = `ladder_test_${crypto.randomBytes(5).toString("hex")}`;
    const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${name}`;
    const handle = openDatabase({ url: target.toString() }, { max: 4 });
    await runMigrations(handle);
    return {
      ...handle,
      name: `postgres:${name}`,
      drop: async () => {
        await handle.close();
        const a = postgres(url.toString(), { max: 1, onnotice: () => {} });
        await a.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
  }
  const handle = openDatabase({ dataDir: "memory" });
  await runMigrations(handle);
  return { ...handle, name: "pglite:memory", drop: () => handle.close() };
}

export { rowsOf } from "@/db/rows";
