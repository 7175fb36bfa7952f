import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { jobStats } from "@/db/schema";

/* Counters live in job_stats, one small row per listing, bumped with an upsert: safe under
   concurrent requests, and the jobs row (with its large tsvector) is never rewritten. */

export async function recordJobView(database: Database, jobId: number): Promise<void> {
  await database
    .insert(jobStats)
    .values({ jobId, views: 1 })
    .onConflictDoUpdate({ target: jobStats.jobId, set: { views: sql`${jobStats.views} + 1` } });
}

export async function recordApplyClick(database: Database, jobId: number): Promise<void> {
  await database
    .insert(jobStats)
    .values({ jobId, applyClicks: 1 })
    .onConflictDoUpdate({ target: jobStats.jobId, set: { applyClicks: sql`${jobStats.applyClicks} + 1` } });
}
