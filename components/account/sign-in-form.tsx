"use client";

import { useActionState } from "react";
import { signInAction } from "@/app/(auth)/actions";
import { typed, type FormState } from "@/lib/actions/form-state";
import { Field } from "./field";
import { SubmitButton } from "./submit-button";
import { FormMessage } from "./form-message";

export function SignInForm({ callbackUrl, email }: { callbackUrl?: string; email?: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <FormMessage state={state} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={typed(state, "email", email)}
        errors={state.errors?.email}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        errors={state.errors?.password}
      />
      <SubmitButton pending={pending} pendingLabel="Signing in…" look="primary" wide>
        Sign in
      </SubmitButton>
    </form>
  );
}
