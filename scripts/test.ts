/* `npm test`: format check, typecheck, lint (with the layer rules), dead-code and
   unused-dependency check (knip), unit + integration (PGlite, and Postgres when
   TEST_DATABASE_URL or DATABASE_URL is set), production build, a seeded fuzz of the built app, the XSS
   abuse check of the built app (scripts/abuse.ts), the outage drill, then e2e in Chromium.
   Stops at the first failing step and ends with one "N passed, N failed" line. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { findChromium } from "../e2e/chromium";

const bin = (name: string) => path.join("node_modules", ".bin", name);
const reports = path.join(".data", "test-reports");
fs.mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
const started = Date.now();

function run(label: string, cmd: string, args: string[], env: Record<string, string> = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`${ok ? "✔" : "✘"} ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return ok;
}

function finish(code: number): never {
  console.log(`\nTotal time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code);
}

type Report = { numPassedTests?: number; numFailedTests?: number; stats?: { expected?: number; unexpected?: number } };

function tally(file: string, read: (json: Report) => { ok: number; bad: number }) {
  try {
    const { ok, bad } = read(JSON.parse(fs.readFileSync(file, "utf8")));
    passed += ok;
    failed += bad;
  } catch {
    failed += 1;
  }
}

const chromium = findChromium();
if (!chromium) {
  console.error(
    "\n✘ No Chromium found: the e2e tests need one.\n" +
      "  Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chrome/Chromium binary.",
  );
  failed += 1;
  finish(1);
}

if (!run("Format (prettier --check)", bin("prettier"), ["--check", ".", "--log-level=warn"])) {
  failed += 1;
  finish(1);
}
if (!run("Typecheck", bin("tsc"), ["--noEmit"])) {
  failed += 1;
  finish(1);
}
if (!run("Lint and layer rules (eslint)", bin("eslint"), [".", "--max-warnings=0"])) {
  failed += 1;
  finish(1);
}
if (!run("Dead code and unused dependencies (knip)", bin("knip"), [])) {
  failed += 1;
  finish(1);
}

const vitestReport = path.join(reports, "vitest.json");
const unitOk = run("Unit and integration tests (vitest)", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestReport}`,
]);
tally(vitestReport, (j) => ({ ok: j.numPassedTests ?? 0, bad: j.numFailedTests ?? 0 }));
if (!unitOk) {
  if (failed === 0) failed += 1;
  finish(1);
}

if (!run("Production build (next build)", bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1" })) {
  failed += 1;
  finish(1);
}

// Hostile requests against the built app: every route and server action; any 5xx fails.
if (!run("Fuzz (seeded, every route and action; 0 5xx)", bin("tsx"), ["scripts/fuzz.ts"])) {
  failed += 1;
  finish(1);
}
passed += 1;

// XSS payloads through every user-written text, then Chromium on every page showing them.
if (
  !run("Abuse (XSS payloads in every user-written text; Chromium)", bin("tsx"), [
    "--import",
    "./scripts/server-only-hook.mjs",
    "scripts/abuse.ts",
  ])
) {
  failed += 1;
  finish(1);
}
passed += 1;

// Postgres stopped and started under the built app (a cluster of its own, never the shared one).
if (!run("Outage drill (own Postgres cluster stopped and started)", bin("tsx"), ["scripts/outage-check.ts"])) {
  failed += 1;
  finish(1);
}
passed += 1;

const e2eReport = path.join(reports, "playwright.json");
const e2eOk = run("End-to-end tests (Playwright + Chromium)", bin("playwright"), ["test"], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
});
tally(e2eReport, (j) => ({ ok: j.stats?.expected ?? 0, bad: j.stats?.unexpected ?? 0 }));
finish(unitOk && e2eOk ? 0 : 1);
