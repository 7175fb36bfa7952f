"use client";

import { useActionState } from "react";
import { changeEmailAction } from "@/app/(auth)/actions";
import { typed, type FormState } from "@/lib/actions/form-state";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export function ChangeEmailForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(changeEmailAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field
        name="newEmail"
        label="New email address"
        type="email"
        autoComplete="email"
        defaultValue={state.ok ? "" : typed(state, "newEmail")}
        errors={state.errors?.newEmail}
      />
      <Field
        name="password"
        label="Your password"
        type="password"
        autoComplete="current-password"
        errors={state.errors?.password}
      />
      <SubmitButton pending={pending} pendingLabel="Changing…" look="secondary">
        Change email
      </SubmitButton>
    </form>
  );
}
