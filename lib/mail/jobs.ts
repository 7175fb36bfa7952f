import { and, isNull, lt, sql } from "drizzle-orm";
import { mailMessages } from "@/db/schema";
import { defineJob, enqueue } from "@/lib/queue";
import { deliverMessage, mailPausedBecause } from "./deliver";

/*
 * The mail jobs. `mail.send` delivers one message; a failure (server down, refused) is
 * retried 10 times, 15 s after the first and doubling (pg-boss' backoff: about 4 hours in
 * all). `mail.resend` (every hour) queues again what was stored but never sent: a message
 * whose job was lost between its insert and its enqueue, or whose retries ran out.
 */
export const sendMailJob = defineJob<{ messageId: number }>(
  "mail.send",
  async ({ messageId }, { db }) => {
    await deliverMessage(db, messageId);
  },
  { retryLimit: 10, retryDelay: 15, retryBackoff: true, expireInSeconds: 120, pausedBecause: mailPausedBecause },
);

defineJob(
  "mail.resend",
  async (_data, { db }) => {
    const stale = await db
      .select({ id: mailMessages.id })
      .from(mailMessages)
      .where(and(isNull(mailMessages.sentAt), lt(mailMessages.createdAt, sql`now() - interval '30 minutes'`)))
      .limit(1000);
    for (const m of stale) await enqueue(sendMailJob, { messageId: m.id }, { database: db });
  },
  { schedule: "17 * * * *", retryLimit: 2, pausedBecause: mailPausedBecause },
);
