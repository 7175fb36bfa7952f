"use client";

import Link from "next/link";
import { useActionState } from "react";
import { updateTrackerAction } from "@/app/me/jobs/actions";
import { ApplicationStatus, type ApplicationSummary } from "@/components/applications/application-status";
import { typed, type FormState } from "@/lib/actions/form-state";
import { APPLICATION_STAGES } from "@/lib/enums";
import { APPLICANT_STAGE_LABEL, STAGE_LABEL } from "@/lib/saved/labels";

export type TrackerEntry = {
  id: number;
  /** The tracker stage; for an application made on Ladder, the application's (null once withdrawn). */
  stage: (typeof APPLICATION_STAGES)[number] | null;
  notes: string;
  appliedOn: string | null;
  nextStep: string;
  nextStepOn: string | null;
  isOpen: boolean;
  job: { slug: string; title: string; companyName: string; location: string };
  /** The application made on Ladder for this role, if any. */
  application?: ApplicationSummary | null;
};

/** One role in the tracker: stage, dates and notes, edited in place (keyboard friendly). */
export function TrackerItem({ entry }: { entry: TrackerEntry }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateTrackerAction, {});
  const id = (name: string) => `${name}-${entry.id}`;
  const v = {
    stage: typed(state, "stage", entry.stage ?? "saved"),
    appliedOn: typed(state, "appliedOn", entry.appliedOn ?? ""),
    nextStep: typed(state, "nextStep", entry.nextStep),
    nextStepOn: typed(state, "nextStepOn", entry.nextStepOn ?? ""),
    notes: typed(state, "notes", entry.notes),
  };
  return (
    <article className="rounded-xl border border-slate-200 bg-white p-4" aria-labelledby={id("title")}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={id("title")} className="font-semibold">
            <Link href={`/jobs/${entry.job.slug}`} className="hover:underline">
              {entry.job.title}
            </Link>
          </h2>
          <p className="text-sm text-slate-700">
            {entry.job.companyName} · {entry.job.location}
          </p>
        </div>
        {!entry.isOpen && (
          <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
            No longer accepting applications
          </span>
        )}
      </div>
      {entry.application && <ApplicationStatus application={entry.application} />}
      {/* A new key after each answer makes the inputs take the new defaults. */}
      <form key={JSON.stringify(v)} action={action} className="mt-3 grid gap-3 sm:grid-cols-2">
        <input type="hidden" name="id" value={entry.id} />
        {entry.application ? (
          // Applied on Ladder: the stage is the application's (the company's decisions, a
          // withdrawal), not set by hand; the server refuses one sent anyway.
          <div className="space-y-1 text-sm">
            <span className="font-medium">Stage</span>
            <p className="px-0 py-1.5">
              <span data-testid="tracker-stage">{APPLICANT_STAGE_LABEL[entry.application.stage]}</span>
              <span className="text-slate-600"> · follows your application on Ladder</span>
            </p>
          </div>
        ) : (
          <label className="space-y-1 text-sm">
            <span className="font-medium">Stage</span>
            <select
              name="stage"
              defaultValue={v.stage}
              className="w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5"
            >
              {APPLICATION_STAGES.map((s) => (
                <option key={s} value={s}>
                  {STAGE_LABEL[s]}
                </option>
              ))}
            </select>
            {state.errors?.stage && <span className="block text-red-700">{state.errors.stage.join(" ")}</span>}
          </label>
        )}
        <label className="space-y-1 text-sm">
          <span className="font-medium">Applied on</span>
          <input
            type="date"
            name="appliedOn"
            defaultValue={v.appliedOn}
            className="w-full rounded-lg border border-slate-300 px-2 py-1.5"
          />
          {state.errors?.appliedOn && <span className="block text-red-700">{state.errors.appliedOn.join(" ")}</span>}
        </label>
        <label className="space-y-1 text-sm">
          <span className="font-medium">Next step</span>
          <input
            name="nextStep"
            defaultValue={v.nextStep}
            maxLength={200}
            placeholder="e.g. Technical interview"
            className="w-full rounded-lg border border-slate-300 px-2 py-1.5"
          />
          {state.errors?.nextStep && <span className="block text-red-700">{state.errors.nextStep.join(" ")}</span>}
        </label>
        <label className="space-y-1 text-sm">
          <span className="font-medium">Next step on</span>
          <input
            type="date"
            name="nextStepOn"
            defaultValue={v.nextStepOn}
            className="w-full rounded-lg border border-slate-300 px-2 py-1.5"
          />
          {state.errors?.nextStepOn && <span className="block text-red-700">{state.errors.nextStepOn.join(" ")}</span>}
        </label>
        <label className="space-y-1 text-sm sm:col-span-2">
          <span className="font-medium">Notes</span>
          <textarea
            name="notes"
            defaultValue={v.notes}
            maxLength={5000}
            rows={2}
            className="w-full rounded-lg border border-slate-300 px-2 py-1.5"
          />
          {state.errors?.notes && <span className="block text-red-700">{state.errors.notes.join(" ")}</span>}
        </label>
        <div className="flex items-center gap-3 sm:col-span-2">
          <button
            type="submit"
            disabled={pending}
            className="rounded-lg bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {pending ? "Saving…" : "Save changes"}
          </button>
          <span role="status" className="text-sm text-slate-700">
            {state.message}
          </span>
        </div>
      </form>
    </article>
  );
}
