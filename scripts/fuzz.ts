/* `npm test`'s fuzz step (and `tsx scripts/fuzz.ts` after `next build`): starts `next start`
   on a fresh PGlite folder, then sends a seeded stream of hostile requests to /api/jobs,
   every route and every server action (signed out, and as the demo seeker, recruiter and
   admin), and prints how many answered 5xx. Any 5xx fails the step: bad input must get a
   4xx. Same seed, same requests (FUZZ_SEED, FUZZ_COUNT; the server's port is FUZZ_PORT). */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRandom } from "../db/seed/random";
import { toolEnv } from "../env";
import { signIn, startTestServer, testServerEnv } from "./test-server";

const tools = toolEnv();
const PORT = tools.FUZZ_PORT;
const BASE = `http://127.0.0.1:${PORT}`;
const SEED = tools.FUZZ_SEED;
const COUNT = tools.FUZZ_COUNT;
const rnd = createRandom(SEED);
const pick = rnd.pick;
const int = rnd.int;
const chance = (p: number) => rnd.next() < p;

// Values that broke or might break a boundary: control characters (Postgres refuses NUL,
// XML most C0), ids beyond 32 bits, numbers in odd spellings, dates out of range, lone
// surrogates, bad percent-encoding, markup, long text.
const NASTY = [
  "",
  " ",
  "a",
  "\u0000",
  "x\u0000y",
  "\u0001title",
  "line\r\nbreak",
  "\u007f\u0085",
  "\uD800",
  "\uDFFF lone",
  "\uFFFE",
  "0",
  "1",
  "2",
  "-1",
  "1e3",
  "0x10",
  "2147483647",
  "2147483648",
  "99999999999",
  "9".repeat(30),
  "NaN",
  "Infinity",
  "true",
  "false",
  "on",
  "null",
  "undefined",
  "2026-13-45",
  "+275760-09-13",
  "-271821-04-20",
  "9999-12-31",
  "0001-01-01",
  "%E0%A4%A",
  "%00",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "https://evil.test/",
  "//evil.test",
  "mid",
  "senior",
  "remote",
  "USD",
  "year",
  "backend-engineer",
  "python",
  "a".repeat(5_000),
  "ü🙂",
  "' OR 1=1 --",
  "$K1",
  "$undefined",
];
const nasty = () => pick(NASTY);
const nastyValue = (): unknown =>
  pick<() => unknown>([
    nasty,
    nasty,
    nasty,
    () => int(-5, 50),
    () => pick([2 ** 31, 2 ** 53, -(2 ** 31) - 1, 1.5, 1e308, -0]),
    () => pick([true, false, null]),
    () => [nasty(), nasty()],
    () => ({ [nasty()]: nasty() }),
  ])();

const FIELDS = [
  "id",
  "jobId",
  "saved",
  "name",
  "email",
  "password",
  "currentPassword",
  "newPassword",
  "callbackUrl",
  "provider",
  "title",
  "roleFamily",
  "level",
  "employmentType",
  "workplace",
  "location",
  "applicantRegions",
  "salaryMin",
  "salaryMax",
  "salaryCurrency",
  "salaryPeriod",
  "skills",
  "description",
  "apply",
  "closesOn",
  "publish",
  "allowDuplicate",
  "slug",
  "website",
  "size",
  "headquarters",
  "about",
  "companyId",
  "verified",
  "token",
  "reason",
  "note",
  "notes",
  "stage",
  "appliedOn",
  "nextStep",
  "nextStepOn",
  "query",
  "visibility",
  "headline",
  "yearsExperience",
  "targetLevel",
  "targetGuide",
  "guide",
  "days",
  "q",
  "milestone",
  "status",
];
const SEARCH_KEYS = [
  "q",
  "workplace",
  "level",
  "type",
  "salaryMin",
  "includeNoSalary",
  "company",
  "skill",
  "location",
  "postedWithin",
  "guide",
  "sort",
  "cursor",
  "limit",
  "histogram",
];

/** encodeURIComponent, but a lone surrogate (which it throws on) is sent as its invalid UTF-8 bytes. */
const enc = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, "")) + "%ED%A0%80";
  }
};
const b64url = (s: string) => Buffer.from(s, "utf8").toString("base64url");
/** A hand-made cursor: right and wrong types inside, dates in and out of range. */
function cursor(): string {
  const date = () =>
    pick<unknown>([
      "2026-01-01T00:00:00.000Z",
      "+275760-09-13T00:00:00.000Z",
      "0000-01-01",
      "1",
      123,
      "2026-02-30",
      null,
      "-001000-01-01T00:00:00Z",
    ]);
  const id = () => pick<unknown>([1, 2 ** 31, 2 ** 53 - 1, -1, "1", 1.5, 0]);
  const num = () => pick<unknown>([0, 5, 2 ** 31, 2 ** 53 - 1, -(2 ** 53), "5", null, 1e20]);
  return b64url(
    JSON.stringify(
      pick([
        () => ({ s: "newest", p: date(), id: id() }),
        () => ({ s: "salary", v: num(), id: id() }),
        () => ({ s: "relevance", t: pick([0, 1, 2]), r: num(), p: date(), id: id() }),
        () => ({ s: "match", m: num(), p: date(), id: id() }),
        () => [1, 2],
        () => "x",
      ])(),
    ),
  );
}

