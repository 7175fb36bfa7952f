import { MILESTONE_STATUSES } from "@/lib/enums";
import type { MilestoneStatus } from "@/lib/enums";
import type { ProgressEntry, ProgressMap } from "@/lib/roadmap/types";

/* Progress of signed-out visitors, kept in this browser's localStorage per guide until they
   sign in and it is merged into their account. Read through useSyncExternalStore. */

const PREFIX = "ladder:roadmap:";
const key = (guideSlug: string) => `${PREFIX}${guideSlug}`;
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
    const parsed = JSON.parse(raw) as { v?: number; progress?: Record<string, Partial<ProgressEntry>> };
    if (parsed.v !== 1 || !parsed.progress || typeof parsed.progress !== "object") return {};
    // Keep only well-formed entries, so one edited or damaged value cannot block a merge.
    const progress: ProgressMap = {};
    for (const [slug, e] of Object.entries(parsed.progress)) {
      const ok =
        /^[a-z0-9-]{1,80}$/.test(slug) &&
        MILESTONE_STATUSES.includes(e?.status as MilestoneStatus) &&
        typeof e?.updatedAt === "string" &&
        !Number.isNaN(Date.parse(e.updatedAt));
      if (ok) progress[slug] = { status: e.status as MilestoneStatus, updatedAt: new Date(e.updatedAt!).toISOString() };
    }
    return progress;
  } catch {
    // A corrupt value: start empty rather than fail.
    return {};
  }
}

export function writeLocalStatus(guideSlug: string, slug: string, status: MilestoneStatus) {
  const progress = {
    ...parseLocalProgress(readLocalRaw(guideSlug)),
    [slug]: { status, updatedAt: new Date().toISOString() },
  };
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

/**
 * Signed in anywhere but a roadmap page (which merges on its own and says so): send every
 * guide's browser progress to the account and clear what was accepted. Safe to repeat:
 * merging the same entries twice changes nothing.
 */
export async function mergeAllLocalProgress(): Promise<void> {
  let slugs: string[] = [];
  try {
    slugs = Object.keys(window.localStorage)
      .filter((k) => k.startsWith(PREFIX))
      .map((k) => k.slice(PREFIX.length));
  } catch {
    return;
  }
  for (const slug of slugs) {
    const entries = Object.entries(parseLocalProgress(readLocalRaw(slug))).flatMap(([milestone, e]) =>
      e.updatedAt ? [{ milestone, status: e.status, updatedAt: e.updatedAt }] : [],
    );
    if (entries.length === 0) continue;
    const r = await fetch(`/api/me/roadmaps/${encodeURIComponent(slug)}/progress/merge`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ entries }),
    }).catch(() => null);
    // 404: that roadmap is gone, nothing to keep. Other failures: keep it for next time.
    if (r && (r.ok || r.status === 404)) clearLocalProgress(slug);
  }
}
