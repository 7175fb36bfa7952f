import type { MilestoneStatus } from "@/db/schema";
import type { ProgressMap } from "@/lib/roadmap/types";

/* Progress of signed-out visitors, kept in this browser's localStorage per guide until they
   sign in and it is merged into their account. Read through useSyncExternalStore. */

const key = (guideSlug: string) => `ladder:roadmap:${guideSlug}`;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

/** For useSyncExternalStore: changes from this tab and from other tabs. */
export function subscribeLocalProgress(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener("storage", onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** The stored string (a stable snapshot); null when nothing is stored or storage is off. */
export function readLocalRaw(guideSlug: string): string | null {
  try {
    return window.localStorage.getItem(key(guideSlug));
  } catch {
    return null;
  }
}

export function parseLocalProgress(raw: string | null): ProgressMap {
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as { v?: number; progress?: ProgressMap };
    return parsed.v === 1 && parsed.progress && typeof parsed.progress === "object" ? parsed.progress : {};
  } catch {
    // A corrupt value: start empty rather than fail.
    return {};
  }
}

export function writeLocalStatus(guideSlug: string, slug: string, status: MilestoneStatus) {
  const progress = { ...parseLocalProgress(readLocalRaw(guideSlug)), [slug]: { status, updatedAt: new Date().toISOString() } };
  try {
    window.localStorage.setItem(key(guideSlug), JSON.stringify({ v: 1, progress }));
  } catch {
    // Quota or private mode: nothing we can keep.
  }
  notify();
}

export function clearLocalProgress(guideSlug: string) {
  try {
    window.localStorage.removeItem(key(guideSlug));
  } catch {}
  notify();
}