function searchQuery(): string {
  const parts: string[] = [];
  for (let i = int(0, 5); i > 0; i--) {
    const key = chance(0.9) ? pick(SEARCH_KEYS) : nasty();
    const value = key === "cursor" && chance(0.8) ? cursor() : String(nastyValue());
    parts.push(`${enc(key)}=${chance(0.1) ? pick(["%E0%A4%A", "%", "%zz", "%00"]) : enc(value)}`);
  }
  return parts.join("&");
}

const segment = () =>
  chance(0.3)
    ? pick(["%E0%A4%A", "%", "%C0%AF", "%00", "%FF%FE", "..%2F..%2Fetc", "a%2Fb"])
    : enc(String(nastyValue()));

type Who = "anon" | "seeker" | "recruiter" | "admin";
type Req = { method: string; path: string; headers?: Record<string, string>; body?: string | FormData; who: Who };

/** Every server action, with the pages that can run it (an action is POSTed to one of them). */
const ACTIONS: { id: string; name: string; pages: string[] }[] = [];
let jobSlugs: string[] = ["x"];
const GUIDES = ["backend-engineer", "frontend-engineer", "nope"];

function actionRequest(who: Who): Req {
  const action = pick(ACTIONS);
  const headers: Record<string, string> = { "next-action": action.id, accept: "text/x-component" };
  if (chance(0.95)) headers.origin = BASE;
  const fields = () => {
    const o: Record<string, unknown> = {};
    for (let i = int(0, 6); i > 0; i--) o[chance(0.9) ? pick(FIELDS) : nasty()] = nastyValue();
    return o;
  };
  let body: string | FormData;
  if (chance(0.5)) {
    // A form action's call from the browser: [previous state, FormData] as a React reply.
    const form = new FormData();
    form.append("0", JSON.stringify([pick([{}, "$undefined", null]), "$K1"]));
    for (const [k, v] of Object.entries(fields())) {
      const name = chance(0.05) ? pick(["\u0000", "a\u0001b", "x\r\ny", "\uD800"]) : k;
      form.append(`1_${name}`, typeof v === "string" ? v : JSON.stringify(v));
    }
    body = form;
  } else {
    // An argument-object action (buttons, toggles): one JSON argument, as text/plain.
    headers["content-type"] = "text/plain;charset=UTF-8";
    body = JSON.stringify(chance(0.9) ? [fields()] : pick([[], [nastyValue(), nastyValue()], {}, "x"]));
    if (chance(0.03)) body = "[" + nasty();
  }
  const template = pick(action.pages);
  const page = template
    .replace("[slug]", () => (template.includes("guides") ? pick(GUIDES) : pick(jobSlugs)))
    .replace(/\[\w+\]/, () => segment());
  return { method: "POST", path: page, headers, body, who };
}

function routeRequest(who: Who): Req {
  const slug = () => (chance(0.5) ? pick(jobSlugs) : segment());
  const kind = int(0, 15);
  switch (kind) {
    case 0:
    case 1:
    case 2:
      return { method: "GET", path: `/api/jobs?${searchQuery()}`, who };
    case 3:
      return { method: "GET", path: `/jobs?${searchQuery()}`, who };
    case 4:
      return { method: "GET", path: `/jobs/${slug()}`, who };
    case 5:
      return { method: "GET", path: `/jobs/${slug()}/apply`, who };
    case 6:
      return {
        method: "GET",
        path: `/${pick(["guides", "companies", "roadmaps/shared", "recruiter/join"])}/${segment()}`,
        who,
      };
    case 7:
      return {
        method: "GET",
        path: `/${pick(["me/searches", "recruiter/jobs"])}/${segment()}/${pick(["open", "edit"])}`,
        who,
      };
    case 8:
      return { method: "GET", path: `/feeds/searches/${segment()}`, who };
    case 9:
    case 10: {
      const guide = chance(0.7) ? pick(GUIDES) : segment();
      const sub = pick(["progress", "progress/merge"]);
      const ct = pick([
        "application/json",
        "application/json",
        "text/plain",
        "text/plain; application/json",
        "application/json; charset=utf-8",
        "application/x-www-form-urlencoded",
      ]);
      const body = chance(0.85)
        ? JSON.stringify(
            chance(0.5)
              ? { milestone: nastyValue(), status: pick(["done", "doing", "todo", nasty()]) }
              : { entries: [{ milestone: nastyValue(), status: nasty(), updatedAt: nastyValue() }] },
          )
        : nasty();
      return {
        method: pick(["PUT", "POST", "GET", "DELETE", "PATCH"]),
        path: `/api/me/roadmaps/${guide}/${sub}`,
        headers: { "content-type": ct, origin: chance(0.9) ? BASE : "http://evil.test" },
        body,
        who,
      };
    }
    case 11:
      return { method: pick(["GET", "POST"]), path: "/api/me/saved", who };
    case 12:
      return { method: "GET", path: "/api/health", who };
    case 13:
      return {
        method: "GET",
        path:
          pick([
            "/",
            "/jobs",
            "/guides",
            "/me",
            "/me/jobs",
            "/me/profile",
            "/me/matches",
            "/me/searches",
            "/admin",
            "/recruiter",
            "/recruiter/company",
            "/recruiter/jobs/new",
          ]) + (chance(0.3) ? `?${searchQuery()}` : ""),
        who,
      };
    case 14:
      return {
        method: "GET",
        path: `/api/auth/${pick(["session", "csrf", "providers", "signin", segment()])}?callbackUrl=${segment()}`,
        who,
      };
    default:
      return { method: "GET", path: `/${segment()}`, who };
  }
}

