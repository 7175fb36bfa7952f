/* Runs before `dev` and `start`, in a separate process that exits before the server starts
   (so only one process ever holds the PGlite folder). Modes:
   - `--dev` (npm run dev): migrate, seed an empty database, give a local run an AUTH_SECRET.
   - `--seed` (the e2e server): migrate and seed an empty database; the caller sets the secret.
   - none (npm start, what production runs): check the production configuration, migrate,
     nothing else: it never seeds and never writes a secret (`npm run db:seed` seeds). */
import crypto from "node:crypto";
import fs from "node:fs";
import nextEnv from "@next/env";
import { sql } from "drizzle-orm";
import { runMigrations } from "../db/migrate";
import { env } from "../env";
import { repairLegacySlugs } from "../lib/slug-redirects";
import { jobs } from "../db/schema";
import { seedDatabase } from "../db/seed";
import { productionConfigProblems } from "../lib/production-config";
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

const mode = process.argv.includes("--dev") ? "dev" : process.argv.includes("--seed") ? "seed" : "start";
// The same .env files `next dev`/`next start` will read, so the check below sees what the server will.
nextEnv.loadEnvConfig(process.cwd(), mode === "dev");

if (mode === "start") {
  const problems = productionConfigProblems(env());
  if (problems.length > 0) {
    console.error(
      `Cannot start: the production configuration is incomplete.\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    process.exit(1);
  }
}
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
  if (count === 0 && mode === "start") {
    console.log(
      `Database ready (${describeTarget()}) and empty: \`npm run db:seed\` fills it with generated listings.`,
    );
  } else if (count === 0) {
    console.log(`Empty database (${describeTarget()}): seeding...`);
    const result = await seedDatabase(handle.db, { demo: isEmbedded(), onProgress: progressBar("Listings") });
    console.log(`Seeded ${result.jobsInserted} listings${isEmbedded() ? " and the demo accounts" : ""}.`);
  } else {
    console.log(`Database ready (${describeTarget()}, ${count} listings).`);
  }
} finally {
  await handle.close();
}
