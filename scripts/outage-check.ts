/* `npm run test:outage` (a step of `npm test`, after `next build`): starts a Postgres cluster
   of its own (initdb in a temporary folder, port OUTAGE_PG_PORT, run as the `postgres` user
   when started as root; never the shared cluster), serves the app on it with `next start`
   (port OUTAGE_PORT), stops the cluster, times what requests get, starts it again and
   times the recovery, with no restart of the app. Prints one line per probe. Fails when:
   - an answer during the outage is not a 503 (page for a browser, JSON for the API) within
     5 s, the very first request into the outage included (a page, not the health check);
   - /api/health does not say the database is unreachable;
   - a path does not serve 200 again within 5 s of Postgres answering. */
import fs from "node:fs";
import {
  loadAverage,
  newCluster,
  prepareDatabase,
  scratchFolder,
  startApp,
  type AppServer,
  type Cluster,
} from "./harness";

const PG_PORT = Number(process.env.OUTAGE_PG_PORT ?? 55420);
const PORT = Number(process.env.OUTAGE_PORT ?? 3222);
const LIMIT_MS = 5_000;

type Probe = { status: number; ms: number; type: string; body: string };

async function probe(base: string, label: string, url: string, html = false): Promise<Probe> {
  const t0 = Date.now();
  let status = 0;
  let body = "";
  let type = "";
  try {
    const res = await fetch(`${base}${url}`, {
      signal: AbortSignal.timeout(30_000),
      redirect: "manual",
      headers: html ? { accept: "text/html" } : { accept: "application/json" },
    });
    status = res.status;
    type = res.headers.get("content-type") ?? "";
    body = (await res.text()).replace(/\s+/g, " ");
  } catch (e) {
    body = String(e);
  }
  const ms = Date.now() - t0;
  console.log(
    `${label.padEnd(10)} ${url.padEnd(28)} ${html ? "html" : "json"} ${status} ${ms} ms  ${body.slice(0, 70)}`,
  );
  return { status, ms, type, body };
}

const PATHS = ["/jobs", "/api/jobs?limit=5", "/guides/backend-engineer", "/", "/jobs?q=rust"];
let server: AppServer | undefined;
let cluster: Cluster | undefined;
const problems: string[] = [];
const started = Date.now();
const root = scratchFolder("ladder-outage-");
try {
  cluster = newCluster(PG_PORT, root);
  const base = `http://127.0.0.1:${PORT}`;
  const env = {
    ...process.env,
    DATABASE_URL: cluster.url(),
    AUTH_SECRET: "outage-drill-secret-not-for-any-real-deployment",
    APP_URL: base,
  };
  prepareDatabase(env, true);
  server = await startApp(PORT, env);
  for (const p of PATHS) await probe(base, "up", p, true);

  cluster.stop();
  // The first request into the outage is a page (the health check would warn the app first).
  const down: [string, boolean][] = [
    ["/jobs?q=first", true],
    ...PATHS.map((p): [string, boolean] => [p, true]),
    ...PATHS.map((p): [string, boolean] => [p, false]),
  ];
  for (const [p, html] of down) {
    const r = await probe(base, "down", p, html);
    if (r.status !== 503 || r.ms > LIMIT_MS) problems.push(`${p} during the outage: ${r.status} in ${r.ms} ms`);
    else if (html && !p.startsWith("/api/") && !/unavailable/i.test(r.body))
      problems.push(`${p}: the 503 page does not say the service is unavailable`);
  }
  // A sustained outage: requests keep coming for a while (postgres-js's reconnect backoff
  // grew to ~20 s with the failures before, which delayed the recovery).
  const until = Date.now() + Number(process.env.OUTAGE_SECONDS ?? 8) * 1000;
  let sustained = 0;
  while (Date.now() < until) {
    const r = await probe(base, "down", PATHS[sustained++ % PATHS.length]!, true);
    if (r.status !== 503 || r.ms > LIMIT_MS) problems.push(`during the outage: ${r.status} in ${r.ms} ms`);
    await new Promise((res) => setTimeout(res, 200));
  }
  const health = await probe(base, "down", "/api/health");
  if (health.status !== 503 || !health.body.includes('"database":"unreachable"'))
    problems.push(`/api/health during the outage: ${health.status} ${health.body.slice(0, 80)}`);

  cluster.start();
  // pg_ctl -w has returned: Postgres accepts connections. Each path must serve within 5 s.
  const back = Date.now();
  for (const p of ["/api/health", ...PATHS]) {
    let r = await probe(base, "recovering", p, true);
    while (r.status !== 200 && Date.now() - back < 30_000) {
      await new Promise((res) => setTimeout(res, 250));
      r = await probe(base, "recovering", p, true);
    }
    const after = Date.now() - back;
    if (r.status !== 200 || after > LIMIT_MS) problems.push(`${p} served again ${after} ms after Postgres returned`);
  }
  console.log(`every path served again ${Date.now() - back} ms after Postgres returned (${loadAverage()})`);
} catch (e) {
  problems.push(String(e));
} finally {
  await server?.stop();
  cluster?.remove();
  fs.rmSync(root, { recursive: true, force: true });
}
for (const p of problems) console.log(`  ✘ ${p}`);
console.log(
  `${problems.length ? "✘ outage drill failed" : "✔ outage drill passed"} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
);
process.exitCode = problems.length ? 1 : 0;
