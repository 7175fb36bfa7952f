import { parseArgs } from "node:util";
import type { ImportSourceKind } from "../db/schema";
import { runMigrations } from "../db/migrate";
import { companyIdBySlug, ensureImportSource } from "../lib/import/service";
import { SOURCE_LABELS } from "../lib/import/labels";
import { LOCATOR_SCHEMAS } from "../lib/import/sources";
import { IMPORT_JOB } from "../lib/import/schedule";
import { syncSource, type SyncReport } from "../lib/import/sync";
import type { Result } from "../lib/result";
import { describeTarget, openScriptDatabase } from "./cli";

/*
 * npm run import -- --company <slug> --greenhouse <token> | --lever <site> | --ashby <board> | --jsonld <url>
 * npm run import -- --all            (what the hourly job runs: every enabled source)
 * Adds the source to the company if it is new, syncs it, prints the counts. Exit code 1
 * when a sync failed (its error is recorded on the source), 2 for bad arguments.
 */

const USAGE =
  "Usage: npm run import -- --company <slug> (--greenhouse <token> | --lever <site> | --ashby <board> | --jsonld <url>)\n" +
  "       npm run import -- --all";

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        company: { type: "string" },
        greenhouse: { type: "string" },
        lever: { type: "string" },
        ashby: { type: "string" },
        jsonld: { type: "string", multiple: true },
        all: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    // An option without its value, or one it does not know: the usage, not Node's trace.
    fail((error as Error).message);
  }
}

const values = readArgs();

const kinds = (["greenhouse", "lever", "ashby", "jsonld"] as const).filter((k) => values[k] !== undefined);
if (!values.all && (kinds.length !== 1 || !values.company)) fail("Give --company and exactly one source.");

function print(label: string, result: Result<SyncReport>) {
  if (!result.ok) {
    console.log(`${label}: failed: ${result.message}`);
    return;
  }
  const r = result.value;
  console.log(
    `${label}: ${r.new} new, ${r.updated} updated, ${r.closed} closed, ${r.unchanged} unchanged, ${r.skipped} skipped`,
  );
  for (const [reason, count] of Object.entries(r.skippedReasons)) console.log(`  skipped ${count}: ${reason}`);
}

const handle = openScriptDatabase();
let failed = false;
try {
  await runMigrations(handle);
  if (values.all) {
    // Exactly what the hourly queue job runs.
    const lines = await IMPORT_JOB.handler({}, { db: handle.db });
    for (const line of lines) console.log(line);
    failed = lines.some((l) => l.startsWith("failed"));
    console.log(`Synced ${lines.length} sources on ${describeTarget()}.`);
  } else {
    const kind: ImportSourceKind = kinds[0]!;
    const raw = kind === "jsonld" ? values.jsonld!.join(" ") : String(values[kind]);
    const locator = LOCATOR_SCHEMAS[kind].safeParse(raw);
    if (!locator.success) fail(`--${kind}: ${locator.error.issues.map((i) => i.message).join("; ")}`);
    const companyId = await companyIdBySlug(handle.db, values.company!);
    if (!companyId) fail(`No company with the slug "${values.company}".`);
    const source = await ensureImportSource(handle.db, { companyId, kind, locator: locator.data });
    if (!source.ok) fail(source.issues[0]?.message ?? source.message);
    console.log(
      `${source.value.created ? "Added" : "Using"} source ${source.value.id} (${SOURCE_LABELS[kind]}: ${locator.data}).`,
    );
    const started = Date.now();
    const result = await syncSource(handle.db, source.value.id);
    print(`Synced in ${((Date.now() - started) / 1000).toFixed(1)} s`, result);
    failed = !result.ok;
  }
} catch (error) {
  // syncSource records its own failures; this is anything else (the database, a bug).
  console.error(`Import failed: ${(error as Error).message ?? error}`);
  failed = true;
} finally {
  await handle.close();
}
process.exit(failed ? 1 : 0);
