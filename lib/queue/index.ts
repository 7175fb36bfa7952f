import PgBoss from "pg-boss";
import { executorOf, type Database, type ExecuteSql } from "@/db/client";
import { logger } from "@/lib/log/logger";

/*
 * The background job queue: pg-boss (a kept Postgres queue: retries with backoff, cron
 * schedules, expiry, archiving) over the app's own database client. pg-boss brings `pg`,
 * but it accepts any `{ executeSql(text, values) }` as its database, so it runs on
 * postgres-js for DATABASE_URL and on the in-process PGlite for the embedded default: one
 * client per process, no second connection pool, no wire-protocol server in front of
 * PGlite (docs/architecture.md, "Background work", has the measurements).
 *
 * A feature declares its jobs with `defineJob` (a name, a handler, retry and an optional
 * cron schedule) in a module listed in ./jobs.ts; `enqueue` sends one; `startWorker` (the
 * app's instrumentation, or `npm run worker`) runs every handler and schedule.
 */

export type JobOptions = {
  /** Attempts after the first one (default 5). */
  retryLimit?: number;
  /** Seconds before the first retry (default 30). */
  retryDelay?: number;
  /** Doubles the delay on every retry, with jitter (default true). */
  retryBackoff?: boolean;
  /** Seconds one attempt may run before pg-boss counts it failed (default 300). */
  expireInSeconds?: number;
  /** A cron expression (UTC, 5 fields) that sends the job with `{}` as its data. */
  schedule?: string;
  /** How many jobs of this queue one worker process fetches at once (default 1). */
  batchSize?: number;
  /** Why this job must not run now (e.g. no mail server in production): its jobs wait. */
  pausedBecause?: () => string | null;
};

/** What a handler gets besides its data: the job and the database the worker runs on. */
export type JobContext = { id: string; retryCount: number; db: Database };
/** A database for the queue: drizzle and raw SQL on one client (db/client.ts' handle). */
type QueueDatabase = { db: Database; executeSql: ExecuteSql };

export type JobDefinition<T extends object> = {
  name: string;
  options: JobOptions;
  handler: (data: T, context: JobContext) => Promise<void>;
};

type Registry = Map<string, JobDefinition<object>>;
type QueueState = {
  /** The worker's queue, when this process runs one. */
  worker?: { executeSql: ExecuteSql; boss: PgBoss };
  /** Send-only queues, one per database (the app's; a test's). */
  senders: Map<ExecuteSql, Promise<PgBoss>>;
  registry: Registry;
};
// On globalThis: Next dev re-evaluates modules, and one process must keep one queue.
const holder = globalThis as unknown as { __ladderQueue?: QueueState };
const state: QueueState = (holder.__ladderQueue ??= { senders: new Map(), registry: new Map() });

/**
 * Declares a job: `name` is its queue (letters, digits, `.`, `-`, `_`), `handler` runs
 * it (throwing fails the attempt, which pg-boss retries per `options`). Returns the
 * definition, for `enqueue`. Declaring a name twice keeps the newest (dev reloads).
 */
export function defineJob<T extends object>(
  name: string,
  handler: JobDefinition<T>["handler"],
  options: JobOptions = {},
): JobDefinition<T> {
  const definition = { name, handler, options };
  state.registry.set(name, definition as unknown as JobDefinition<object>);
  return definition;
}

/**
 * pg-boss sends node-postgres values; postgres-js and PGlite take text for parameters of
 * any type, so values are turned into Postgres literals the way node-postgres does
 * (arrays as array literals, objects as JSON, dates as ISO timestamps).
 */
