"use client";

import { useActionState } from "react";
import { acceptInviteAction } from "@/app/recruiter/actions";
import type { FormState } from "@/lib/actions/form-state";
import { SubmitButton } from "@/components/account/submit-button";
import { FormMessage } from "@/components/account/form-message";

export function AcceptInviteForm({ token, companyName }: { token: string; companyName: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(acceptInviteAction, {});
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <SubmitButton pending={pending} pendingLabel="Joining…" look="primary">{`Join ${companyName}`}</SubmitButton>
    </form>
  );
}
