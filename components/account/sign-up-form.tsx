"use client";

import { useActionState } from "react";
import { signUpAction } from "@/app/(auth)/actions";
import { typed, type FormState } from "@/lib/actions/form-state";
import type { UserRole } from "@/lib/enums";
import { Field } from "./field";
import { SubmitButton } from "./submit-button";

export function SignUpForm({
  callbackUrl,
  defaultRole = "seeker",
}: {
  callbackUrl?: string;
  defaultRole?: Exclude<UserRole, "admin">;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(signUpAction, {});
  const role = typed(state, "role", defaultRole);
  return (
    <form action={action} className="space-y-4" noValidate>
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Field
        name="name"
        label="Name"
        autoComplete="name"
        defaultValue={typed(state, "name")}
        errors={state.errors?.name}
      />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={typed(state, "email")}
        errors={state.errors?.email}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="8 to 128 characters; a phrase of a few words works well."
        errors={state.errors?.password}
      />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-900">I am</legend>
        <label className="mr-4 inline-flex items-center gap-2">
          <input type="radio" name="role" value="seeker" defaultChecked={role === "seeker"} className="h-4 w-4" />{" "}
          looking for a job
        </label>
        <label className="inline-flex items-center gap-2">
          <input type="radio" name="role" value="recruiter" defaultChecked={role === "recruiter"} className="h-4 w-4" />{" "}
          hiring (recruiter)
        </label>
        {state.errors?.role && <p className="text-sm text-red-700">{state.errors.role.join(" ")}</p>}
      </fieldset>
      <SubmitButton pending={pending} pendingLabel="Creating your account…" look="primary" wide>
        Create account
      </SubmitButton>
    </form>
  );
}
