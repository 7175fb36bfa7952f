/* Shared parts of the drills that run the built app against real servers
   (scripts/load.ts, scripts/outage-check.ts, scripts/cluster.ts): a Postgres cluster of the
   script's own (initdb in a temporary folder, on a port of its own, never the shared 5432),
   `next start` processes with their memory read from /proc, sign-in over HTTP, percentiles. */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { DEMO_PASSWORD } from "../db/seed";

const PG_BIN = process.env.PG_BIN ?? findPgBin();
const asRoot = process.getuid?.() === 0;

function findPgBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  return path.join(root, versions[0] ?? "15", "bin");
}

const quote = (a: string) => `'${a.replace(/'/g, "'\\''")}'`;

/** Runs a command as the postgres user when we are root (initdb and postgres refuse root), else as us. */
export function asPostgres(file: string, args: string[]): string {
  return asRoot
    ? execFileSync("su", ["postgres", "-c", [file, ...args].map(quote).join(" ")], { stdio: "pipe" }).toString()
    : execFileSync(file, args, { stdio: "pipe" }).toString();
}

export type Cluster = {
  port: number;
  dir: string;
  /** postgres://postgres@127.0.0.1:<port>/<database> */
  url: (database?: string) => string;
  start: () => void;
  stop: () => void;
  /** Stops the cluster if it runs and deletes its folder. */
  remove: () => void;
};

function clusterAt(port: number, root: string, data: string): Cluster {
  const pgctl = (args: string[]) => asPostgres(path.join(PG_BIN, "pg_ctl"), ["-D", data, ...args]);
  return {
    port,
    dir: data,
    url: (database = "postgres") => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start: () =>
      void pgctl([
        "-w",
        "-l",
        path.join(root, `pg-${port}.log`),
        "-o",
        `-p ${port} -k ${root} -c listen_addresses=127.0.0.1`,
        "start",
      ]),
    stop: () => void pgctl(["-w", "-m", "fast", "stop"]),
    remove: () => {
      try {
        pgctl(["-w", "-m", "immediate", "stop"]);
      } catch {
        /* not running */
      }
      fs.rmSync(data, { recursive: true, force: true });
    },
  };
}

/** A temporary folder the postgres user may write to (root's temp folders are private). */
export function scratchFolder(prefix: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(root, 0o777);
  return root;
}

/**
 * A new Postgres cluster of our own on `port` in `root` (trust auth, user postgres), started.
 * `settings` go to postgresql.conf (e.g. wal_level for a replica).
 */
export function newCluster(port: number, root: string, settings: Record<string, string> = {}): Cluster {
  const data = path.join(root, `data-${port}`);
  asPostgres(path.join(PG_BIN, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres"]);
  const conf = Object.entries(settings).map(([k, v]) => `${k} = ${v}\n`);
  // Replication connections from 127.0.0.1 (trust: a throwaway local cluster).
  fs.appendFileSync(path.join(data, "pg_hba.conf"), "host replication all 127.0.0.1/32 trust\n");
  if (conf.length) fs.appendFileSync(path.join(data, "postgresql.conf"), conf.join(""));
  const cluster = clusterAt(port, root, data);
  cluster.start();
  return cluster;
}

/** A streaming replica of `primary` (pg_basebackup -R) on `port`, started. */
export function newReplica(primary: Cluster, port: number, root: string): Cluster {
  const data = path.join(root, `data-${port}`);
  asPostgres(path.join(PG_BIN, "pg_basebackup"), [
    "-h",
    "127.0.0.1",
    "-p",
    String(primary.port),
    "-U",
    "postgres",
    "-D",
    data,
    "-R",
    "-X",
    "stream",
    // An immediate checkpoint: the default spread one waits up to minutes on an idle primary.
    "-c",
    "fast",
  ]);
  const cluster = clusterAt(port, root, data);
  cluster.start();
  return cluster;
}

/** Creates database `name` on the server at `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, name: string, fresh = false): Promise<string> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    if (fresh) await sql.unsafe(`drop database if exists "${name}" with (force)`);
    const [row] = await sql`select 1 from pg_database where datname = ${name}`;
    if (!row) await sql.unsafe(`create database "${name}"`);
  } finally {
    await sql.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export type AppServer = {
  port: number;
  base: string;
  proc: ChildProcess;
  /** Resident memory of the server process and its children, in MiB. */
  rssMiB: () => number;
  /** The last lines the server printed. */
  tail: () => string;
  stop: () => Promise<void>;
};

const tsx = path.join("node_modules", ".bin", "tsx");

/** Migrates (and seeds an empty database with `--seed`) the database `env` points at. */
export function prepareDatabase(env: NodeJS.ProcessEnv, seed = false): void {
  const script = seed ? ["scripts/prepare-db.ts", "--seed"] : ["scripts/migrate.ts"];
  execFileSync(tsx, script, { env, stdio: "inherit" });
}

function treeRssKiB(pid: number): number {
  let total = 0;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      for (const child of children ? children.split(/\s+/) : []) total += treeRssKiB(Number(child));
    }
  } catch {
    /* gone */
  }
  return total;
}

