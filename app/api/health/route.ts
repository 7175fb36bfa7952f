import { readinessResponse } from "@/lib/health/database";

export const dynamic = "force-dynamic";

/**
 * Readiness under its first name (monitors, the e2e server's start check and /status use
 * it): the same answer as /api/health/ready (lib/health/database.ts).
 */
export async function GET() {
  return readinessResponse();
}
