"use client";

import { useActionState } from "react";
import { resendVerificationAction } from "@/app/(auth)/actions";
import type { FormState } from "@/lib/actions/form-state";

export function ResendVerificationForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(resendVerificationAction, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <button type="submit" disabled={pending} className="font-semibold underline disabled:opacity-60">
        {pending ? "Sending…" : "Send the link again"}
      </button>
      {state.message && (
        <span role={state.ok ? "status" : "alert"} className={state.ok ? "" : "text-red-800"}>
          {state.message}
        </span>
      )}
    </form>
  );
}
