import { and, isNotNull, lt, or, sql } from "drizzle-orm";
import { accountTokens, loginAttempts, mailMessages } from "@/db/schema";
import { defineJob } from "@/lib/queue";
import { runDigests } from "./digest";
import { queueExpiryNotices } from "./notices";

/*
 * Scheduled work (UTC). Digests run hourly: a search is due by its own period (./digest.ts),
 * so a missed hour only delays mail. Notices of listings about to expire, daily. Cleanup,
 * daily: spent and expired links, sign-in attempts older than 30 days (the limits look back
 * 24 hours at most), delivered mail older than 30 days.
 */

defineJob("alerts.digest", async (_data, { db }) => void (await runDigests(db)), {
  schedule: "5 * * * *",
  retryLimit: 3,
  expireInSeconds: 3600,
});

defineJob("notices.expiring", async (_data, { db }) => void (await queueExpiryNotices(db)), {
  schedule: "20 6 * * *",
  retryLimit: 3,
});

defineJob(
  "maintenance.cleanup",
  async (_data, { db }) => {
    await db.delete(accountTokens).where(or(lt(accountTokens.expiresAt, sql`now()`), isNotNull(accountTokens.usedAt)));
    await db.delete(loginAttempts).where(lt(loginAttempts.createdAt, sql`now() - interval '30 days'`));
    await db
      .delete(mailMessages)
      .where(and(isNotNull(mailMessages.sentAt), lt(mailMessages.sentAt, sql`now() - interval '30 days'`)));
  },
  { schedule: "40 3 * * *", retryLimit: 2 },
);
