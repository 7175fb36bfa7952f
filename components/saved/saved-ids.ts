"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";
import { useSession } from "@/components/account/session";

/*
 * The signed-in user's saved job ids, one store per browser tab, shared by every Save button
 * and "Save this search" on a page. Without React Query on purpose: Save buttons sit on the
 * listing and company pages, which then load no React Query at all. The same steps as
 * useOptimisticMutation: a write aborts the reads in flight (a read that left before it would
 * answer with the old state and undo the click), applies the change at once, settles from the
 * server's answer and puts back what was there on failure.
 */

/** undefined: not read yet; null: the server says signed out (401). */
type Ids = Set<number> | null | undefined;

let ids: Ids;
let reading: AbortController | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function set(next: Ids) {
  ids = next;
  notify();
}

/** Retries of a failed read, after 1, 2 and 4 s (a busy or restarting server answers later). */
const RETRY_DELAYS_MS = [1000, 2000, 4000];

/**
 * Reads the ids again; a read already in flight is shared (one request for all the buttons).
 * A failed read (not a 401) is retried; after the last retry the buttons are left usable as
 * "Save" (saving is idempotent, so a role saved before stays saved).
 */
function read(attempt = 0): void {
  if (reading) return;
  const controller = new AbortController();
  reading = controller;
  fetch("/api/me/saved", { cache: "no-store", signal: controller.signal })
    .then(async (r) => {
      if (r.status === 401) return null;
      if (!r.ok) throw new Error("Could not load saved roles");
      return new Set(((await r.json()) as { jobIds: number[] }).jobIds);
    })
    .then(
      (answer) => {
        if (reading !== controller) return; // cancelled by a write or a sign-out
        reading = null;
        set(answer);
      },
      () => {
        if (reading !== controller) return; // cancelled by a write or a sign-out
        reading = null;
        const delay = RETRY_DELAYS_MS[attempt];
        if (delay === undefined) {
          if (ids === undefined) set(new Set());
          return;
        }
        setTimeout(() => {
          if (!reading && ids === undefined) read(attempt + 1); // a write since has settled them
        }, delay);
      },
    );
}

function cancelRead() {
  reading?.abort();
  reading = null;
}

const subscribe = (onChange: () => void) => {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
};

/**
 * The saved ids: `data` a Set, null when the server says signed out, undefined before the
 * first answer (`isPending`). Read when the session says signed in (no 401 to log), again on
 * each page that mounts a reader (signing in or out happens between pages), dropped on sign-out.
 */
export function useSavedJobIds(): { data: Ids; isPending: boolean } {
  const session = useSession();
  const signedIn = Boolean(session?.user);
  const data = useSyncExternalStore(
    subscribe,
    () => ids,
    () => undefined,
  );
  const seen = useRef(signedIn);
  useEffect(() => {
    if (signedIn) read();
    else if (seen.current) {
      // Signed out without a page load: forget the previous account's ids.
      cancelRead();
      set(undefined);
    }
    seen.current = signedIn;
  }, [signedIn]);
  return { data, isPending: data === undefined };
}

/**
 * Saves (`save` true) or removes a job optimistically: `write` calls the server and answers
 * the stored state; on failure the ids go back to what they were and the error is rethrown.
 */
export async function setSavedOptimistically(
  jobId: number,
  save: boolean,
  write: () => Promise<{ jobId: number; saved: boolean }>,
): Promise<void> {
  cancelRead();
  const previous = ids;
  set(withId(ids, jobId, save));
  try {
    const answer = await write();
    set(withId(ids, answer.jobId, answer.saved));
  } catch (e) {
    set(previous);
    throw e;
  }
}

function withId(current: Ids, jobId: number, saved: boolean): Set<number> {
  const next = new Set(current ?? []);
  if (saved) next.add(jobId);
  else next.delete(jobId);
  return next;
}
