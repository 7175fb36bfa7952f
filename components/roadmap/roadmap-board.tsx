"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { MilestoneStatus } from "@/db/schema";
import { countProgress, readiness, STATUS_LABEL } from "@/lib/roadmap/progress";
import type { ProgressMap, RoadmapDemand, RoadmapView } from "@/lib/roadmap/types";
import {
  clearLocalProgress,
  parseLocalProgress,
  readLocalRaw,
  subscribeLocalProgress,
  writeLocalStatus,
} from "./local-progress";
import { ProgressBar } from "./progress-bar";
import { ReadinessPanel } from "./readiness-panel";
import { RoadmapPath } from "./roadmap-path";

type Props = {
  roadmap: RoadmapView;
  demand: RoadmapDemand;
  /** The account's progress, or null for a signed-out visitor (progress lives in this browser). */
  initialProgress: ProgressMap | null;
  /** Shown between the readiness panel and the path (the share controls, signed in). */
  children?: React.ReactNode;
};

const SERVER = "server";

async function send(url: string, method: string, body: unknown) {
  const r = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!r.ok) throw new Error(String(r.status));
  return r.json();
}

/**
 * The interactive roadmap. Signed in, each change is saved to the account at once
 * (optimistic, rolled back on failure). Signed out, changes are kept in this browser and
 * merged into the account on the first visit after signing in.
 */
export function RoadmapBoard({ roadmap, demand, initialProgress, children }: Props) {
  const slug = roadmap.guide.slug;
  const signedIn = initialProgress !== null;
  const api = `/api/me/roadmaps/${slug}/progress`;
  const [accountProgress, setAccountProgress] = useState<ProgressMap>(initialProgress ?? {});
  const [notice, setNotice] = useState<string | null>(null);
  // This browser's progress; the server renders without it (SERVER), the browser then fills it in.
  const raw = useSyncExternalStore(
    subscribeLocalProgress,
    () => readLocalRaw(slug),
    () => SERVER,
  );
  const localProgress = useMemo(() => parseLocalProgress(raw === SERVER ? null : raw), [raw]);
  const progress = signedIn ? accountProgress : localProgress;
  const loaded = signedIn || raw !== SERVER;

  const save = useMutation({
    mutationFn: (v: { milestone: string; status: MilestoneStatus }) =>
      send(api, "PUT", v) as Promise<{ updatedAt: string }>,
  });
  const merge = useMutation({
    mutationFn: (entries: { milestone: string; status: MilestoneStatus; updatedAt: string }[]) =>
      send(`${api}/merge`, "POST", { entries }) as Promise<{ progress: ProgressMap; merged: number }>,
  });

  // Signed in with progress left from signing out: fold it into the account, once.
  const merging = useRef(false);
  useEffect(() => {
    if (!signedIn || merging.current) return;
    const entries = Object.entries(localProgress).flatMap(([milestone, e]) =>
      e.updatedAt ? [{ milestone, status: e.status, updatedAt: e.updatedAt }] : [],
    );
    if (entries.length === 0) return;
    merging.current = true;
    merge.mutate(entries, {
      onSuccess: (r) => {
        clearLocalProgress(slug);
        setAccountProgress(r.progress);
        setNotice(
          r.merged > 0
            ? `Added ${r.merged} ${r.merged === 1 ? "change" : "changes"} you made while signed out to your account.`
            : "Your account already had everything you marked while signed out.",
        );
      },
      onError: () =>
        setNotice(
          "Could not add the progress you made while signed out; it is still in this browser and we will try again next visit.",
        ),
    });
  }, [signedIn, slug, localProgress, merge]);

  const change = (milestone: string, status: MilestoneStatus) => {
    const title = roadmap.milestones.find((m) => m.slug === milestone)?.title ?? milestone;
    if (!signedIn) {
      writeLocalStatus(slug, milestone, status);
      setNotice(`${title}: ${STATUS_LABEL[status]}. Saved in this browser.`);
      return;
    }
    const previous = accountProgress[milestone];
    setAccountProgress((p) => ({ ...p, [milestone]: { status, updatedAt: new Date().toISOString() } }));
    setNotice(`${title}: ${STATUS_LABEL[status]}.`);
    save.mutate(
      { milestone, status },
      {
        onSuccess: (r) =>
          setAccountProgress((p) =>
            p[milestone]?.status === status ? { ...p, [milestone]: { status, updatedAt: r.updatedAt } } : p,
          ),
        onError: (error) => {
          setAccountProgress((p) => {
            const next = { ...p };
            if (previous) next[milestone] = previous;
            else delete next[milestone];
            return next;
          });
          setNotice(
            error.message === "401"
              ? "Your session ended: sign in again to save changes."
              : `Could not save ${title}; please try again.`,
          );
        },
      },
    );
  };

  const overall = countProgress(roadmap.milestones, progress);
  return (
    <div className="space-y-8" data-loaded={loaded ? "true" : "false"} data-testid="roadmap-board">
      <div className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
        <ProgressBar label="Overall progress" counts={overall} testId="overall-progress" size="lg" />
        <p className="text-sm text-slate-700">
          {overall.done} done · {overall.learning} learning · {overall.skipped} skipped ·{" "}
          {overall.total - overall.completed - overall.learning} to do. Done and skipped count as complete.
        </p>
        {!signedIn && (
          <p className="text-sm text-slate-700">
            Your progress is kept in this browser.{" "}
            <Link
              href={`/sign-in?callbackUrl=${encodeURIComponent(`/guides/${slug}/roadmap`)}`}
              className="font-semibold text-brand-700 underline"
            >
              Sign in
            </Link>{" "}
            or{" "}
            <Link
              href={`/sign-up?callbackUrl=${encodeURIComponent(`/guides/${slug}/roadmap`)}`}
              className="font-semibold text-brand-700 underline"
            >
              create an account
            </Link>{" "}
            to keep it everywhere; nothing you marked here is lost.
          </p>
        )}
        <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-700" data-testid="roadmap-notice">
          {notice}
        </p>
      </div>
      <ReadinessPanel
        guideSlug={slug}
        readiness={readiness(roadmap.levels, roadmap.milestones, progress)}
        demand={demand}
      />
      {children}
      <RoadmapPath roadmap={roadmap} progress={progress} demand={demand} onChange={change} />
    </div>
  );
}
