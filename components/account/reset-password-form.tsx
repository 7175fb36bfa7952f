"use client";

import { useActionState } from "react";
import { resetPasswordAction } from "@/app/(auth)/actions";
import type { FormState } from "@/lib/actions/form-state";
import { Field } from "./field";
import { SubmitButton } from "./submit-button";
import { FormMessage } from "./form-message";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(resetPasswordAction, {});
  const errors = [...(state.errors?.newPassword ?? []), ...(state.errors?.token ?? [])];
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <Field
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="8 to 128 characters; a phrase of a few words works well."
        errors={errors.length ? errors : undefined}
      />
      <SubmitButton pending={pending} pendingLabel="Saving…" look="primary" wide>
        Set the new password
      </SubmitButton>
    </form>
  );
}
