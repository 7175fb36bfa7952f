"use client";

import { useActionState } from "react";
import { deleteAccountAction } from "@/app/(auth)/actions";
import type { FormState } from "@/lib/actions/form-state";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

/** Confirmed with the password, or the email typed out for an account that has none. */
export function DeleteAccountForm({ hasPassword }: { hasPassword: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteAccountAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field
        name="confirm"
        label={hasPassword ? "Your password" : "Type your email address to confirm"}
        type={hasPassword ? "password" : "email"}
        autoComplete={hasPassword ? "current-password" : "off"}
        errors={state.errors?.confirm}
      />
      <SubmitButton pending={pending} pendingLabel="Deleting…" look="danger">
        Delete my account and all its data
      </SubmitButton>
    </form>
  );
}
