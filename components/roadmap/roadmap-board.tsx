"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { useOptimisticMutation } from "@/components/use-optimistic-mutation";
import type { MilestoneStatus } from "@/lib/enums";
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
  const queryClient = useQueryClient();
  // One cache entry per mounted board, seeded by this render: the server's progress is the
  // truth when the page loads (another account may have used this tab since).
  const [mountId] = useState(() => Math.random().toString(36).slice(2));
  const progressKey = ["roadmap-progress", slug, mountId];
  // The account's progress: rendered by the server, then kept in the query cache.
  const { data: accountProgress = {} } = useQuery({
    queryKey: progressKey,
    queryFn: async ({ signal }) => {
      const r = await fetch(api, { cache: "no-store", signal });
      if (!r.ok) throw new Error(String(r.status));
      return ((await r.json()) as { progress: ProgressMap }).progress;
    },
    initialData: initialProgress ?? {},
    enabled: signedIn,
    staleTime: Infinity,
  });
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

  type Mark = { milestone: string; status: MilestoneStatus; title: string };
  const save = useOptimisticMutation({
    queryKey: progressKey,
    mutationFn: (v: Mark) =>
      send(api, "PUT", { milestone: v.milestone, status: v.status }) as Promise<{
        milestone: string;
        status: MilestoneStatus;
        updatedAt: string;
      }>,
    apply: (p: ProgressMap | undefined, v) => ({
      ...p,
      [v.milestone]: { status: v.status, updatedAt: new Date().toISOString() },
    }),
    settle: (p, answer) => ({ ...p, [answer.milestone]: { status: answer.status, updatedAt: answer.updatedAt } }),
    onError: (error, v) =>
      setNotice(
        error.message === "401"
          ? "Your session ended: sign in again to save changes."
          : `Could not save ${v.title}; please try again.`,
      ),
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
        queryClient.setQueryData(["roadmap-progress", slug, mountId], r.progress);
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
  }, [signedIn, slug, localProgress, merge, queryClient, mountId]);

  const change = (milestone: string, status: MilestoneStatus) => {
    const title = roadmap.milestones.find((m) => m.slug === milestone)?.title ?? milestone;
    if (!signedIn) {
      writeLocalStatus(slug, milestone, status);
      setNotice(`${title}: ${STATUS_LABEL[status]}. Saved in this browser.`);
      return;
    }
    setNotice(`${title}: ${STATUS_LABEL[status]}.`);
    save.mutate({ milestone, status, title });
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
