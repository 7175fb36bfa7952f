"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/(auth)/actions";
import type { FormState } from "@/lib/actions/form-state";
import { Field } from "./field";
import { SubmitButton } from "./submit-button";

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
      <SubmitButton pending={pending} pendingLabel="Changing…" look="secondary">
        Change password and sign out everywhere
      </SubmitButton>
    </form>
  );
}
