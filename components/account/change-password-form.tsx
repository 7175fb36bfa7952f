"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/(auth)/actions";
import type { FormState } from "@/lib/actions/form-state";
import { Field } from "./field";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(changePasswordAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        errors={state.errors?.currentPassword}
      />
      <Field
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        errors={state.errors?.newPassword}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-semibold hover:bg-slate-100 disabled:opacity-60"
      >
        {pending ? "Changing…" : "Change password and sign out everywhere"}
      </button>
    </form>
  );
}
