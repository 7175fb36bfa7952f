import { databaseAnswers } from "@/db/probe";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "no-store" };

/**
 * 200 `{status: "ok", database: "ok"}` when the database answers `select 1` within 2 s on
 * a connection of its own (db/probe.ts: not behind the app's pool, so load does not read
 * as an outage); 503 `{status: "unavailable", database: "unreachable"}` otherwise.
 */
export async function GET() {
  if (await databaseAnswers()) return Response.json({ status: "ok", database: "ok" }, { headers: noStore });
  return Response.json(
    { status: "unavailable", database: "unreachable" },
    { status: 503, headers: { ...noStore, "retry-after": "5" } },
  );
}
