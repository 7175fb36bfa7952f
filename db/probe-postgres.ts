import postgres from "postgres";
import { noteConnectionClosed, noteQueryFailure } from "./outage";

/*
 * Whether Postgres answers, asked outside the app's pool: behind busy pooled connections
 * a health check would time out waiting for a turn and report an outage while every page
 * still serves. Its own single connection (opened on demand, closed when idle), 2 s
 * connect and statement timeouts. Imports no PGlite: proxy.ts uses it.
 */

export const PROBE_TIMEOUT_MS = 2_000;
const globalForProbe = globalThis as unknown as { __ladderProbe?: postgres.Sql; __ladderProbing?: Promise<boolean> };

function probeClient(url: string): postgres.Sql {
  globalForProbe.__ladderProbe ??= postgres(url, {
    max: 1,
    connect_timeout: PROBE_TIMEOUT_MS / 1000,
    idle_timeout: 30,
    // No wait before reconnecting (postgres-js grows it up to 20 s after failures): the
    // first probe after Postgres returns must connect at once.
    backoff: () => 0,
    // Its connection closing (Postgres stopped, or 30 s idle) makes the next request ask first.
    onclose: noteConnectionClosed,
    onnotice: () => {},
    connection: { statement_timeout: PROBE_TIMEOUT_MS, application_name: "ladder-health" },
  });
  return globalForProbe.__ladderProbe;
}

/** What `query` resolves to if it settles within 2 s without error, else undefined; never throws. */
export async function valueWithin<T>(query: Promise<T>): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([query, timeout]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves true when `query` settles within 2 s without error; never throws. */
export async function answersWithin(query: Promise<unknown>): Promise<boolean> {
  return (await valueWithin(query.then(() => true))) === true;
}

/** Runs a statement without parameters on the probe's own connection to `url` (not the app's pool). */
export async function probeRows(url: string, text: string): Promise<Record<string, unknown>[]> {
  return [...(await probeClient(url).unsafe(text))];
}

/**
 * True when Postgres at `url` answers `select 1` within 2 s; a failure marks it down
 * (db/outage.ts). Callers at the same moment share one probe.
 */
export function postgresAnswers(url: string): Promise<boolean> {
  globalForProbe.__ladderProbing ??= answersWithin(probeClient(url)`select 1`).then((answered) => {
    globalForProbe.__ladderProbing = undefined;
    if (!answered) noteQueryFailure({ code: "ECONNREFUSED" });
    return answered;
  });
  return globalForProbe.__ladderProbing;
}
