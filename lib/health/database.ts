import "server-only";
import { databaseReadiness, type Readiness } from "@/db/probe";

/**
 * Whether the database answers (2 s, on a connection of its own for Postgres, so load does
 * not read as an outage) and has every migration applied; never throws. See db/probe.ts.
 */
export async function readiness(): Promise<Readiness> {
  return databaseReadiness();
}

const noStore = { "cache-control": "no-store" };

/**
 * The readiness answer of /api/health/ready and /api/health: 200
 * `{status: "ok", database: "ok", migrations: "ok"}` when the database answers within 2 s and
 * every migration is applied; else 503 `{status: "unavailable", database, migrations,
 * pending}` with Retry-After (database "unreachable", or migrations "pending" with the tags
 * not applied, or "unknown" when they could not be read in time).
 */
export async function readinessResponse(): Promise<Response> {
  const state = await readiness();
  if (state.database === "ok" && state.migrations === "ok") {
    return Response.json({ status: "ok", database: "ok", migrations: "ok" }, { headers: noStore });
  }
  return Response.json(
    { status: "unavailable", ...state },
    { status: 503, headers: { ...noStore, "retry-after": "5" } },
  );
}

/** The liveness answer of /api/health/live: 200 `{status: "ok"}` while the process serves; reads no database. */
export function livenessResponse(): Response {
  return Response.json({ status: "ok" }, { headers: noStore });
}
