"use client";

import { useActionState } from "react";
import {
  dismissReportsAction,
  restoreListingAction,
  setCompanyVerifiedAction,
  unpublishListingAction,
} from "@/app/admin/actions";
import type { FormState } from "@/lib/actions/form-state";
import { REMOVAL_REASON_MAX } from "@/lib/moderation/labels";

function Message({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <p role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-emerald-800" : "text-red-700"}`}>
      {state.message}
    </p>
  );
}

const button = "rounded-lg px-3 py-1.5 text-sm font-semibold disabled:opacity-60";

/** Unpublish with a reason: the reason is the confirmation, and it is kept on the record. */
export function UnpublishForm({ jobId, title }: { jobId: number; title: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(unpublishListingAction, {});
  const id = `unpublish-reason-${jobId}`;
  const error = state.errors?.reason;
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="jobId" value={jobId} />
      <label htmlFor={id} className="block text-sm font-medium">
        Reason for removing “{title}”
      </label>
      <input
        id={id}
        name="reason"
        maxLength={REMOVAL_REASON_MAX}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="w-full rounded-lg border border-slate-300 px-3 py-1.5 text-sm aria-[invalid=true]:border-red-600"
      />
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error.join(" ")}
        </p>
      )}
      <button type="submit" disabled={pending} className={`${button} bg-red-700 text-white hover:bg-red-800`}>
        {pending ? "Unpublishing…" : "Unpublish listing"}
      </button>
      <Message state={state} />
    </form>
  );
}

function SimpleForm({
  act,
  hidden,
  label,
  pendingLabel,
  className,
}: {
  act: (prev: FormState, form: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  label: string;
  pendingLabel: string;
  className: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(act, {});
  return (
    <form action={action} className="space-y-1">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button type="submit" disabled={pending} className={`${button} ${className}`}>
        {pending ? pendingLabel : label}
      </button>
      <Message state={state} />
    </form>
  );
}

export function DismissForm({ jobId, title }: { jobId: number; title: string }) {
  return (
    <SimpleForm
      act={dismissReportsAction}
      hidden={{ jobId: String(jobId) }}
      label={`Dismiss reports about “${title}”`}
      pendingLabel="Dismissing…"
      className="border border-slate-400 bg-white text-slate-900 hover:bg-slate-100"
    />
  );
}

export function RestoreForm({ jobId, title }: { jobId: number; title: string }) {
  return (
    <SimpleForm
      act={restoreListingAction}
      hidden={{ jobId: String(jobId) }}
      label={`Lift removal of “${title}”`}
      pendingLabel="Lifting…"
      className="border border-slate-400 bg-white text-slate-900 hover:bg-slate-100"
    />
  );
}

export function VerifyForm({ companyId, name, verified }: { companyId: number; name: string; verified: boolean }) {
  return (
    <SimpleForm
      act={setCompanyVerifiedAction}
      hidden={{ companyId: String(companyId), verified: String(!verified) }}
      label={verified ? `Unverify ${name}` : `Verify ${name}`}
      pendingLabel="Saving…"
      className={
        verified
          ? "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100"
          : "bg-sky-700 text-white hover:bg-sky-800"
      }
    />
  );
}
