/* `npm run bench`: the search at 100k listings (and at --jobs N when larger) on real
   Postgres, measured two ways in one run: the search module's SQL through postgres-js, and GET /api/jobs on `next start`,
   each with 8 concurrent clients. Prints p50/p95/p99 per query class, throughput and the
   HTTP/SQL ratio, and writes docs/benchmarks.md. */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import { parseArgs } from "node:util";
import { inArray, sql } from "drizzle-orm";
import { openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";
import { rowsOf } from "../db/rows";
import { seedDatabase } from "../db/seed";
import { skills, userSkills, users } from "../db/schema";
import { getSiteCounts } from "../lib/jobs/queries";
import { getMatchedJobsByUser, getMatchViewerByUser, type MatchViewer } from "../lib/matches/queries";
import { decodeCursor, encodeCursor } from "../lib/search/cursor";
import { fromURLSearchParams, parseSearchParams } from "../lib/search/params";
import { RANK_CAP, SAMPLE_CAP, TEXT_SAMPLE_CAP } from "../lib/search/caps";
import { searchJobs } from "../lib/search/response";
import { progressBar } from "./cli";
import { env, toolEnv } from "../env";

const { values } = parseArgs({
  options: {
    jobs: { type: "string", default: "100000" },
    rounds: { type: "string", default: "12" },
    concurrency: { type: "string", default: "8" },
    port: { type: "string", default: "3400" },
    out: { type: "string", default: "docs/benchmarks.md" },
    "no-build": { type: "boolean", default: false },
    // Only the SQL classes whose names start with these (e.g. --only match,filters): no HTTP, no file.
    only: { type: "string" },
    // Only the page comparisons (guide, listing, company: cached vs rendered per request), printed, no file.
    pages: { type: "boolean", default: false },
  },
});
const url = toolEnv().BENCH_DATABASE_URL ?? env().DATABASE_URL;
if (!url) {
  console.error(
    "npm run bench needs a real Postgres: set DATABASE_URL (or BENCH_DATABASE_URL), e.g.\n  DATABASE_URL=postgres://postgres@127.0.0.1:5432/ladder_bench npm run bench",
  );
  process.exit(2);
}
const TARGET_JOBS = Number(values.jobs);
const ROUNDS = Number(values.rounds);
const CONCURRENCY = Number(values.concurrency);
const PORT = Number(values.port);

// user: run as the bench user (signed in; SQL only, the HTTP runs are signed out).
// matches: the /me/matches query itself, page 1 or (with a cursor in qs) a deeper page.
// home: the home page's live counts (getSiteCounts), SQL only.
type Query = { cls: string; qs: string; user?: boolean; matches?: boolean; home?: boolean };
const MIX: Query[] = [
  { cls: "filters only", qs: "" },
  { cls: "filters only", qs: "workplace=remote" },
  { cls: "filters only", qs: "level=senior&type=full_time" },
  { cls: "filters only", qs: "salaryMin=150000&workplace=remote&workplace=hybrid" },
  { cls: "filters only", qs: "skill=kubernetes&skill=go" },
  { cls: "filters only", qs: "company=tesorio" },
  { cls: "filters only", qs: "location=berlin&postedWithin=14" },
  { cls: "filters only", qs: "guide=backend-engineer&type=freelance" },
  // Remote roles open to a place: a country's regions (Germany: Europe, EMEA, Worldwide), and
  // a city's country and regions (Zürich: Switzerland, Europe...). Its own class: the
  // region arms are trigram matches over every remote listing open to the region.
  { cls: "remote place", qs: "workplace=remote&location=Germany" },
  { cls: "remote place", qs: "workplace=remote&location=Z%C3%BCrich" },
  { cls: "common word", qs: "q=engineer" },
  { cls: "common word", qs: "q=senior developer" },
  { cls: "rare word", qs: "q=rust" },
  { cls: "rare word", qs: "q=fairmarkit" },
  // Lower-case "it" beside a word of IT work reads as IT.
  { cls: "rare word", qs: "q=it+support" },
  { cls: "phrase", qs: 'q="site reliability"' },
  { cls: "phrase", qs: 'q="backend engineer" -java' },
  { cls: "words + filters", qs: "q=backend&workplace=remote&level=senior" },
  { cls: "words + filters", qs: "q=python OR go&salaryMin=120000&type=contract" },
  { cls: "sort", qs: "sort=salary" },
  { cls: "sort", qs: "q=engineer&sort=newest" },
  { cls: "sort", qs: "sort=salary&workplace=remote&level=lead" },
  { cls: "typo (suggestions)", qs: "q=kubrenetes" },
  { cls: "typo (suggestions)", qs: "q=pyhton" },
  { cls: "deep page (50)", qs: "" },
  { cls: "deep page (50)", qs: "sort=salary" },
  { cls: "deep page (50)", qs: "q=engineer" },
  // The home page's figures over every open listing (a full count cost 4x a search at 300k).
  { cls: "home page counts", qs: "", home: true },
  // Best match, as the bench user (8 backend skills, 4 years, senior target): the score is
  // computed over every listing the search or the matches page lets through.
  { cls: "match: /me/matches", qs: "", matches: true },
  { cls: "match: /me/matches", qs: "page=10", matches: true },
  { cls: "match: search sort", qs: "sort=match", user: true },
  { cls: "match: search sort", qs: "sort=match&workplace=remote&level=senior", user: true },
  { cls: "match: search sort", qs: "q=backend&sort=match", user: true },
  { cls: "match: search sort", qs: "sort=match&skill=kubernetes", user: true },
];
const BENCH_USER = { email: "bench-matches@ladder.test", yearsExperience: 4, targetLevel: "senior" as const };
const BENCH_SKILLS = ["postgresql", "sql", "docker", "rest", "aws", "go", "kubernetes", "redis"];

/**
 * The sizes measured in one run: 100k, and the --jobs size when larger. Each size has its
 * own database, so a later run reuses what an earlier one seeded: 100k in the database of
 * the URL, another size N in `<that name>_<N/1000>k` on the same server (created if missing).
 */
const BASE_SIZE = 100_000;
const SIZES = TARGET_JOBS > BASE_SIZE ? [BASE_SIZE, TARGET_JOBS] : [TARGET_JOBS];

async function databaseFor(size: number): Promise<string> {
  if (size === SIZES[0]) return url!;
  const target = new URL(url!);
  const name = `${target.pathname.slice(1)}_${Math.round(size / 1000)}k`;
  const admin = openDatabase({ url: url! }, { max: 1 });
  try {
    const exists = rowsOf(await admin.db.execute(sql`select 1 from pg_database where datname = ${name}`)).length > 0;
    if (!exists) await admin.db.execute(sql.raw(`create database "${name.replace(/"/g, "")}"`));
  } finally {
    await admin.close();
  }
  target.pathname = `/${name}`;
  return target.toString();
}

let handle: ReturnType<typeof openDatabase>;
let db: ReturnType<typeof openDatabase>["db"];
let dbUrl: string;

/** Seeding figures of the run, when it had to seed. */
type SeedTiming = { inserted: number; seconds: number };

async function ensureData(size: number): Promise<{ n: number; open: number; seeded: SeedTiming | null }> {
  await runMigrations(handle);
  const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from jobs`));
  let seeded: SeedTiming | null = null;
  if ((row?.n ?? 0) < size) {
    console.log(`Seeding up to ${size.toLocaleString("en-US")} listings (have ${row?.n ?? 0})...`);
    const t0 = performance.now();
    const result = await seedDatabase(db, { jobs: size, onProgress: progressBar("Listings") });
    seeded = { inserted: result.jobsInserted, seconds: (performance.now() - t0) / 1000 };
    console.log(
      `Seeded ${seeded.inserted.toLocaleString("en-US")} listings in ${seeded.seconds.toFixed(0)} s (${(seeded.inserted / seeded.seconds).toFixed(0)} rows/s, indexes included).`,
    );
  }
  await db.execute(sql`vacuum analyze`);
  const [n] = rowsOf<{ n: number; open: number }>(
    await db.execute(
      sql`select count(*)::int as n, (count(*) filter (where status = 'published' and valid_through > now()))::int as open from jobs`,
    ),
  );
  return { ...n!, seeded };
}

function params(qs: string) {
  const r = parseSearchParams(fromURLSearchParams(new URLSearchParams(qs)));
  if (!r.ok) throw new Error(`bad bench query ${qs}: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** The bench user (created once, idempotently) with a realistic backend skill set. */
async function ensureBenchUser(): Promise<MatchViewer> {
  await db
    .insert(users)
    .values({ ...BENCH_USER, name: "Bench Matches" })
    .onConflictDoNothing({ target: users.email });
  const [u] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`${users.email} = ${BENCH_USER.email}`);
  const ids = await db.select({ id: skills.id }).from(skills).where(inArray(skills.slug, BENCH_SKILLS));
  await db
    .insert(userSkills)
    .values(ids.map((s) => ({ userId: u!.id, skillId: s.id })))
    .onConflictDoNothing();
  return (await getMatchViewerByUser(u!.id, db))!;
}

let viewer: MatchViewer;

/** One query of the mix, through the same modules the pages and /api/jobs use. */
async function runQuery(q: Query) {
  if (q.home) {
    await getSiteCounts(db);
  } else if (q.matches) {
    const cursor = new URLSearchParams(q.qs).get("cursor");
    const after = cursor ? decodeCursor(cursor) : null;
    await getMatchedJobsByUser(viewer.userId, { after: after?.s === "match" ? after : null }, db);
  } else {
    await searchJobs(params(q.qs), q.user ? { viewer } : {}, db);
  }
}

/** Resolves the deep-page queries to the cursor of page 50 (20 per page), /me/matches to page 10. */
async function resolveDeepPages(mix: Query[]): Promise<Query[]> {
  const out: Query[] = [];
  for (const q of mix) {
    if (q.matches && q.qs.startsWith("page=")) {
      let after = null;
      for (let page = 1; page < Number(q.qs.slice(5)); page++) {
        after = (await getMatchedJobsByUser(viewer.userId, { after }, db)).nextCursor;
        if (!after) throw new Error(`no /me/matches page ${q.qs}`);
      }
      out.push({ ...q, qs: `cursor=${encodeCursor(after!)}` });
      continue;
    }
    if (!q.cls.startsWith("deep")) {
      out.push(q);
      continue;
    }
    let cursor: string | null = null;
    for (let page = 1; page < 50; page++) {
      const res = await searchJobs(params(`${q.qs}${cursor ? `&cursor=${cursor}` : ""}`), {}, db);
      cursor = res.nextCursor;
      if (!cursor) throw new Error(`no page 50 for ${q.qs}`);
    }
    out.push({ ...q, qs: `${q.qs}${q.qs ? "&" : ""}cursor=${cursor}` });
  }
  return out;
}

type Sample = { cls: string; ms: number; ok: boolean };

/** Runs every query ROUNDS times, CONCURRENCY at a time; returns samples and wall time. */
async function load(mix: Query[], run: (q: Query) => Promise<void>, clients = CONCURRENCY) {
  const jobs: Query[] = [];
  for (let r = 0; r < ROUNDS; r++) jobs.push(...mix);
  const samples: Sample[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < jobs.length) {
        const q = jobs[next++]!;
        const t0 = performance.now();
        let ok = true;
        try {
          await run(q);
        } catch {
          ok = false;
        }
        samples.push({ cls: q.cls, ms: performance.now() - t0, ok });
      }
    }),
  );
  return { samples, seconds: (performance.now() - started) / 1000 };
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