/** Starts `next start` (after `next build`) on `port` with `env`; resolves once /api/health answers 200. */
export async function startApp(port: number, env: NodeJS.ProcessEnv, timeoutMs = 180_000): Promise<AppServer> {
  const base = `http://127.0.0.1:${port}`;
  const proc = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port)], {
    env: { NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(chunk.toString());
    if (lines.length > 200) lines.shift();
  };
  proc.stdout?.on("data", keep);
  proc.stderr?.on("data", keep);
  const server: AppServer = {
    port,
    base,
    proc,
    rssMiB: () => treeRssKiB(proc.pid ?? 0) / 1024,
    tail: () => lines.join("").split("\n").slice(-30).join("\n"),
    stop: async () => {
      if (proc.exitCode !== null) return;
      const exited = new Promise((r) => proc.once("exit", r));
      proc.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (proc.exitCode === null) proc.kill("SIGKILL");
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`next start on ${port} exited:\n${server.tail()}`);
    try {
      if ((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(10_000) })).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await server.stop();
  throw new Error(`next start on ${port} did not answer /api/health within ${timeoutMs / 1000} s:\n${server.tail()}`);
}

/** The session cookie(s) after signing in with the credentials form, or throws naming the status. */
export async function signIn(base: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { signal: AbortSignal.timeout(60_000) });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";", 1)[0]!);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    signal: AbortSignal.timeout(60_000),
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/me` }),
  });
  await res.arrayBuffer();
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";", 1)[0]!)
    .filter((c) => c.includes("session-token"));
  if (session.length === 0) throw new Error(`Could not sign in as ${email} (${res.status})`);
  return session.join("; ");
}

/**
 * Calls a server action by id the way React does for an argument call (one JSON argument),
 * POSTed to `page` with the app's Origin. Resolves the HTTP status and the RSC body.
 */
export async function callAction(
  base: string,
  page: string,
  actionId: string,
  args: unknown[],
  cookie: string,
): Promise<{ status: number; body: string }> {
  const res = await fetch(`${base}${page}`, {
    method: "POST",
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
    headers: {
      "next-action": actionId,
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      origin: base,
      cookie,
    },
    body: JSON.stringify(args),
  });
  return { status: res.status, body: await res.text() };
}

/** The id of the built server action `exportedName` defined in a file whose path ends with `file`. */
export function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName === exportedName && entry.filename?.endsWith(file)) return id;
  }
  throw new Error(`No server action ${exportedName} in ${file}: run next build first`);
}

/** The p-th percentile (0-100) of `values`, nearest rank; NaN when empty. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** "load 1.23 0.98 0.77" (1, 5 and 15 minutes): figures on a shared machine need it beside them. */
export const loadAverage = () =>
  `load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`;