const cookies: Record<Who, string> = { anon: "", seeker: "", recruiter: "", admin: "" };

async function send(r: Req): Promise<number> {
  const headers: Record<string, string> = { ...r.headers };
  if (cookies[r.who]) headers.cookie = cookies[r.who];
  try {
    const res = await fetch(`${BASE}${r.path}`, {
      method: r.method,
      headers,
      body: r.method === "GET" || r.method === "HEAD" ? undefined : r.body,
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    await res.arrayBuffer();
    return res.status;
  } catch (e) {
    // A path fetch refuses to send (it validates URLs) is not the server's failure.
    if (e instanceof TypeError && !String(e.cause ?? "").includes("ECONN")) return 0;
    throw e;
  }
}

function loadActions() {
  const file = path.join(".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string; workers: Record<string, unknown> }>;
  };
  for (const [id, entry] of Object.entries(manifest.node)) {
    // "app/(auth)/sign-in/page" -> "/sign-in"
    const pages = Object.keys(entry.workers).map(
      (w) =>
        w
          .replace(/^app/, "")
          .replace(/\/page$/, "")
          .replace(/\/\([^)]+\)/g, "") || "/",
    );
    ACTIONS.push({ id, name: `${entry.filename ?? "?"}#${entry.exportedName ?? "?"}`, pages });
  }
  if (ACTIONS.length === 0) throw new Error(`No server actions in ${file}: run next build first`);
}

async function main() {
  loadActions();
  const dataDir = ".data/pglite-fuzz";
  fs.rmSync(dataDir, { recursive: true, force: true });
  const env = testServerEnv(PORT, dataDir, "fuzz");
  const prep = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/prepare-db.ts", "--seed"], {
    env,
    stdio: "inherit",
  });
  if (prep.status !== 0) throw new Error("prepare-db failed");
  const started = Date.now();
  const { server, log } = await startTestServer(PORT, env);
  try {
    cookies.seeker = await signIn(BASE, "seeker@ladder.test");
    cookies.recruiter = await signIn(BASE, "recruiter@ladder.test");
    cookies.admin = await signIn(BASE, "admin@ladder.test");
    console.log("Signed in as the three demo roles.");
    const jobs = (await (await fetch(`${BASE}/api/jobs?limit=20`, { signal: AbortSignal.timeout(60_000) })).json()) as {
      items?: { slug: string }[];
    };
    jobSlugs = (jobs.items ?? []).map((j) => j.slug);
    if (jobSlugs.length === 0) jobSlugs = ["x"];

    const requests: Req[] = [];
    for (let i = 0; i < COUNT; i++) {
      const who = pick<Who>(["anon", "seeker", "seeker", "recruiter", "admin"]);
      requests.push(chance(0.45) ? actionRequest(who) : routeRequest(who));
    }
    const byStatus = new Map<number, number>();
    const failures: string[] = [];
    // A few at a time: a shared machine, and the same order of writes on every run.
    const CONCURRENCY = 4;
    let next = 0;
    let done = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) {
          const r = requests[next++]!;
          const status = await send(r);
          done += 1;
          if (done % 400 === 0) console.log(`  ${done} sent (${((Date.now() - started) / 1000).toFixed(0)} s)`);
          byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
          if (status >= 500) {
            const action = r.headers?.["next-action"];
            const name = action ? ACTIONS.find((a) => a.id === action)?.name : "";
            failures.push(`${status} ${r.method} ${r.path.slice(0, 160)} ${r.who} ${name ?? ""}`);
          }
        }
      }),
    );
    const fives = failures.length;
    const summary = [...byStatus.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
    console.log(
      `Fuzz: ${requests.length} requests (seed ${SEED}, ${ACTIONS.length} actions) in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    console.log(`Statuses: ${summary.join(", ")}`);
    console.log(`5xx: ${fives}`);
    for (const f of failures.slice(0, 40)) console.log(`  ${f}`);
    if (fives > 0 && process.env.FUZZ_LOG) fs.writeFileSync(process.env.FUZZ_LOG, log.join(""));
    process.exitCode = fives === 0 ? 0 : 1;
  } finally {
    server.kill("SIGTERM");
  }
}

await main();