function summarize(samples: Sample[]) {
  const classes = [...new Set(samples.map((s) => s.cls))];
  return classes.map((cls) => {
    const ms = samples
      .filter((s) => s.cls === cls)
      .map((s) => s.ms)
      .sort((a, b) => a - b);
    return {
      cls,
      n: ms.length,
      p50: pct(ms, 50),
      p95: pct(ms, 95),
      p99: pct(ms, 99),
      errors: samples.filter((s) => s.cls === cls && !s.ok).length,
    };
  });
}

let built = false;

async function startServer(env: Record<string, string>): Promise<() => Promise<void>> {
  if (!built && !values["no-build"]) {
    built = true;
    console.log("Building the production server (next build; --no-build skips)...");
    const b = spawnSync("node_modules/.bin/next", ["build"], { stdio: ["ignore", "ignore", "inherit"] });
    if (b.status !== 0) throw new Error("next build failed");
  }
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], {
    env: {
      // A production server is handed its secret and origin (it never writes one); these are the bench's own.
      AUTH_SECRET: "bench-only-secret-not-for-any-real-deployment",
      APP_URL: `http://127.0.0.1:${PORT}`,
      ...process.env,
      ...env,
      DATABASE_URL: dbUrl,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${PORT}/api/health`);
      if (r.ok) {
        return () =>
          new Promise<void>((resolve) => {
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          });
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGTERM");
  throw new Error("next start did not answer /api/health");
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "-");

/**
 * The public pages that read cached data (guide, listing, company), each against the same
 * page reading the database on every request (app/bench/*, LADDER_BENCH_ROUTES=1): requests/s
 * at CONCURRENCY clients, signed out. One line per page for the summary.
 */
async function measurePages(agent: http.Agent): Promise<string[]> {
  const page = (path: string) =>
    new Promise<void>((resolve, reject) => {
      http
        .get(`http://127.0.0.1:${PORT}${path}`, { agent }, (res) => {
          res.resume();
          res.on("end", () => (res.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${res.statusCode}`))));
        })
        .on("error", reject);
    });
  const rps = async (path: string, n: number) => {
    for (let i = 0; i < 3; i++) await page(path);
    let next = 0;
    let failures = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next++ < n) await page(path).catch(() => failures++);
      }),
    );
    return { rps: n / ((performance.now() - t0) / 1000), failures };
  };
  // The newest open listing, and the company with the most open roles (the heaviest page).
  const [listing] = rowsOf<{ slug: string }>(
    await db.execute(
      sql`select slug from jobs where status = 'published' and (valid_through is null or valid_through > now()) order by published_at desc limit 1`,
    ),
  );
  const [company] = rowsOf<{ slug: string }>(
    await db.execute(sql`select c.slug from companies c join jobs j on j.company_id = c.id
      where j.status = 'published' and (j.valid_through is null or j.valid_through > now())
      group by c.slug order by count(*) desc limit 1`),
  );
  const pages = [
    { name: "Guide page", cached: "/guides/backend-engineer", uncached: "/bench/guides/backend-engineer", n: 150 },
    { name: "Listing page", cached: `/jobs/${listing!.slug}`, uncached: `/bench/jobs/${listing!.slug}`, n: 400 },
    {
      name: "Company page",
      cached: `/companies/${company!.slug}`,
      uncached: `/bench/companies/${company!.slug}`,
      n: 150,
    },
  ];
  const stop = await startServer({ LADDER_BENCH_ROUTES: "1" });
  const lines: string[] = [];
  try {
    for (const p of pages) {
      // The cached side gets more requests: it answers faster, and each side should run for seconds.
      const cached = await rps(p.cached, p.n * 5);
      const dynamic = await rps(p.uncached, p.n);
      lines.push(
        `${p.name} ${p.cached} at ${CONCURRENCY} clients: served from cache ${cached.rps.toFixed(0)} requests/s, rendered per request ${dynamic.rps.toFixed(0)} requests/s: ${(cached.rps / dynamic.rps).toFixed(1)}x (target >= 10x). Failures: ${cached.failures + dynamic.failures}.`,
      );
    }
  } finally {
    await stop();
  }
  return lines;
}

/** Seeds (if needed) and measures one size; returns its section of docs/benchmarks.md, or null with --only. */
async function measure(size: number): Promise<string | null> {
  dbUrl = await databaseFor(size);
  handle = openDatabase({ url: dbUrl }, { max: CONCURRENCY });
  db = handle.db;
  try {
    return await measureOpen(size);
  } finally {
    await handle.close();
  }
}

async function measureOpen(size: number): Promise<string | null> {
  const counts = await ensureData(size);
  console.log(`Database: ${counts.n.toLocaleString("en-US")} listings, ${counts.open.toLocaleString("en-US")} open.`);
  viewer = await ensureBenchUser();
  if (values.pages) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const lines = await measurePages(agent);
    agent.destroy();
    console.log(`\n${lines.join("\n")}`);
    return null;
  }
  const only = values.only;
  const prefixes = only?.split(",").map((x) => x.trim()) ?? [];
  const mix = await resolveDeepPages(only ? MIX.filter((q) => prefixes.some((x) => q.cls.startsWith(x))) : MIX);

  // The main comparison: every search computed in full (nothing is cached between searches),
  // once in-process through postgres-js and once over HTTP. Each path is warmed once first.
  for (const q of mix) await runQuery(q);
  const runSql = runQuery;
  // SQL latency: one client, what each search costs. SQL throughput: 8 clients, the
  // baseline the HTTP throughput is compared with.
  const sqlSerial = await load(mix, runSql, 1);
  // Signed-in classes run through SQL only: the HTTP runs below are signed out, and the
  // throughput comparison keeps to the same signed-out mix on both sides.
  const httpMix = mix.filter((q) => !q.user && !q.matches && !q.home);
  const sqlRun = await load(only ? mix : httpMix, runSql);
  if (only) {
    const lines = summarize(sqlSerial.samples).map(
      (s) => `| ${s.cls} | ${s.n} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.p99)} | ${s.errors} |`,
    );
    const tput = summarize(sqlRun.samples).map((s) => `${s.cls}: p95 ${fmt(s.p95)} ms at ${CONCURRENCY} clients`);
    console.log(
      `\n| query class | queries | SQL p50 (1 client) | SQL p95 | SQL p99 | errors |\n|---|---:|---:|---:|---:|---:|\n${lines.join("\n")}\n\n${tput.join("\n")}`,
    );
    return null;
  }
  // node:http with keep-alive: a light client, so the load generator does not take the
  // CPU the server needs (fetch costs several times more per request here).
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const get = (q: Query) =>
    new Promise<void>((resolve, reject) => {
      http
        .get(`http://127.0.0.1:${PORT}/api/jobs?${new URLSearchParams(q.qs)}`, { agent }, (res) => {
          res.resume();
          res.on("end", () => (res.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${res.statusCode}`))));
        })
        .on("error", reject);
    });
  const overHttp = async (env: Record<string, string>) => {
    const stop = await startServer(env);
    try {
      for (const q of httpMix) await get(q);
      return await load(httpMix, get);
    } finally {
      await stop();
    }
  };
  const httpRun = await overHttp({});

  const pageLines = await measurePages(agent);
  agent.destroy();

  const sqlRows = summarize(sqlSerial.samples);
  const httpRows = summarize(httpRun.samples);
  // The "all" row compares like with like: the signed-out search mix only.
  const signedOut = (rows: Sample[]) => rows.filter((r) => !r.cls.startsWith("match:") && r.cls !== "home page counts");
  const sqlTput = sqlRun.samples.length / sqlRun.seconds;
  const httpTput = httpRun.samples.length / httpRun.seconds;
  const errors = [...sqlSerial.samples, ...sqlRun.samples, ...httpRun.samples].filter((s) => !s.ok).length;

  const lines: string[] = [];
  lines.push(
    "| query class | queries | SQL p50 (1 client) | SQL p95 | SQL p99 | HTTP p50 (8 clients) | HTTP p95 | HTTP p99 | HTTP/SQL p95 | errors |",
  );
  lines.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const s of sqlRows) {
    const h = httpRows.find((x) => x.cls === s.cls);
    if (!h) {
      // Signed-in classes (best match): SQL only.
      lines.push(`| ${s.cls} | ${s.n} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.p99)} | - | - | - | - | ${s.errors} |`);
      continue;
    }
    lines.push(
      `| ${s.cls} | ${s.n} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.p99)} | ${fmt(h.p50)} | ${fmt(h.p95)} | ${fmt(h.p99)} | ${(h.p95 / s.p95).toFixed(2)}x | ${s.errors + h.errors} |`,
    );
  }
  const all = (rows: Sample[]) => rows.map((s) => s.ms).sort((a, b) => a - b);
  const sqlAll = all(signedOut(sqlSerial.samples));
  const httpAll = all(httpRun.samples);
  lines.push(
    `| **all** | ${sqlAll.length} | ${fmt(pct(sqlAll, 50))} | ${fmt(pct(sqlAll, 95))} | ${fmt(pct(sqlAll, 99))} | ${fmt(pct(httpAll, 50))} | ${fmt(pct(httpAll, 95))} | ${fmt(pct(httpAll, 99))} | ${(pct(httpAll, 95) / pct(sqlAll, 95)).toFixed(2)}x | ${errors} |`,
  );
  const summary = [
    `Throughput at ${CONCURRENCY} clients: SQL ${sqlTput.toFixed(0)} searches/s (p95 ${fmt(pct(all(sqlRun.samples), 95))} ms), HTTP ${httpTput.toFixed(0)} searches/s: HTTP/SQL = ${(httpTput / sqlTput).toFixed(2)}x (target >= 0.5x).`,
    `Worst class p95: SQL ${fmt(Math.max(...sqlRows.map((r) => r.p95)))} ms (target <= 50), HTTP ${fmt(Math.max(...httpRows.map((r) => r.p95)))} ms (target <= 150). Errors: ${errors}.`,
  ];
  summary.push(...pageLines);
  const table = lines.join("\n");
  console.log(`\n${table}\n\n${summary.join("\n")}`);

  // Recorded with the figures: at 100k the jobs heap (~160 MB) is larger than Debian's default
  // shared_buffers (128 MB), so some reads come from the OS cache.
  const pgRow = rowsOf<{ v: string; b: string }>(
    await db.execute(sql`select current_setting('server_version') as v, current_setting('shared_buffers') as b`),
  )[0]!;
  const pg = `${pgRow.v}, shared_buffers ${pgRow.b}`;
  const load1 = os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(", ");
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL ${pg}; load average at the end ${load1} (1, 5, 15 min: other work shared the cores)`;
  const seededLine = counts.seeded
    ? `\nSeeded in this run: ${counts.seeded.inserted.toLocaleString("en-US")} listings in ${counts.seeded.seconds.toFixed(0)} s (${(counts.seeded.inserted / counts.seeded.seconds).toFixed(0)} rows/s, index builds included).\n`
    : "";
  return `## Search at ${counts.n.toLocaleString("en-US")} listings (${counts.open.toLocaleString("en-US")} open)

Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.
${seededLine}
${table}

${summary.join("\n")}
`;
}

