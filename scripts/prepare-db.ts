/* Runs before `npm run dev` and before the e2e, fuzz and abuse servers, in a separate process
   that exits before the server starts (so only one process ever holds the PGlite folder):
   - `--dev` (npm run dev): migrate, seed an empty database, give a local run an AUTH_SECRET;
     an embedded database seeded before is not opened at all (the server migrates it).
   - `--seed` (test servers): migrate and seed an empty database; the caller sets the secret.
   `npm start` (what production runs) does not use it: the server migrates in its own process
   and never seeds (lib/start/prepare-server.ts); `npm run db:seed` seeds. */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import nextEnv from "@next/env";
import { env } from "../env";

function ensureAuthSecret() {
  if (env().AUTH_SECRET) return;
  const file = ".env.local";
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (/^AUTH_SECRET=/m.test(current)) return;
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.appendFileSync(file, `${current && !current.endsWith("\n") ? "\n" : ""}AUTH_SECRET=${secret}\n`);
  console.log("Generated AUTH_SECRET in .env.local for local runs.");
}

const mode = process.argv.includes("--dev") ? "dev" : process.argv.includes("--seed") ? "seed" : null;
if (mode === null) {
  console.error("Usage: tsx scripts/prepare-db.ts --dev | --seed (`npm start` migrates in the server itself).");
  process.exit(2);
}
// The same .env files `next dev` will read.
nextEnv.loadEnvConfig(process.cwd(), mode === "dev");

if (mode === "dev") ensureAuthSecret();
// Opening PGlite costs seconds (about 6 s warm, more on a busy machine), and the server
// migrates in its own process anyway (lib/start/prepare-server.ts): once the embedded
// database holds listings, a later `npm run dev` leaves it to the server. The mark lives
// inside the folder, so deleting the folder seeds afresh.
const seededMark = path.join(env().PGLITE_DIR, "ladder-seeded");
const embedded = !env().DATABASE_URL;
if (mode === "dev" && embedded && fs.existsSync(seededMark)) {
  console.log(`Embedded database ${env().PGLITE_DIR} seeded before: the server migrates it as it starts.`);
  process.exit(0);
}
// Loaded only past that point: the database modules alone take a second or two to load.
const [{ sql }, { runMigrations }, { repairLegacySlugs }, { jobs }, { seedDatabase }, cli] = await Promise.all([
  import("drizzle-orm"),
  import("../db/migrate"),
  import("../lib/slug-redirects"),
  import("../db/schema"),
  import("../db/seed"),
  import("./cli"),
]);
const { describeTarget, openScriptDatabase, progressBar } = cli;
const handle = openScriptDatabase();
try {
  await runMigrations(handle);
  const moved = await repairLegacySlugs(handle.db);
  if (moved.companies + moved.jobs > 0) {
    console.log(`Rewrote ${moved.companies} company and ${moved.jobs} listing slugs (old addresses redirect).`);
  }
  const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(jobs);
  const count = row?.n ?? 0;
  if (count === 0) {
    console.log(`Empty database (${describeTarget()}): seeding...`);
    const result = await seedDatabase(handle.db, { demo: embedded, onProgress: progressBar("Listings") });
    console.log(`Seeded ${result.jobsInserted} listings${embedded ? " and the demo accounts" : ""}.`);
  } else {
    console.log(`Database ready (${describeTarget()}, ${count} listings).`);
  }
  if (embedded) fs.writeFileSync(seededMark, `${new Date().toISOString()}\n`);
} finally {
  await handle.close();
}
