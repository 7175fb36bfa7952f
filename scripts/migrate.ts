import { runMigrations } from "../db/migrate";
import { describeTarget, openScriptDatabase } from "./cli";

const handle = openScriptDatabase();
try {
  await runMigrations(handle);
  console.log(`Migrations applied to ${describeTarget()}.`);
} finally {
  await handle.close();
}
