/* `npm run worker`: the background jobs (lib/queue/) alone, so a deployment can run and
   scale them apart from the web servers (which then run with WORKER_IN_APP=0). Needs
   DATABASE_URL: the embedded PGlite folder can be open in one process only, so with it the
   worker runs inside `npm run dev` / `npm start`. */
import { env } from "../env";
import { mailPausedBecause } from "../lib/mail/deliver";
import { startWorker } from "../lib/queue";

if (!env().DATABASE_URL) {
  console.error(
    "npm run worker needs DATABASE_URL: the embedded database (PGlite) can be open in one process only, so without a Postgres server the worker runs inside `npm run dev` / `npm start`.",
  );
  process.exit(1);
}
const paused = mailPausedBecause();
if (paused) console.warn(`[mail] WARNING: ${paused}.`);
const stop = await startWorker();
console.log("[queue] worker running; Ctrl-C stops it");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void stop().then(() => process.exit(0));
  });
}
