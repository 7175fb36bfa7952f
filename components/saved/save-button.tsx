"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { setSavedAction } from "@/app/me/jobs/actions";
import { useSession } from "@/components/account/session";
import { setSavedOptimistically, useSavedJobIds } from "./saved-ids";

const FAILED = "That did not work; please try again.";

/**
 * Save / Saved toggle: flips at once and settles from the server's answer (the optimistic
 * steps of useOptimisticMutation, on the saved-ids store of ./saved-ids), rolls back on
 * failure, and offers Undo, which undoes the last click. Signed out, it leads to sign-in and
 * saves on the way back.
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

  const [pending, setPending] = useState(0); // writes of this button not answered yet

  const setSaved = (save: boolean) => {
    setLast(save);
    setNotice(save ? "Saved to your tracker." : "Removed from your tracker.");
    setPending((n) => n + 1);
    setSavedOptimistically(jobId, save, async () => {
      const result = await setSavedAction({ jobId, saved: save });
      if (!result.ok) throw new Error(result.message);
      return result.value;
    })
      .catch(() => {
        setLast(null);
        setNotice(FAILED);
      })
      .finally(() => setPending((n) => n - 1));
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
        {notice && last !== null && pending === 0 && (
          <button type="button" className="ml-1 underline" onClick={() => setSaved(!last)}>
            Undo
          </button>
        )}
      </span>
    </span>
  );
}
