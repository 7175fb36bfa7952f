"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { saveSearchAction } from "@/app/me/searches/actions";
import { useSession } from "@/components/account/session";
import { useSavedJobIds } from "@/components/saved/saved-ids";

/** "Save this search": a name, then the current URL's search is kept in /me/searches. */
export function SaveSearch({ query, suggestedName }: { query: string; suggestedName: string }) {
  const signedOut = useSession() === null;
  const { data: savedIds, isPending } = useSavedJobIds(); // null when signed out
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState(saveSearchAction, {});
  // Focus follows the form: into it when opened (autoFocus), back to the button when it is
  // closed with Escape, and to the confirmation once saved (the form is gone then).
  const opener = useRef<HTMLButtonElement>(null);
  const done = useRef<HTMLParagraphElement>(null);
  const [closedByKey, setClosedByKey] = useState(false);
  useEffect(() => {
    if (state.ok) done.current?.focus();
  }, [state.ok]);
  useEffect(() => {
    if (closedByKey && !open) opener.current?.focus();
  }, [closedByKey, open]);
  if (signedOut || savedIds === null) {
    return (
      <Link
        href={`/sign-in?callbackUrl=${encodeURIComponent(`/jobs${query ? `?${query}` : ""}`)}`}
        className="text-sm font-semibold text-brand-700 underline"
      >
        Sign in to save this search
      </Link>
    );
  }
  if (isPending) return null;
  if (state.ok) {
    return (
      <p role="status" ref={done} tabIndex={-1} className="text-sm text-slate-700">
        {state.message}{" "}
        <Link href="/me/searches" className="font-semibold text-brand-700 underline">
          Your saved searches
        </Link>
      </p>
    );
  }
  if (!open) {
    return (
      <button
        type="button"
        ref={opener}
        onClick={() => {
          setClosedByKey(false);
          setOpen(true);
        }}
        className="text-sm font-semibold text-brand-700 underline"
      >
        Save this search
      </button>
    );
  }
  return (
    // Its own form (not nested in the search form): rendered beside it by the parent.
    <form
      action={action}
      className="flex flex-wrap items-start gap-2"
      aria-label="Save this search"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          setClosedByKey(true);
          setOpen(false);
        }
      }}
    >
      <input type="hidden" name="query" value={query} />
      <label className="text-sm">
        <span className="sr-only">Name of the saved search</span>
        <input
          name="name"
          defaultValue={suggestedName}
          maxLength={80}
          autoFocus
          aria-invalid={state.errors?.name ? true : undefined}
          className="rounded-lg border border-slate-300 px-2 py-1"
        />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-brand-700 px-3 py-1 text-sm font-semibold text-white disabled:opacity-60"
      >
        {pending ? "Saving…" : "Save"}
      </button>
      {(state.errors?.name || state.errors?.query || state.message) && !state.ok && (
        <p role="alert" className="w-full text-sm text-red-700">
          {[...(state.errors?.name ?? []), ...(state.errors?.query ?? []), state.message].filter(Boolean).join(" ")}
        </p>
      )}
    </form>
  );
}