function toParameter(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) {
    const items = value.map((v) => {
      const p = toParameter(v);
      if (p === null) return "NULL";
      return `"${String(p).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
    });
    return `{${items.join(",")}}`;
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** pg-boss' database over our client. */
export function queueAdapter(executeSql: ExecuteSql) {
  return {
    executeSql: (text: string, values?: unknown[]) => executeSql(text, (values ?? []).map(toParameter)),
  };
}

async function openBoss(executeSql: ExecuteSql, workers: boolean): Promise<PgBoss> {
  const boss = new PgBoss({
    db: queueAdapter(executeSql),
    schema: "pgboss",
    // Only the worker runs maintenance and cron; a web process only sends.
    supervise: workers,
    schedule: workers,
    migrate: true,
  });
  boss.on("error", (error: unknown) => logger().error({ err: error }, "[queue] error"));
  await boss.start();
  return boss;
}

async function ensureQueues(boss: PgBoss) {
  for (const job of state.registry.values()) {
    const o = job.options;
    const queue = {
      name: job.name,
      retryLimit: o.retryLimit ?? 5,
      retryDelay: o.retryDelay ?? 30,
      retryBackoff: o.retryBackoff ?? true,
      expireInSeconds: o.expireInSeconds ?? 300,
    };
    if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, queue);
    else await boss.createQueue(job.name, queue);
  }
}

/** The app's database (lazily imported: `db/` opens nothing until asked). */
async function appDatabase(): Promise<QueueDatabase> {
  const { getDatabaseHandle } = await import("@/db");
  return getDatabaseHandle();
}

/** The queue of `executeSql`'s database: the worker's, or a send-only one started on first use. */
async function bossFor(executeSql: ExecuteSql): Promise<PgBoss> {
  if (state.worker?.executeSql === executeSql) return state.worker.boss;
  let boss = state.senders.get(executeSql);
  if (!boss) {
    boss = (async () => {
      await import("./jobs");
      const b = await openBoss(executeSql, false);
      await ensureQueues(b);
      return b;
    })();
    state.senders.set(executeSql, boss);
    boss.catch(() => state.senders.delete(executeSql));
  }
  return boss;
}

/**
 * Sends one job of `job` with `data` (JSON) on the queue of `database` (default: the
 * app's; a database from db/client.ts' openDatabase uses its own). Returns the job id, or
 * null when pg-boss refused it (a singleton already queued). `startAfterSeconds` delays it.
 */
export async function enqueue<T extends object>(
  job: JobDefinition<T>,
  data: T,
  options: { database?: Database; startAfterSeconds?: number; singletonKey?: string } = {},
): Promise<string | null> {
  const executeSql = (options.database && executorOf(options.database)) ?? (await appDatabase()).executeSql;
  const boss = await bossFor(executeSql);
  return boss.send(job.name, data, {
    ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
  });
}

/**
 * Starts this process' workers: every declared job's handler and cron schedule (a job whose
 * `pausedBecause` answers a reason is not run: its jobs wait, and the reason is logged).
 * Idempotent. `database` (tests) replaces the app's; `pollingIntervalSeconds` is how often
 * an idle worker looks for work (default 2); `schedules: false` leaves the crons out.
 * Sends from this process (`enqueue`) then go through the same queue. Returns a stop function.
 */
export async function startWorker(
  options: { database?: QueueDatabase; pollingIntervalSeconds?: number; schedules?: boolean } = {},
): Promise<() => Promise<void>> {
  if (state.worker) return () => stopQueue();
  await import("./jobs");
  const database = options.database ?? (await appDatabase());
  const boss = await openBoss(database.executeSql, true);
  await ensureQueues(boss);
  state.worker = { executeSql: database.executeSql, boss };
  for (const job of state.registry.values()) {
    const paused = job.options.pausedBecause?.();
    if (paused) {
      logger().warn(`[queue] ${job.name} jobs wait: ${paused}`);
    } else {
      await boss.work<object>(
        job.name,
        {
          pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
          batchSize: job.options.batchSize ?? 1,
          includeMetadata: true,
        },
        async (jobs) => {
          for (const j of jobs) await job.handler(j.data, { id: j.id, retryCount: j.retryCount, db: database.db });
        },
      );
    }
    if (job.options.schedule && options.schedules !== false) {
      await boss.schedule(job.name, job.options.schedule, {}, { tz: "UTC" });
    }
  }
  return () => stopQueue();
}

/** Stops this process' queues (the worker waits for running jobs up to 10 s). */
export async function stopQueue(): Promise<void> {
  const worker = state.worker;
  const senders = [...state.senders.values()];
  state.worker = undefined;
  state.senders.clear();
  if (worker) await worker.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  for (const s of senders) await (await s.catch(() => null))?.stop({ graceful: false, wait: true, timeout: 1000 });
}