async function main() {
  const sections: string[] = [];
  for (const size of SIZES) {
    const section = await measure(size);
    if (section) sections.push(section);
  }
  if (sections.length === 0) return;
  const doc = `# Benchmarks

Produced by \`npm run bench\` (scripts/bench.ts); re-run it to refresh this file (comparisons
measured by hand live in docs/benchmark-comparisons.md). \`-- --jobs N\`
measures at 100,000 listings and then at N in the same run (each size in its own database).

Each of ${MIX.length} queries ran ${ROUNDS} times per size, in the same run:
**SQL** is the search module (results, total, facets, and suggestions when empty) through
postgres-js in-process, timed with one client (latency) and with ${CONCURRENCY} (throughput);
**HTTP** (${CONCURRENCY} concurrent clients) is \`GET /api/jobs\` on \`next start\` (the same module
plus Next.js and JSON). Both compute every search in full: nothing is cached between
searches (a cache of totals in one process served stale counts after a write on another;
issue 14). Latencies in milliseconds.

${sections.join("\n")}
Query classes: filters only (no words), common word, rare word, phrase, words + filters,
each sort, page 50 by keyset cursor, and a misspelled word that falls through to
"did you mean" suggestions. Work per search is capped, not proportional to the matches:
relevance ranks the newest ${RANK_CAP} matches; totals and facets count the newest
${TEXT_SAMPLE_CAP} matches of a text search (the ranked set itself, read by the same statement) or
${SAMPLE_CAP.toLocaleString("en-US")} of a search by filters alone (read from an index), and past that the total is
Postgres' estimate, flagged \`totalIsEstimate\`.

The listings are generated by the seed and inserted in the order they were posted, as a
live board fills its table (ids and dates rise together), so the newest matches of a
search sit together on disk as they would in production.
`;
  fs.mkdirSync("docs", { recursive: true });
  fs.writeFileSync(values.out!, doc);
  console.log(`\nWrote ${values.out}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
