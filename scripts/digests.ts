/* `npm run digests`: builds and queues the job-alert digests due now, with the code the
   hourly `alerts.digest` job runs (lib/alerts/digest.ts, runDigests), and prints the counts.
   `-- --all` treats every saved search with alerts on (of a confirmed address) as due, so
   a listing published since its last digest is mailed now instead of at the end of its
   day or week; nothing is ever mailed twice. The worker delivers what is queued (inside
   `npm run dev` / `npm start`, or `npm run worker`). */
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import { runMigrations } from "../db/migrate";
import { env } from "../env";
import { runDigests } from "../lib/alerts/digest";
import { absoluteUrl } from "../lib/public-origin";
import { stopQueue } from "../lib/queue";
import { describeTarget, isEmbedded, openScriptDatabase } from "./cli";

const USAGE = `Usage: npm run digests [-- --all]
  Builds and queues the job-alert digests due now (as the hourly job does) and prints the counts.
  --all   treat every saved search with alerts on as due (only listings new since its last digest are sent)
On the embedded database (no DATABASE_URL), stop \`npm run dev\` / \`npm start\` first: a PGlite
folder can be open in one process only, and two processes on it corrupt it. Start the app
again afterwards: its worker delivers what was queued.`;

let values: { all: boolean; help: boolean };
try {
  values = parseArgs({
    options: { all: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
// The same .env files as the app (`npm run dev` keeps AUTH_SECRET in .env.local): the
// digests' unsubscribe links are signed with the server's AUTH_SECRET.
nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production");
if (!env().AUTH_SECRET) {
  console.error(
    "AUTH_SECRET is not set: the digests' unsubscribe links are signed with it. Use the app's (`npm run dev` writes one to .env.local).",
  );
  process.exit(2);
}
if (isEmbedded()) {
  console.warn(
    `Embedded database (${env().PGLITE_DIR}): make sure no \`npm run dev\` / \`npm start\` has this folder open.`,
  );
}

const handle = openScriptDatabase();
try {
  await runMigrations(handle);
  const started = Date.now();
  const { processed, mailed } = await runDigests(handle.db, { all: values.all });
  console.log(
    `Digests on ${describeTarget()} in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${processed} saved search${processed === 1 ? "" : "es"} ${values.all ? "with alerts on" : "due"}, ` +
      `${mailed} digest${mailed === 1 ? "" : "s"} queued` +
      (processed > mailed ? ` (${processed - mailed} had nothing new since the last digest)` : "") +
      ". Searches of unconfirmed addresses get none.",
  );
  if (mailed > 0) {
    console.log(
      env().SMTP_URL
        ? `The worker sends them over SMTP_URL (${new URL(env().SMTP_URL!).host}).`
        : `SMTP_URL is unset: the worker files them in the dev outbox, ${absoluteUrl("/dev/outbox")} (development only; \`npm start\` keeps them queued).`,
    );
    console.log(
      isEmbedded()
        ? "Start `npm run dev` again: its worker delivers them."
        : "A running `npm run dev` / `npm start` (or `npm run worker`) delivers them.",
    );
  }
} finally {
  await stopQueue();
  await handle.close();
}
