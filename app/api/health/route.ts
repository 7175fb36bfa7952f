import { databaseAnswers } from "@/lib/health/database";

export const dynamic = "force-dynamic";

/** 200 when the database answers a query within 3 s, 503 otherwise (for monitors; people get /status). */
export async function GET() {
  return (await databaseAnswers())
    ? Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } })
    : Response.json({ status: "unavailable" }, { status: 503, headers: { "cache-control": "no-store" } });
}
