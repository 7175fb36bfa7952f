import type { Database } from "@/db";
import { env } from "@/env";
import { syncAllSources } from "./sync";

/*
 * The scheduled sync (hourly by default, IMPORT_SCHEDULE), as one job for the Postgres job
 * queue (lib/queue): its name, handler and options, declared with `defineJob` in
 * lib/queue/jobs.ts, so the worker of `npm run dev`, `npm start` or `npm run worker` runs it
 * through pg-boss' cron. Without a worker, `npm run import -- --all` (the same handler) can
 * run from cron.
 */

/** What the queue hands a handler besides its data (lib/queue's JobContext has at least this). */
type JobContext = { db: Database };

export const IMPORT_JOB = {
  name: "import.sync-all",
  options: {
    // IMPORT_SCHEDULE (UTC): every hour on the hour unless configured; "off" runs none.
    schedule: () => {
      const cron = env().IMPORT_SCHEDULE;
      return cron === "off" ? null : cron;
    },
    // A failing source records its error and is tried again next hour; the job itself does
    // not retry (a retry minutes later would mostly hit the same outage).
    retryLimit: 0,
    // 5,000 postings take about 30 s on a loaded 2-core machine (npm run bench:import); many
    // sources take longer.
    expireInSeconds: 3_600,
  },
  /** Syncs every enabled source; answers one line per source for the log. */
  async handler(_data: object, { db }: JobContext): Promise<string[]> {
    const results = await syncAllSources(db);
    return results.map((r) =>
      r.ok
        ? `source ${r.value.sourceId}: ${r.value.new} new, ${r.value.updated} updated, ${r.value.closed} closed, ${r.value.skipped} skipped`
        : `failed: ${r.message}`,
    );
  },
};
