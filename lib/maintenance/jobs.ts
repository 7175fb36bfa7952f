import { logger } from "@/lib/log/logger";
import { defineJob } from "@/lib/queue";
import { pruneExpiredRows } from "./prune";

// Daily at 03:40 UTC: expired rows go (./prune.ts), with one log line of what went. The
// name predates the prune module: a renamed job would leave the old schedule in pg-boss.
defineJob(
  "maintenance.cleanup",
  async (_data, { db }) => {
    const deleted = await pruneExpiredRows(db);
    logger().info({ deleted }, "[maintenance] pruned expired rows");
  },
  { schedule: "40 3 * * *", retryLimit: 2 },
);
