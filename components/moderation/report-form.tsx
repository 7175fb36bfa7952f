"use client";

import { useActionState } from "react";
import { reportListingAction } from "@/app/jobs/[slug]/actions";
import { typed, type FormState } from "@/lib/actions/form-state";
import { REPORT_REASONS } from "@/lib/enums";
import { REASON_LABEL, REPORT_NOTE_MAX } from "@/lib/moderation/labels";

export function ReportForm({
  jobId,
  existing,
  openOnLoad,
}: {
  jobId: number;
  existing: { reason: string; note: string } | null;
  openOnLoad: boolean;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(reportListingAction, {});
  const v = state.values
    ? { reason: typed(state, "reason"), note: typed(state, "note") }
    : (existing ?? { reason: "", note: "" });
  const reported = Boolean(existing || state.ok);
  const err = (k: string) => state.errors?.[k];
  return (
    <details
      open={openOnLoad || Boolean(state.message) || undefined}
      className="rounded-xl border border-slate-200 bg-white p-4 text-sm"
    >
      <summary className="cursor-pointer font-medium text-slate-800">
        {reported ? "You reported this listing: update your report" : "Report this listing"}
      </summary>
      {/* A fresh key after each answer makes the uncontrolled inputs take the new defaults. */}
      <form key={JSON.stringify(v)} action={action} className="mt-3 space-y-3" noValidate>
        <input type="hidden" name="jobId" value={jobId} />
        {state.message && (
          <p
            role={state.ok ? "status" : "alert"}
            className={`rounded-lg px-3 py-2 ${state.ok ? "border border-emerald-200 bg-emerald-50 text-emerald-900" : "border border-red-200 bg-red-50 text-red-900"}`}
          >
            {state.message}
          </p>
        )}
        <fieldset aria-describedby={err("reason") ? "report-reason-error" : undefined}>
          <legend className="font-medium text-slate-900">What is wrong with it?</legend>
          {err("reason") && (
            <p id="report-reason-error" className="text-red-700">
              {err("reason")!.join(" ")}
            </p>
          )}
          <ul className="mt-1 space-y-1">
            {REPORT_REASONS.map((r) => (
              <li key={r}>
                <label className="inline-flex items-center gap-2">
                  <input type="radio" name="reason" value={r} defaultChecked={v.reason === r} required />
                  {REASON_LABEL[r]}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="space-y-1">
          <label htmlFor="report-note" className="block font-medium text-slate-900">
            Details for our team (optional)
          </label>
          <textarea
            id="report-note"
            name="note"
            rows={3}
            maxLength={REPORT_NOTE_MAX}
            defaultValue={v.note}
            aria-invalid={err("note") ? true : undefined}
            aria-describedby={err("note") ? "report-note-error report-note-hint" : "report-note-hint"}
            className="w-full rounded-lg border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600"
          />
          <p id="report-note-hint" className="text-xs text-slate-600">
            Up to {REPORT_NOTE_MAX.toLocaleString("en-US")} characters. The employer does not see your report.
          </p>
          {err("note") && (
            <p id="report-note-error" className="text-red-700">
              {err("note")!.join(" ")}
            </p>
          )}
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg border border-slate-400 bg-white px-3 py-1.5 font-semibold text-slate-900 hover:bg-slate-100 disabled:opacity-60"
        >
          {pending ? "Sending…" : reported ? "Update report" : "Send report"}
        </button>
      </form>
    </details>
  );
}
