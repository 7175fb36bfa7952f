/* `npm run test:cluster` (after `next build`; needs Debian's haproxy and pgbouncer, and Redis
   at REDIS_URL, default redis://127.0.0.1:6379): the app as several machines would run it,
   on this one. It starts, all of its own (never the shared Postgres):
   - a Postgres primary (CLUSTER_PG_PORT, 55421) and a streaming replica of it made with
     pg_basebackup (55422);
   - PgBouncer in transaction mode in front of the primary (CLUSTER_BOUNCER_PORT, 6435);
   - two `next start` (3332, 3333) on PgBouncer with DATABASE_PREPARE=false, reading search
     from the replica (DATABASE_REPLICA_URL), sharing AUTH_SECRET,
     NEXT_SERVER_ACTIONS_ENCRYPTION_KEY and the data cache in Redis (cache-handler.mjs);
   - HAProxy in front of both (CLUSTER_LB_PORT, 3338).
   Then prints one ✔/✘ line per point and exits 1 if any fails. `--install` installs the two
   Debian packages when they are missing (as root). */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { Redis } from "ioredis";
import {
  actionId,
  asPostgres,
  callAction,
  newCluster,
  newReplica,
  prepareDatabase,
  scratchFolder,
  signIn,
  startApp,
  type AppServer,
  type Cluster,
} from "./harness";
import { DEMO_PASSWORD } from "../db/seed";

const { values: args } = parseArgs({ options: { install: { type: "boolean", default: false } } });
const PG_PORT = Number(process.env.CLUSTER_PG_PORT ?? 55421);
const REPLICA_PORT = PG_PORT + 1;
const BOUNCER_PORT = Number(process.env.CLUSTER_BOUNCER_PORT ?? 6435);
const LB_PORT = Number(process.env.CLUSTER_LB_PORT ?? 3338);
const APP_PORTS = [Number(process.env.CLUSTER_APP_PORT ?? 3332), Number(process.env.CLUSTER_APP_PORT ?? 3332) + 1];
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const LB = `http://127.0.0.1:${LB_PORT}`;

const results: { ok: boolean; what: string }[] = [];
function check(ok: boolean, what: string) {
  results.push({ ok, what });
  console.log(`${ok ? "✔" : "✘"} ${what}`);
}

