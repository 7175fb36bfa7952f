import crypto from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db";
import { roadmapMilestones, roadmapProgress, roadmapShares, userSkills, type MilestoneStatus } from "@/db/schema";
import { failure, ok, type Result } from "@/lib/result";
import { entriesToMerge } from "./progress";
import { getProgressByUser, getRoadmapByGuideSlug } from "./queries";
import type { ProgressMap } from "./types";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
type MilestoneRef = { id: number; slug: string; skillId: number | null };

/** Writes one status. Skill milestones keep the profile's skills list in step: done adds the skill, anything else removes it. */
async function writeStatus(tx: Tx, userId: string, m: MilestoneRef, status: MilestoneStatus, at: Date) {
  await tx
    .insert(roadmapProgress)
    .values({ userId, milestoneId: m.id, status, updatedAt: at })
    .onConflictDoUpdate({
      target: [roadmapProgress.userId, roadmapProgress.milestoneId],
      set: { status, updatedAt: at },
    });
  if (m.skillId === null) return;
  if (status === "done") await tx.insert(userSkills).values({ userId, skillId: m.skillId }).onConflictDoNothing();
  else await tx.delete(userSkills).where(and(eq(userSkills.userId, userId), eq(userSkills.skillId, m.skillId)));
}

async function milestonesOf(
  database: Database | Tx,
  guideId: number,
  slugs: string[],
): Promise<Map<string, MilestoneRef>> {
  if (slugs.length === 0) return new Map();
  const rows = await database
    .select({ id: roadmapMilestones.id, slug: roadmapMilestones.slug, skillId: roadmapMilestones.skillId })
    .from(roadmapMilestones)
    .where(and(eq(roadmapMilestones.guideId, guideId), inArray(roadmapMilestones.slug, slugs)));
  return new Map(rows.map((r) => [r.slug, r]));
}

/** Sets the signed-in user's status on one milestone of a guide. Unknown milestone: field error, nothing written. */
export async function setMilestoneStatus(
  database: Database,
  userId: string,
  guideId: number,
  input: { milestone: string; status: MilestoneStatus },
  now: Date = new Date(),
): Promise<Result<{ updatedAt: string }>> {
  return database.transaction(async (tx) => {
    const m = (await milestonesOf(tx, guideId, [input.milestone])).get(input.milestone);
    if (!m) {
      return failure("invalid", "Check the highlighted fields", [{ path: "milestone", message: "Unknown milestone" }]);
    }
    await writeStatus(tx, userId, m, input.status, now);
    return ok({ updatedAt: now.toISOString() });
  });
}

/**
 * Merges progress kept in a signed-out browser into the account (rule: entriesToMerge).
 * Entries for milestones the roadmap no longer has are ignored. Returns the merged progress.
 */
export async function mergeBrowserProgress(
  database: Database,
  userId: string,
  guideId: number,
  entries: { milestone: string; status: MilestoneStatus; updatedAt: string }[],
  now: Date = new Date(),
): Promise<{ progress: ProgressMap; merged: number; ignored: number }> {
  const result = await database.transaction(async (tx) => {
    const server = await getProgressByUser(userId, guideId, tx);
    const byMilestone = await milestonesOf(tx, guideId, [...new Set(entries.map((e) => e.milestone))]);
    const local: ProgressMap = {};
    for (const e of entries) {
      if (!byMilestone.has(e.milestone)) continue;
      const prev = local[e.milestone];
      // The same milestone twice: the later entry counts.
      if (!prev || new Date(e.updatedAt) > new Date(prev.updatedAt!))
        local[e.milestone] = { status: e.status, updatedAt: e.updatedAt };
    }
    const writes = entriesToMerge(server, local, now);
    for (const w of writes) await writeStatus(tx, userId, byMilestone.get(w.slug)!, w.status, w.updatedAt);
    return { merged: writes.length, ignored: entries.filter((e) => !byMilestone.has(e.milestone)).length };
  });
  return { ...result, progress: await getProgressByUser(userId, guideId, database) };
}

/** Turns the public share link of a user's roadmap on (a new unguessable token) or off (deleted). */
export async function setRoadmapShared(
  database: Database,
  userId: string,
  guideId: number,
  shared: boolean,
): Promise<string | null> {
  if (!shared) {
    await database
      .delete(roadmapShares)
      .where(and(eq(roadmapShares.userId, userId), eq(roadmapShares.guideId, guideId)));
    return null;
  }
  const token = crypto.randomBytes(24).toString("base64url");
  const [row] = await database
    .insert(roadmapShares)
    .values({ userId, guideId, token })
    // Already shared: keep the existing link.
    .onConflictDoUpdate({ target: [roadmapShares.userId, roadmapShares.guideId], set: { userId } })
    .returning({ token: roadmapShares.token });
  return row!.token;
}

/** The share link switch of the roadmap page, by guide slug: an unknown roadmap is not_found. */
export async function shareRoadmap(
  database: Database,
  userId: string,
  input: { guide: string; shared: boolean },
): Promise<Result<{ token: string | null }>> {
  const roadmap = await getRoadmapByGuideSlug(input.guide, database);
  if (!roadmap) return failure("not_found", "Nothing was changed.", [{ path: "guide", message: "No such roadmap" }]);
  return ok({ token: await setRoadmapShared(database, userId, roadmap.guide.id, input.shared) });
}
