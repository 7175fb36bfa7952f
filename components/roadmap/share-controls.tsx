"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";

/** Turns the public link to one's progress on or off (off by default). */
export function ShareControls({
  guideSlug,
  token,
  action,
}: {
  guideSlug: string;
  token: string | null;
  action: (prev: FormState, form: FormData) => Promise<FormState>;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const path = token ? `/roadmaps/shared/${token}` : null;
  return (
    <section aria-labelledby="share-heading" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="share-heading" className="text-lg font-semibold">
        Share your progress
      </h2>
      {path ? (
        <p className="text-sm text-slate-700">
          Anyone with this link can see your progress and your first name, nothing else:{" "}
          <a href={path} className="font-mono break-all text-brand-700 underline" data-testid="share-link">
            {path}
          </a>
        </p>
      ) : (
        <p className="text-sm text-slate-700">
          Off. Create a public link to show your progress (and only your first name) to anyone you send it to.
        </p>
      )}
      <form action={formAction}>
        <input type="hidden" name="guide" value={guideSlug} />
        <input type="hidden" name="shared" value={path ? "off" : "on"} />
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 disabled:opacity-50"
        >
          {path ? "Turn off the public link" : "Create a public link"}
        </button>
      </form>
      <p role="status" className="text-sm text-slate-700">
        {state.message}
        {state.errors && Object.values(state.errors).flat().join(" ")}
      </p>
    </section>
  );
}
