"use client";

import { useActionState } from "react";
import { forgotPasswordAction } from "@/app/(auth)/actions";
import { typed, type FormState } from "@/lib/actions/form-state";
import { Field } from "./field";
import { SubmitButton } from "./submit-button";
import { FormMessage } from "./form-message";

export function ForgotPasswordForm({ email }: { email?: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(forgotPasswordAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={typed(state, "email", email)}
        errors={state.errors?.email}
      />
      <SubmitButton pending={pending} pendingLabel="Sending…" look="primary" wide>
        Send me a link
      </SubmitButton>
    </form>
  );
}
