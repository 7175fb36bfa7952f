import { eq } from "drizzle-orm";
import { runMigrations } from "../db/migrate";
import { seedDatabase } from "../db/seed";
import { companies, importSources, jobs } from "../db/schema";
import { toolEnv } from "../env";
import { syncSource } from "../lib/import/sync";
import { startFixtureServer } from "../tests/helpers/fixture-server";
import { openDatabase } from "../db/client";

/*
 * npm run bench:import [-- --postings 5000]: times syncing one Greenhouse board of N
 * postings (default 5,000) on real Postgres (BENCH_DATABASE_URL, else DATABASE_URL),
 * served by a local fixture server on port 3275: the first sync (all new), a re-run (all
 * unchanged), and a re-run where 10% changed and 5% vanished. The bench company and its
 * listings are deleted first, so every run starts alike.
 */

const PORT = 3275;
const flag = process.argv.indexOf("--postings");
const N = flag > 0 ? Number(process.argv[flag + 1]) : 5_000;
const url = toolEnv().BENCH_DATABASE_URL ?? toolEnv().DATABASE_URL;
if (!url) {
  console.error("Set BENCH_DATABASE_URL or DATABASE_URL to a Postgres database.");
  process.exit(2);
}
process.env.GREENHOUSE_API_URL = `http://127.0.0.1:${PORT}`;

const STACKS = [
  "Go and PostgreSQL",
  "TypeScript, React and Next.js",
  "Python, Airflow and Snowflake",
  "Kotlin and Jetpack Compose",
  "Terraform, Kubernetes and AWS",
];
const TITLES = [
  "Senior Backend Engineer",
  "Frontend Engineer II",
  "Staff Data Engineer",
  "Android Engineer",
  "Site Reliability Engineer",
  "Solutions Consultant",
];
const PLACES = [
  "New York, NY",
  "Remote - US",
  "Berlin, Germany",
  "London, United Kingdom; Dublin, Ireland",
  "Remote (Europe)",
];

function board(changedEvery = 0, vanishEvery = 0) {
  const list = [];
  for (let i = 0; i < N; i++) {
    if (vanishEvery && i % vanishEvery === 0) continue;
    const changed = changedEvery && i % changedEvery === 1 ? " (updated)" : "";
    const html = `<p>Team ${i} builds with ${STACKS[i % STACKS.length]}.</p><h3>What you'll do</h3><ul>${"<li>Ship and run services &amp; tools<ul><li>own a part of it</li></ul></li>".repeat(6)}</ul><p>The base range is $${100 + (i % 80)},000 - $${140 + (i % 80)},000 per year.${changed}</p>`;
    list.push({
      id: 9_000_000 + i,
      title: `${TITLES[i % TITLES.length]} ${Math.floor(i / TITLES.length)}`,
      updated_at: "2026-11-20T10:00:00Z",
      first_published: "2026-11-18T10:00:00Z",
      location: { name: PLACES[i % PLACES.length] },
      absolute_url: `https://boards.greenhouse.io/benchco/jobs/${9_000_000 + i}`,
      content: html.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"),
    });
  }
  return JSON.stringify({ jobs: list, meta: { total: list.length } });
}

const handle = openDatabase({ url }, { max: 4 });
const server = await startFixtureServer(PORT);
try {
  await runMigrations(handle);
  const db = handle.db;
  await seedDatabase(db, { jobs: 0 });
  await db.delete(companies).where(eq(companies.slug, "bench-import-co"));
  const [company] = await db.insert(companies).values({ slug: "bench-import-co", name: "Bench Import Co" }).returning();
  const [source] = await db
    .insert(importSources)
    .values({ companyId: company!.id, kind: "greenhouse", locator: "benchco" })
    .returning();
  const time = async (label: string, body: string) => {
    server.routes.set("/v1/boards/benchco/jobs?content=true", { body });
    const started = performance.now();
    const r = await syncSource(db, source!.id);
    const ms = performance.now() - started;
    if (!r.ok) throw new Error(r.message);
    const { new: n, updated, closed, unchanged, skipped } = r.value;
    console.log(
      `${label.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(6)} s  new ${n}, updated ${updated}, closed ${closed}, unchanged ${unchanged}, skipped ${skipped}`,
    );
  };
  console.log(
    `Syncing one Greenhouse board of ${N.toLocaleString("en-US")} postings (${(board().length / 1e6).toFixed(1)} MB)`,
  );
  await time("first sync (all new)", board());
  await time("re-run, nothing changed", board());
  await time("re-run, 10% changed, 5% vanished", board(10, 20));
  const count = await db.$count(jobs, eq(jobs.sourceId, source!.id));
  console.log(`${count} listings kept for the source (closed ones included).`);
  await db.delete(companies).where(eq(companies.id, company!.id));
} finally {
  await server.close();
  await handle.close();
}
