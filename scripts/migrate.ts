import { runMigrations } from "../db/migrate";
import { repairLegacySlugs } from "../lib/slug-redirects";
import { describeTarget, openScriptDatabase } from "./cli";

const handle = openScriptDatabase();
try {
  await runMigrations(handle);
  const moved = await repairLegacySlugs(handle.db);
  if (moved.companies + moved.jobs > 0) {
    console.log(`Rewrote ${moved.companies} company and ${moved.jobs} listing slugs (old addresses redirect).`);
  }
  console.log(`Migrations applied to ${describeTarget()}.`);
} finally {
  await handle.close();
}
