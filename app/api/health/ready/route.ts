import { readinessResponse } from "@/lib/health/database";

export const dynamic = "force-dynamic";

/**
 * Readiness: 200 when the database answers within 2 s (on a connection of its own, not
 * behind the app's pool) and every migration is applied, else 503 saying which part failed
 * (lib/health/database.ts). A load balancer sends traffic only to a ready instance.
 */
export async function GET() {
  return readinessResponse();
}
