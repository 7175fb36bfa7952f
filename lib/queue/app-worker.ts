import { env } from "@/env";
import { mailPausedBecause } from "@/lib/mail/deliver";
import { startWorker } from "./index";
import { logger } from "@/lib/log/logger";

/**
 * Starts the worker inside the app's server process (instrumentation.ts), unless
 * WORKER_IN_APP=0. A failure to start is logged, not thrown: the site keeps serving, and
 * sends queued meanwhile wait in the database. Also prints the production warning about a
 * missing SMTP_URL once, at start-up.
 */
export async function startAppWorker(): Promise<void> {
  const paused = mailPausedBecause();
  if (paused) logger().warn(`[mail] WARNING: ${paused}.`);
  if (!env().WORKER_IN_APP) return;
  try {
    await startWorker();
    logger().info("[queue] worker started in the app process");
  } catch (error) {
    logger().error({ err: error }, "[queue] the worker did not start");
  }
}
