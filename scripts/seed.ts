import { parseArgs } from "node:util";
import { runMigrations } from "../db/migrate";
import { DEFAULT_JOB_COUNT, seedDatabase } from "../db/seed";
import { describeTarget, isEmbedded, openScriptDatabase, progressBar } from "./cli";

const { values } = parseArgs({
  options: { jobs: { type: "string" }, demo: { type: "boolean", default: false } },
});
const jobs = values.jobs === undefined ? DEFAULT_JOB_COUNT : Number(values.jobs);
if (!Number.isInteger(jobs) || jobs < 0 || jobs > 2_000_000) {
  console.error(`--jobs must be a whole number from 0 to 2000000, got "${values.jobs}"`);
  process.exit(2);
}
// Demo accounts have published passwords: only on the embedded default, or when asked.
const demo = isEmbedded() || values.demo;

const handle = openScriptDatabase();
try {
  await runMigrations(handle);
  const started = Date.now();
  const result = await seedDatabase(handle.db, { jobs, demo, onProgress: progressBar("Listings") });
  console.log(
    `Seeded ${describeTarget()} in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${result.skills} skills, ${result.companies} companies, ${result.jobsInserted} new listings` +
      (demo ? `, ${result.demoAccounts} new demo accounts` : " (no demo accounts; pass --demo to add them)"),
  );
} finally {
  await handle.close();
}
