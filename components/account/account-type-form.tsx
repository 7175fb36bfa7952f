"use client";

import { useActionState } from "react";
import { switchRoleAction } from "@/app/(auth)/actions";
import type { FormState } from "@/lib/actions/form-state";
import { SESSION_CHANGED_EVENT } from "./session";
import { FormMessage } from "./form-message";

/** Job seeker or recruiter, for an account that belongs to no company (the page decides). */
export function AccountTypeForm({ role }: { role: "seeker" | "recruiter" }) {
  const [state, action, pending] = useActionState<FormState, FormData>(async (previous, form) => {
    const next = await switchRoleAction(previous, form);
    // The header reads the session in the browser: tell it the role changed.
    if (next.ok) window.dispatchEvent(new Event(SESSION_CHANGED_EVENT));
    return next;
  }, {});
  const other = role === "seeker" ? "recruiter" : "seeker";
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="role" value={other} />
      <FormMessage state={state} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-semibold hover:bg-slate-100 disabled:opacity-60"
      >
        {other === "recruiter" ? "Switch to a recruiter account (hiring)" : "Switch to a job-seeker account"}
      </button>
    </form>
  );
}
