"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { setSavedAction } from "@/app/me/jobs/actions";
import { useSession } from "@/components/account/session";
import { useOptimisticMutation } from "@/components/use-optimistic-mutation";

const savedIdsKey = ["saved-job-ids"] as const;

/** The signed-in user's saved ids; null when signed out. One request per page, shared by every button. */
export function useSavedJobIds() {
  const session = useSession();
  const signedIn = Boolean(session?.user);
  const query = useQuery({
    queryKey: savedIdsKey,
    // Asked only when the session says signed in (no 401 to log). Enabling it when the
    // session turns signed in (sign-up and sign-in without a page load) fetches it.
    enabled: signedIn,
    queryFn: async ({ signal }) => {
      const r = await fetch("/api/me/saved", { cache: "no-store", signal });
      if (r.status === 401) return null;
      if (!r.ok) throw new Error("Could not load saved roles");
      return new Set(((await r.json()) as { jobIds: number[] }).jobIds);
    },
    staleTime: 30_000,
    // Signing in or out happens between pages: each page asks again (one request for all its buttons).
    refetchOnMount: "always",
  });
  // Another account signed in without a page load: drop the ids read for the previous one.
  const client = useQueryClient();
  const seen = useRef(signedIn);
  useEffect(() => {
    if (seen.current === signedIn) return;
    seen.current = signedIn;
    if (signedIn) void client.invalidateQueries({ queryKey: savedIdsKey });
    else client.removeQueries({ queryKey: savedIdsKey });
  }, [signedIn, client]);
  return query;
}

const withId = (ids: Set<number> | null | undefined, jobId: number, saved: boolean) => {
  const next = new Set(ids ?? []);
  if (saved) next.add(jobId);
  else next.delete(jobId);
  return next;
};

const FAILED = "That did not work; please try again.";

/**
 * Save / Saved toggle: flips at once and settles from the server's answer (the optimistic
 * pattern of useOptimisticMutation), rolls back on failure, and offers Undo, which undoes
 * the last click. Signed out, it leads to sign-in and saves on the way back.
 */
export function SaveButton({
  jobId,
  slug,
  title,
  autoSave = false,
}: {
  jobId: number;
  slug: string;
  title: string;
  autoSave?: boolean;
}) {
  const signedOut = useSession() === null;
  const { data: savedIds, isPending: loading } = useSavedJobIds();
  const [notice, setNotice] = useState<string | null>(null);
  const [last, setLast] = useState<boolean | null>(null);
  const saved = savedIds?.has(jobId) ?? false;

  const mutation = useOptimisticMutation({
    queryKey: savedIdsKey,
    mutationFn: async (save: boolean) => {
      const result = await setSavedAction({ jobId, saved: save });
      if (!result.ok) throw new Error(result.message);
      return result.value;
    },
    apply: (ids: Set<number> | null | undefined, save) => withId(ids, jobId, save),
    settle: (ids, answer) => withId(ids, answer.jobId, answer.saved),
    onError: () => {
      setLast(null);
      setNotice(FAILED);
    },
  });

  const setSaved = (save: boolean) => {
    setLast(save);
    setNotice(save ? "Saved to your tracker." : "Removed from your tracker.");
    mutation.mutate(save);
  };

  // Back from sign-in with ?save=1: save once.
  const autoSaved = useRef(false);
  useEffect(() => {
    if (autoSave && savedIds && !savedIds.has(jobId) && !autoSaved.current) {
      autoSaved.current = true;
      setSaved(true);
    }
  });

  if (signedOut || (!loading && savedIds === null)) {
    return (
      <Link
        href={`/sign-in?callbackUrl=${encodeURIComponent(`/jobs/${slug}?save=1`)}`}
        className="inline-flex items-center gap-1 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-slate-100"
        aria-label={`Save ${title} (sign in first)`}
      >
        <span aria-hidden="true">☆</span> Save
      </Link>
    );
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        disabled={loading}
        aria-pressed={saved}
        aria-label={saved ? `Saved: ${title}. Press to remove` : `Save ${title}`}
        onClick={() => setSaved(!saved)}
        className="inline-flex items-center gap-1 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 disabled:opacity-50 aria-pressed:border-brand-600 aria-pressed:bg-brand-50 aria-pressed:text-brand-800"
      >
        <span aria-hidden="true">{saved ? "★" : "☆"}</span> {saved ? "Saved" : "Save"}
      </button>
      <span role="status" className="text-xs text-slate-700">
        {notice}
        {notice && last !== null && !mutation.isPending && (
          <button type="button" className="ml-1 underline" onClick={() => setSaved(!last)}>
            Undo
          </button>
        )}
      </span>
    </span>
  );
}
