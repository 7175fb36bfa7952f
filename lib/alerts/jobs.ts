import { defineJob } from "@/lib/queue";
import { runDigests } from "./digest";
import { queueExpiryNotices } from "./notices";

/*
 * Scheduled work (UTC). Digests run hourly: a search is due by its own period (./digest.ts),
 * so a missed hour only delays mail. Notices of listings about to expire, daily. (Cleanup of
 * expired rows: lib/maintenance.)
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
