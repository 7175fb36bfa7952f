"use client";

import Link from "next/link";
import { useActionState } from "react";
import { closeJobAction, duplicateJobAction, publishJobAction, renewJobAction } from "@/app/recruiter/actions";
import type { FormState } from "@/lib/actions/form-state";
import type { ListingState } from "@/lib/recruiters/queries";

/** Edit, publish, close, renew and duplicate for one listing, with the answer beside them. */
export function JobRowActions({ jobId, title, state }: { jobId: number; title: string; state: ListingState }) {
  const publish = useActionState<FormState, FormData>(publishJobAction, {});
  const close = useActionState<FormState, FormData>(closeJobAction, {});
  const renew = useActionState<FormState, FormData>(renewJobAction, {});
  const duplicate = useActionState<FormState, FormData>(duplicateJobAction, {});
  const answers = [publish[0], close[0], renew[0], duplicate[0]].filter((s) => s.message);
  const pending = publish[2] || close[2] || renew[2] || duplicate[2];
  const button = (label: string, [, act]: ReturnType<typeof useActionState<FormState, FormData>>) => (
    <form action={act}>
      <input type="hidden" name="jobId" value={jobId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${label} ${title}`}
        className="rounded border border-slate-300 px-2 py-1 text-xs font-semibold hover:bg-slate-100 disabled:opacity-60"
      >
        {label}
      </button>
    </form>
  );
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-1.5">
        <Link
          href={`/recruiter/jobs/${jobId}/edit`}
          aria-label={`Edit ${title}`}
          className="rounded border border-slate-300 px-2 py-1 text-xs font-semibold hover:bg-slate-100"
        >
          Edit
        </Link>
        {state === "draft" && button("Publish", publish)}
        {state === "open" && button("Close", close)}
        {state !== "draft" && state !== "removed" && button("Renew", renew)}
        {state !== "removed" && button("Duplicate", duplicate)}
      </div>
      {answers.map((a, i) => (
        <p key={i} role={a.ok ? "status" : "alert"} className={`text-xs ${a.ok ? "text-emerald-800" : "text-red-700"}`}>
          {a.message}
        </p>
      ))}
    </div>
  );
}
