import { defineJob } from "@/lib/queue";
import { mailApplicationEvents, runApplicantSummaries } from "./mail";

/*
 * Scheduled mail about applications (UTC; ./mail.ts). The applicant's mails are queued by
 * the service right after each change; this sweep, every 10 minutes, queues what a crash
 * between the commit and that call left behind. The recruiters' summary goes out daily at
 * 07:00 UTC.
 */

defineJob("applications.mail", async (_data, { db }) => void (await mailApplicationEvents(db)), {
  schedule: "*/10 * * * *",
  retryLimit: 3,
});

defineJob("applications.summary", async (_data, { db }) => void (await runApplicantSummaries(db)), {
  schedule: "0 7 * * *",
  retryLimit: 3,
  expireInSeconds: 3600,
});
