import { describe, expect, it } from "vitest";
import { databaseRecovered, databaseSuspect, noteConnectionClosed, noteQueryFailure } from "@/db/outage";
import { parseEnv } from "@/env";

// proxy.ts probes Postgres before letting a request through while the database is suspect;
// these are the events that make it so (or not).
describe("database outage state", () => {
  it("is suspect until a probe confirms the database, and after a connection closes", () => {
    databaseRecovered();
    expect(databaseSuspect()).toBe(false);
    noteConnectionClosed();
    expect(databaseSuspect()).toBe(true);
    databaseRecovered();
    expect(databaseSuspect()).toBe(false);
  });

  it("turns suspect on a failure to reach the server, not on a bad query", () => {
    databaseRecovered();
    noteQueryFailure({ code: "23505" });
    expect(databaseSuspect()).toBe(false);
    noteQueryFailure(Object.assign(new Error("Failed query"), { cause: { code: "ECONNREFUSED" } }));
    expect(databaseSuspect()).toBe(true);
    databaseRecovered();
    noteQueryFailure({ code: "57P01" }); // admin_shutdown: Postgres stopping
    expect(databaseSuspect()).toBe(true);
  });
});

describe("DATABASE_PREPARE", () => {
  it("is on by default and off with false or 0 (PgBouncer in transaction mode)", () => {
    expect(parseEnv({}).DATABASE_PREPARE).toBe(true);
    expect(parseEnv({ DATABASE_PREPARE: "false" }).DATABASE_PREPARE).toBe(false);
    expect(parseEnv({ DATABASE_PREPARE: "0" }).DATABASE_PREPARE).toBe(false);
    expect(parseEnv({ DATABASE_PREPARE: "true" }).DATABASE_PREPARE).toBe(true);
    expect(() => parseEnv({ DATABASE_PREPARE: "maybe" })).toThrow(/DATABASE_PREPARE/);
  });
});
