import { livenessResponse } from "@/lib/health/database";

export const dynamic = "force-dynamic";

/**
 * Liveness: 200 `{status: "ok"}` while the process serves requests, whatever the database
 * does (an orchestrator restarts the process only when this fails; an outage is readiness's
 * business: /api/health/ready).
 */
export function GET() {
  return livenessResponse();
}
