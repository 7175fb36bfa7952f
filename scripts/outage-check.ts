/* Outage drill (after `next build`): starts a Postgres cluster of its own (initdb in a
   temporary folder, port OUTAGE_PG_PORT, run as the `postgres` user when started as root),
   serves the app on it with `next start` (port OUTAGE_PORT), stops the cluster, times what
   requests get, starts it again and checks recovery. Never touches another cluster.
   Prints one line per probe; fails when an answer during the outage is not a 503 within
   5 s, or the app does not recover. `tsx scripts/outage-check.ts` */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const PG_PORT = Number(process.env.OUTAGE_PG_PORT ?? 55420);
const PORT = Number(process.env.OUTAGE_PORT ?? 3222);
const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
const BASE = `http://127.0.0.1:${PORT}`;
const root = fs.mkdtempSync(path.join(os.tmpdir(), "ladder-outage-"));
const data = path.join(root, "data");
const asRoot = process.getuid?.() === 0;

/** Runs a Postgres tool, as the postgres user when we are root (initdb refuses root). */
function pg(tool: string, args: string[]) {
  const cmd = [path.join(BIN, tool), ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  return asRoot
    ? execFileSync("su", ["postgres", "-c", cmd], { stdio: "pipe" }).toString()
    : execFileSync(path.join(BIN, tool), args, { stdio: "pipe" }).toString();
}
const startCluster = () =>
  pg("pg_ctl", [
    "-D",
    data,
    "-w",
    "-l",
    path.join(root, "pg.log"),
    "-o",
    `-p ${PG_PORT} -k ${root} -c listen_addresses=127.0.0.1`,
    "start",
  ]);
const stopCluster = () => pg("pg_ctl", ["-D", data, "-w", "-m", "fast", "stop"]);

async function probe(label: string, url: string) {
  const t0 = Date.now();
  let status = 0;
  let body = "";
  try {
    const res = await fetch(`${BASE}${url}`, { signal: AbortSignal.timeout(30_000), redirect: "manual" });
    status = res.status;
    body = (await res.text()).slice(0, 80).replace(/\s+/g, " ");
  } catch (e) {
    body = String(e);
  }
  const ms = Date.now() - t0;
  console.log(`${label.padEnd(10)} ${url.padEnd(28)} ${status} ${ms} ms  ${body}`);
  return { status, ms };
}

const PATHS = ["/api/health", "/jobs", "/api/jobs?limit=5", "/guides/backend-engineer", "/"];
let server: ReturnType<typeof spawn> | undefined;
let failed = false;
try {
  fs.chmodSync(root, 0o777);
  pg("initdb", ["-D", data, "-A", "trust", "-U", "postgres"]);
  startCluster();
  const url = `postgres://postgres@127.0.0.1:${PG_PORT}/postgres`;
  const env = {
    ...process.env,
    DATABASE_URL: url,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: "outage-drill-secret-not-for-any-real-deployment",
    APP_URL: BASE,
  };
  execFileSync(path.join("node_modules", ".bin", "tsx"), ["scripts/prepare-db.ts", "--seed"], {
    env,
    stdio: "inherit",
  });
  server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(PORT)], { env, stdio: "ignore" });
  for (let i = 0; i < 120; i++) {
    if ((await probe("starting", "/api/health")).status === 200) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  for (const p of PATHS) await probe("up", p);
  stopCluster();
  for (const p of [...PATHS, ...PATHS]) {
    const { status, ms } = await probe("down", p);
    if (status !== 503 || ms > 5_000) failed = true;
  }
  startCluster();
  // Recovery: within 30 s of the cluster's return every path serves again.
  const back = Date.now();
  while ((await probe("recovering", "/api/health")).status !== 200 && Date.now() - back < 30_000) {
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(`recovered after ${Date.now() - back} ms`);
  for (const p of PATHS) {
    const { status } = await probe("recovered", p);
    if (status !== 200) failed = true;
  }
} finally {
  server?.kill("SIGTERM");
  try {
    stopCluster();
  } catch {
    /* already stopped */
  }
  fs.rmSync(root, { recursive: true, force: true });
}
console.log(failed ? "✘ outage drill failed" : "✔ outage drill passed");
process.exitCode = failed ? 1 : 0;
