/*
 * Every module that declares jobs (`defineJob`), imported before a queue starts so its
 * handlers and schedules are known. Add a feature's jobs module here.
 */
import "@/lib/mail/jobs";
import "@/lib/alerts/jobs";
import { IMPORT_JOB } from "@/lib/import/schedule";
import { defineJob } from "./index";
import { logger } from "@/lib/log/logger";

// The hourly import of every enabled source (lib/import/schedule.ts); one log line a source.
defineJob(
  IMPORT_JOB.name,
  async (data, context) => {
    for (const line of await IMPORT_JOB.handler(data, context)) logger().info(`[import] ${line}`);
  },
  IMPORT_JOB.options,
);
