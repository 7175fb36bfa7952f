"use client";

import { useActionState } from "react";
import { createInviteAction } from "@/app/recruiter/actions";
import { formatDate } from "@/lib/format";

/** Makes a single-use invite link. The link is shown once: only a hash of it is stored. */
export function InvitePanel({ companyId }: { companyId: number }) {
  const [state, action, pending] = useActionState(createInviteAction, {});
  const invite = state.data;
  // Only after an answer, so always in the browser: no server/client mismatch.
  const link = invite ? `${window.location.origin}/recruiter/join/${invite.token}` : null;
  return (
    <div className="space-y-3">
      <form action={action}>
        <input type="hidden" name="companyId" value={companyId} />
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 disabled:opacity-60"
        >
          {pending ? "Making a link…" : "Make an invite link"}
        </button>
      </form>
      {state.message && !state.ok && (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      )}
      {link && invite && (
        <div role="status" className="space-y-1 rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm">
          <label htmlFor="invite-link" className="block font-medium">
            Send this link to a colleague. It works once, until {formatDate(new Date(invite.expiresAt))}, and is not
            shown again.
          </label>
          <input
            id="invite-link"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs"
          />
        </div>
      )}
    </div>
  );
}
