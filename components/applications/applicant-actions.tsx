"use client";

import { useActionState } from "react";
import { addNoteAction, moveApplicationAction, rejectApplicationsAction } from "@/app/applications/actions";
import type { FormState } from "@/lib/actions/form-state";
import { MOVABLE_STAGES, STAGE_NAMES } from "@/lib/applications/validation";

const button =
  "rounded-lg border border-slate-300 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-100 disabled:opacity-60";

function Status({ state }: { state: FormState }) {
  const errors = Object.values(state.errors ?? {}).flat();
  return (
    <span role="status" className={`text-sm ${state.ok ? "text-emerald-800" : "text-red-700"}`}>
      {state.message} {errors.join(" ")}
    </span>
  );
}

/** Moves one applicant to another stage. */
export function MoveForm({ applicationId, stage, name }: { applicationId: number; stage: string; name: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(moveApplicationAction, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="applicationId" value={applicationId} />
      <label className="text-sm">
        <span className="sr-only">Stage for {name}</span>
        <select
          name="stage"
          defaultValue={MOVABLE_STAGES.includes(stage as never) ? stage : "reviewing"}
          className="rounded-lg border border-slate-300 bg-white px-2 py-1"
        >
          {MOVABLE_STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_NAMES[s]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={pending} className={button}>
        Move
      </button>
      <Status state={state} />
    </form>
  );
}

/** Rejects one applicant, with an optional message they will see. */
export function RejectForm({ applicationId, name }: { applicationId: number; name: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(rejectApplicationsAction, {});
  const id = `reject-${applicationId}`;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-red-800">Reject…</summary>
      <form action={action} className="mt-2 space-y-2">
        <input type="hidden" name="applicationIds" value={applicationId} />
        <label htmlFor={id} className="block">
          Message to {name || "the applicant"} (optional, they will see it)
        </label>
        <textarea
          id={id}
          name="message"
          rows={3}
          maxLength={2000}
          className="w-full rounded-lg border border-slate-300 px-2 py-1"
        />
        <div className="flex items-center gap-2">
          <button type="submit" disabled={pending} className={button}>
            Reject {name}
          </button>
          <Status state={state} />
        </div>
      </form>
    </details>
  );
}

/** A note only the company sees. */
export function NoteForm({ applicationId }: { applicationId: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(addNoteAction, {});
  const id = `note-${applicationId}`;
  return (
    <form action={action} key={state.ok ? "saved" : "editing"} className="space-y-1 text-sm">
      <input type="hidden" name="applicationId" value={applicationId} />
      <label htmlFor={id} className="block font-medium">
        Private note (only your company sees it)
      </label>
      <textarea
        id={id}
        name="body"
        rows={2}
        maxLength={2000}
        className="w-full rounded-lg border border-slate-300 px-2 py-1"
      />
      <div className="flex items-center gap-2">
        <button type="submit" disabled={pending} className={button}>
          Add note
        </button>
        <Status state={state} />
      </div>
    </form>
  );
}

/** Rejects every applicant ticked in the list (their checkboxes name this form) with one message. */
export function BulkRejectForm({ formId }: { formId: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(rejectApplicationsAction, {});
  return (
    <form id={formId} action={action} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 text-sm">
      <h2 className="font-semibold">Reject the ticked applicants</h2>
      <label htmlFor="bulk-message" className="block">
        One message for all of them (optional)
      </label>
      <textarea
        id="bulk-message"
        name="message"
        rows={2}
        maxLength={2000}
        className="w-full rounded-lg border border-slate-300 px-2 py-1"
      />
      <div className="flex items-center gap-2">
        <button type="submit" disabled={pending} className={button}>
          Reject ticked applicants
        </button>
        <Status state={state} />
      </div>
    </form>
  );
}
