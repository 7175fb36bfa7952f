"use client";

import { useActionState } from "react";
import { acceptInviteAction } from "@/app/recruiter/actions";
import type { FormState } from "@/lib/actions/form-state";

export function AcceptInviteForm({ token, companyName }: { token: string; companyName: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(acceptInviteAction, {});
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      {state.message && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          {state.message}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "Joining…" : `Join ${companyName}`}
      </button>
    </form>
  );
}
