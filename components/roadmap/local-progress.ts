import type { MilestoneStatus } from "@/db/schema";
import type { ProgressMap } from "@/lib/roadmap/types";

/* Progress of signed-out visitors, kept in this browser's localStorage per guide until they
   sign in and it is merged into their account. */

const key = (guideSlug: string) => `ladder:roadmap:${guideSlug}`;

export function readLocalProgress(guideSlug: string): ProgressMap {
  try {
    const raw = window.localStorage.getItem(key(guideSlug));
    if (!raw) return {};
    const parsed = JSON.parse(raw) as { v?: number; progress?: ProgressMap };
    return parsed.v === 1 && parsed.progress && typeof parsed.progress === "object" ? parsed.progress : {};
  } catch {
    // Storage off, or a corrupt value: start empty rather than fail.
    return {};
  }
}

export function writeLocalStatus(guideSlug: string, slug: string, status: MilestoneStatus): ProgressMap {
  const progress = { ...readLocalProgress(guideSlug), [slug]: { status, updatedAt: new Date().toISOString() } };
  try {
    window.localStorage.setItem(key(guideSlug), JSON.stringify({ v: 1, progress }));
  } catch {
    // Quota or private mode: the change still shows for this visit.
  }
  return progress;
}

export function clearLocalProgress(guideSlug: string) {
  try {
    window.localStorage.removeItem(key(guideSlug));
  } catch {}
}
