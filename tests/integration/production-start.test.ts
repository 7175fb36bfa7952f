import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toolEnv } from "@/env";

/*
 * `npm start` is what production runs (`next start`): before serving, the server's own
 * start hook (instrumentation.ts register(), lib/start/prepare-server.ts) must refuse an
 * incomplete configuration, migrate, and never seed or write a secret. Each leg runs that
 * hook in a process of its own (tests/helpers/server-start.ts, NODE_ENV=production as under
 * `next start`) on a database of its own: an empty PGlite folder, or a new empty Postgres
 * database. The e2e, fuzz and abuse servers run the same hook under `next start` itself.
 */
const tools = toolEnv();
const onPostgres = tools.TEST_DB === "postgres" && !!tools.TEST_DATABASE_URL;
const GOOD_SECRET = crypto.randomBytes(32).toString("base64");

let target: Record<string, string>;
let cleanup: () => Promise<void>;
let countListings: () => Promise<number>;

beforeAll(async () => {
  if (onPostgres) {
    const server = new URL(tools.TEST_DATABASE_URL!);
    const name = `ladder_start_${crypto.randomBytes(5).toString("hex")}`;
    const admin = postgres(server.toString(), { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    target = { DATABASE_URL: url.toString() };
    countListings = async () => {
      const db = postgres(url.toString(), { max: 1 });
      const [row] = await db`select count(*)::int as n from jobs`;
      await db.end();
      return row!.n as number;
    };
    cleanup = async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ladder-start-"));
    target = { DATABASE_URL: "", PGLITE_DIR: dir };
    countListings = async () => {
      const { PGlite } = await import("@electric-sql/pglite");
      const db = await PGlite.create(dir);
      const { rows } = await db.query<{ n: number }>("select count(*)::int as n from jobs");
      await db.close();
      return rows[0]!.n;
    };
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
});
afterAll(() => cleanup?.());

/** Runs the server's start hook as `next start` would (no .env file is read: the environment is all it has). */
function prepare(extra: Record<string, string>) {
  const envLocal = fs.existsSync(".env.local") ? fs.readFileSync(".env.local", "utf8") : null;
  const inherited = { ...process.env };
  for (const name of ["AUTH_SECRET", "APP_URL", "AUTH_URL"]) delete inherited[name];
  const run = spawnSync(
    "node_modules/.bin/tsx",
    ["--import", path.resolve("scripts", "server-only-hook.mjs"), path.join("tests", "helpers", "server-start.ts")],
    {
      env: { ...inherited, NODE_ENV: "production", WORKER_IN_APP: "0", ...target, ...extra },
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  const envLocalAfter = fs.existsSync(".env.local") ? fs.readFileSync(".env.local", "utf8") : null;
  return { status: run.status, out: `${run.stdout}${run.stderr}`, wroteSecret: envLocalAfter !== envLocal };
}

describe(`npm start's start hook (${process.env.TEST_DB})`, () => {
  it("refuses to start without AUTH_SECRET and APP_URL, naming both, and opens no database", () => {
    const r = prepare({});
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/AUTH_SECRET is not set/);
    expect(r.out).toMatch(/APP_URL is not set/);
    expect(r.wroteSecret).toBe(false);
  });

  it("refuses a short AUTH_SECRET", () => {
    const r = prepare({ AUTH_SECRET: "too-short", APP_URL: "https://ladder.example.com" });
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/AUTH_SECRET is 9 characters long/);
    expect(r.out).not.toMatch(/APP_URL/);
  });

  it("refuses a setting that does not parse, naming it, instead of serving 500s", () => {
    for (const [name, value] of [
      ["APP_URL", "ladder.example"],
      ["TRUSTED_PROXIES", "abc"],
    ] as const) {
      const r = prepare({ AUTH_SECRET: GOOD_SECRET, APP_URL: "https://ladder.example.com", [name]: value });
      expect(r.status, name).toBe(1);
      expect(r.out, name).toMatch(new RegExp(`Cannot start: Invalid environment[\\s\\S]*${name}`));
    }
  });

  it("with a complete configuration migrates an empty database and leaves it empty", async () => {
    const r = prepare({ AUTH_SECRET: GOOD_SECRET, APP_URL: "https://ladder.example.com" });
    expect(r.out).not.toMatch(/seeding/i);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/npm run db:seed/);
    expect(r.wroteSecret).toBe(false);
    expect(await countListings()).toBe(0);
  });
});