function binary(name: string): string | null {
  for (const dir of ["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"]) {
    if (fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

function needBinaries(): { haproxy: string; pgbouncer: string } {
  if ((!binary("haproxy") || !binary("pgbouncer")) && args.install) {
    execFileSync("apt-get", ["install", "-y", "-qq", "haproxy", "pgbouncer"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  }
  const haproxy = binary("haproxy");
  const pgbouncer = binary("pgbouncer");
  if (!haproxy || !pgbouncer) {
    console.error(
      "✘ test:cluster needs Debian's haproxy and pgbouncer: `sudo apt-get install -y haproxy pgbouncer`\n" +
        "  (or run `npm run test:cluster -- --install` as root).",
    );
    process.exit(1);
  }
  return { haproxy, pgbouncer };
}

/** PgBouncer in transaction mode on BOUNCER_PORT, in front of the primary (run as postgres). */
function startBouncer(bin: string, root: string, primary: Cluster): () => void {
  const ini = path.join(root, "pgbouncer.ini");
  const users = path.join(root, "userlist.txt");
  const pidfile = path.join(root, "pgbouncer.pid");
  fs.writeFileSync(users, '"postgres" ""\n');
  fs.writeFileSync(
    ini,
    [
      "[databases]",
      `ladder = host=127.0.0.1 port=${primary.port} dbname=postgres`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${BOUNCER_PORT}`,
      `unix_socket_dir = ${root}`,
      "auth_type = trust",
      `auth_file = ${users}`,
      "pool_mode = transaction",
      "max_client_conn = 500",
      "default_pool_size = 20",
      // postgres-js sends these at connect; the app's statement timeout is set on the role below.
      "ignore_startup_parameters = extra_float_digits, statement_timeout, options",
      `logfile = ${path.join(root, "pgbouncer.log")}`,
      `pidfile = ${pidfile}`,
      "",
    ].join("\n"),
  );
  fs.chmodSync(ini, 0o644);
  asPostgres(bin, ["-d", ini]);
  return () => {
    try {
      process.kill(Number(fs.readFileSync(pidfile, "utf8").trim()), "SIGTERM");
    } catch {
      /* gone */
    }
  };
}

/** HAProxy on LB_PORT, round robin over the app servers, health-checked on /api/health. */
function startHaproxy(bin: string, root: string): ChildProcess {
  const cfg = path.join(root, "haproxy.cfg");
  fs.writeFileSync(
    cfg,
    [
      "global",
      "  maxconn 1000",
      "defaults",
      "  mode http",
      "  timeout connect 5s",
      "  timeout client 60s",
      "  timeout server 60s",
      "frontend web",
      `  bind 127.0.0.1:${LB_PORT}`,
      "  option forwardfor",
      "  default_backend app",
      "backend app",
      "  balance roundrobin",
      "  option httpchk GET /api/health",
      ...APP_PORTS.map((p, i) => `  server app${i} 127.0.0.1:${p} check inter 2s`),
      "",
    ].join("\n"),
  );
  return spawn(bin, ["-f", cfg, "-db"], { stdio: "ignore" });
}

async function session(base: string, cookie: string): Promise<string | null> {
  const res = await fetch(`${base}/api/auth/session`, { headers: { cookie }, signal: AbortSignal.timeout(30_000) });
  const body = (await res.json().catch(() => null)) as { user?: { email?: string } } | null;
  return body?.user?.email ?? null;
}

/** Signs out through Auth.js's own endpoint (POST with its CSRF token). */
async function signOut(base: string, cookie: string): Promise<number> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { cookie }, signal: AbortSignal.timeout(30_000) });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = [cookie, ...csrf.headers.getSetCookie().map((c) => c.split(";", 1)[0]!)].join("; ");
  const res = await fetch(`${base}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar, origin: base },
    body: new URLSearchParams({ csrfToken, callbackUrl: base }),
    signal: AbortSignal.timeout(30_000),
  });
  await res.arrayBuffer();
  return res.status;
}

/** A form action call as React sends it for useActionState: [previous state, FormData]. */
async function callFormAction(base: string, page: string, id: string, fields: Record<string, string>, cookie: string) {
  // The fields first and the root last, as React's client encodes it: the server reads the
  // parts as they stream in and resolves the form when the root arrives.
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(`_1_${k}`, v);
  form.append("0", JSON.stringify([{}, "$K1"]));
  const res = await fetch(`${base}${page}`, {
    method: "POST",
    redirect: "manual",
    headers: { "next-action": id, accept: "text/x-component", origin: base, cookie },
    body: form,
    signal: AbortSignal.timeout(30_000),
  });
  return { status: res.status, body: await res.text() };
}

/** The guide page's count of open roles (the figure a listing write changes). */
async function guideOpenCount(base: string, slug: string): Promise<number | null> {
  const res = await fetch(`${base}/guides/${slug}`, { signal: AbortSignal.timeout(30_000) });
  const html = await res.text();
  const match = /Live figures from (?:<!-- -->)?([\d,]+)(?:<!-- -->)? open listings/.exec(html);
  return match ? Number(match[1]!.replace(/,/g, "")) : null;
}

async function main() {
  const bins = needBinaries();
  const root = scratchFolder("ladder-cluster-");
  const prefix = `ladder-cluster-${process.pid}:`;
  let primary: Cluster | undefined;
  let replica: Cluster | undefined;
  let stopBouncer: (() => void) | undefined;
  let lb: ChildProcess | undefined;
  const servers: AppServer[] = [];
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await redis.connect();
    primary = newCluster(PG_PORT, root, { wal_level: "replica", max_wal_senders: "5" });
    const primaryUrl = primary.url();
    const secrets = {
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
      APP_URL: LB,
    };
    const direct = { ...process.env, ...secrets, DATABASE_URL: primaryUrl };
    // Migrations and the seed go straight to the primary (a pooler in transaction mode is for the app).
    prepareDatabase(direct);
    execFileSync(path.join("node_modules", ".bin", "tsx"), ["scripts/seed.ts", "--demo", "--jobs", "3000"], {
      env: direct,
      stdio: "inherit",
    });
    const admin = postgres(primaryUrl, { max: 1, onnotice: () => {} });
    // The pooler drops the statement_timeout startup parameter, so the role carries it.
    await admin`alter role postgres set statement_timeout = '10s'`;
    replica = newReplica(primary, REPLICA_PORT, root);
    stopBouncer = startBouncer(bins.pgbouncer, root, primary);

    const env = {
      ...process.env,
      DATABASE_URL: `postgres://postgres@127.0.0.1:${BOUNCER_PORT}/ladder`,
      DATABASE_PREPARE: "false",
      DATABASE_REPLICA_URL: replica.url(),
      ...secrets,
      TRUSTED_PROXIES: "1",
      REDIS_URL,
      REDIS_CACHE_PREFIX: prefix,
      WORKER_IN_APP: "0",
    };
    for (const port of APP_PORTS) servers.push(await startApp(port, env));
    lb = startHaproxy(bins.haproxy, root);
    const [a, b] = servers as [AppServer, AppServer];
    for (let i = 0; i < 40; i++) {
      const ok = await fetch(`${LB}/api/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 500));
    }

    // 1. Through the balancer, requests reach both servers (their /api/health answers).
    const lbStatuses = await Promise.all(
      Array.from({ length: 6 }, () => fetch(`${LB}/jobs?q=engineer`).then((r) => r.status)),
    );
    check(
      lbStatuses.every((s) => s === 200),
      `HAProxy serves /jobs from two app servers on PgBouncer (transaction mode, prepare off): ${lbStatuses.join(" ")}`,
    );

    // 2. A session made on A works on B.
    const seeker = await signIn(a.base, "seeker@ladder.test");
    check(
      (await session(b.base, seeker)) === "seeker@ladder.test",
      "a session made on server A is accepted by server B",
    );

    // 3. A server action from A's build, called on B, succeeds and writes to the primary.
    const saveId = actionId("app/me/jobs/actions.ts", "setSavedAction");
    const [role] = await admin<{ id: number }[]>`select id from jobs where status = 'published' order by id limit 1`;
    const saved = await callAction(b.base, "/jobs", saveId, [{ jobId: role!.id, saved: true }], seeker);
    const [row] = await admin`select 1 from saved_jobs s join users u on u.id = s.user_id
      where u.email = 'seeker@ladder.test' and s.job_id = ${role!.id}`;
    check(
      saved.status === 200 && saved.body.includes('"ok":true') && Boolean(row),
      `a server action (setSavedAction) signed in on A succeeds on B and is stored (${saved.status})`,
    );

    // 4. Read-your-own-write with a stale replica: replay paused, save on B, tracker on A.
    const replicaSql = postgres(replica.url(), { max: 1, onnotice: () => {} });
    await replicaSql`select pg_wal_replay_pause()`;
    const [role2] = await admin<{ id: number; title: string }[]>`
      select id, title from jobs where status = 'published' order by id offset 1 limit 1`;
    const saved2 = await callAction(b.base, "/jobs", saveId, [{ jobId: role2!.id, saved: true }], seeker);
    const tracker = await (await fetch(`${a.base}/me/jobs`, { headers: { cookie: seeker } })).text();
    const [onReplica] = await replicaSql`select 1 from saved_jobs where job_id = ${role2!.id}`;
    const escapedTitle = role2!.title.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    check(
      saved2.status === 200 && tracker.includes(escapedTitle) && !onReplica,
      "with the replica paused (stale), a role saved on B shows at once on A's /me/jobs (read from the primary)",
    );
    await replicaSql`select pg_wal_replay_resume()`;

    // 5. Search is served by the replica: its transaction counter grows with searches.
    const commits = async () =>
      Number(
        (
          await replicaSql<
            { n: string }[]
          >`select xact_commit::text as n from pg_stat_database where datname = 'postgres'`
        )[0]!.n,
      );
    const before = await commits();
    const searches = 20;
    for (let i = 0; i < searches; i++) await fetch(`${LB}/api/jobs?q=engineer&page=${i}`).then((r) => r.arrayBuffer());
    await new Promise((r) => setTimeout(r, 600)); // statistics are flushed about every 0.5 s
    const grown = (await commits()) - before;
    check(grown >= searches, `search reads the replica: ${grown} transactions there for ${searches} searches`);

    // 6. Sign-in limits hold across both: 5 wrong passwords split over A and B, then the right one.
    const victim = "limit@ladder.test";
    await admin`insert into users (id, email, name, password_hash)
      select gen_random_uuid()::text, ${victim}, 'Limit', password_hash from users where email = 'seeker@ladder.test'`;
    for (let i = 0; i < 5; i++) {
      await signIn(i % 2 ? a.base : b.base, victim, "wrong-password-1").catch(() => null);
    }
    const blocked = await signIn(b.base, victim, DEMO_PASSWORD).then(
      () => false,
      (e: Error) => /\b429\b|Could not sign in/.test(e.message),
    );
    check(blocked, "after 5 failures spread over A and B, the right password is refused on either for the backoff");

    // 7. Sign-out on B revokes the session copied from A.
    const copied = await signIn(a.base, "admin@ladder.test");
    const beforeOut = await session(a.base, copied);
    await signOut(b.base, copied);
    check(
      beforeOut === "admin@ladder.test" && (await session(a.base, copied)) === null,
      "signing out on B revokes the same session cookie on A",
    );

    // 8. A listing write on A reaches B's cached guide figures (shared cache handler on Redis).
    const recruiter = await signIn(a.base, "recruiter@ladder.test").catch(() => null);
    const guide = "backend-engineer";
    const countBefore = await guideOpenCount(b.base, guide);
    if (recruiter && countBefore !== null) {
      const [open] = await admin<{ id: number }[]>`
        select j.id from jobs j join company_members m on m.company_id = j.company_id
        join users u on u.id = m.user_id join guides g on g.role_family = j.role_family
        where u.email = 'recruiter@ladder.test' and j.status = 'published'
          and (j.valid_through is null or j.valid_through > now()) and g.slug = ${guide} limit 1`;
      const closeId = actionId("app/recruiter/actions.ts", "closeJobAction");
      const closed = open
        ? await callFormAction(a.base, "/recruiter", closeId, { jobId: String(open.id) }, recruiter)
        : null;
      const t0 = Date.now();
      let countAfter = countBefore;
      while (countAfter === countBefore && Date.now() - t0 < 15_000) {
        countAfter = (await guideOpenCount(b.base, guide)) ?? countBefore;
        if (countAfter === countBefore) await new Promise((r) => setTimeout(r, 250));
      }
      const shared = (await redis.keys(`${prefix}*`)).length;
      check(
        Boolean(closed?.body.includes("Closed")) && countAfter === countBefore - 1,
        `a listing closed on A changes B's guide figure ${countBefore} -> ${countAfter} within ${Date.now() - t0} ms` +
          ` (close answered ${closed?.status ?? "nothing"}${closed?.body.includes("Closed") ? "" : ": " + closed?.body.slice(0, 200)};` +
          ` A shows ${await guideOpenCount(a.base, guide)}; ${shared} shared cache keys)`,
      );
    } else {
      check(
        false,
        `guide figure or recruiter sign-in unavailable (count ${countBefore}, recruiter ${Boolean(recruiter)})`,
      );
    }
    await replicaSql.end();
    await admin.end();
  } catch (e) {
    check(false, `the cluster run stopped: ${e instanceof Error ? e.message : String(e)}`);
    for (const s of servers) console.log(s.tail());
  } finally {
    lb?.kill("SIGTERM");
    for (const s of servers) await s.stop();
    stopBouncer?.();
    replica?.remove();
    primary?.remove();
    fs.rmSync(root, { recursive: true, force: true });
    // This run's cache entries (its own prefix) leave the shared Redis.
    try {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    } catch {
      /* Redis away */
    }
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(
    failed ? `✘ ${failed} of ${results.length} cluster points failed` : `✔ all ${results.length} cluster points hold`,
  );
  process.exitCode = failed ? 1 : 0;
}

await main();
