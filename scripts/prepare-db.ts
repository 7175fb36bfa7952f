/* Runs before `npm run dev` and before the e2e, fuzz and abuse servers, in a separate process
   that exits before the server starts (so only one process ever holds the PGlite folder):
   - `--dev` (npm run dev): migrate, seed an empty database, give a local run an AUTH_SECRET.
   - `--seed` (test servers): migrate and seed an empty database; the caller sets the secret.
   `npm start` (what production runs) does not use it: the server migrates in its own process
   and never seeds (lib/start/prepare-server.ts); `npm run db:seed` seeds. */
import crypto from "node:crypto";
import fs from "node:fs";
import nextEnv from "@next/env";
import { sql } from "drizzle-orm";
import { runMigrations } from "../db/migrate";
import { env } from "../env";
import { repairLegacySlugs } from "../lib/slug-redirects";
import { jobs } from "../db/schema";
import { seedDatabase } from "../db/seed";
import { describeTarget, isEmbedded, openScriptDatabase, progressBar } from "./cli";

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
    const result = await seedDatabase(handle.db, { demo: isEmbedded(), onProgress: progressBar("Listings") });
    console.log(`Seeded ${result.jobsInserted} listings${isEmbedded() ? " and the demo accounts" : ""}.`);
  } else {
    console.log(`Database ready (${describeTarget()}, ${count} listings).`);
  }
} finally {
  await handle.close();
}
