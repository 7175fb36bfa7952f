"use client";

import Link from "next/link";
import { useActionState } from "react";
import { deleteApplicationAction, withdrawApplicationAction } from "@/app/applications/actions";
import type { FormState } from "@/lib/actions/form-state";
import type { STAGE_NAMES } from "@/lib/applications/validation";
import { APPLICANT_STAGE_LABEL } from "@/lib/saved/labels";

export type ApplicationSummary = {
  id: number;
  stage: keyof typeof STAGE_NAMES;
  rejectionMessage: string;
  appliedOn: string;
  hasCv: boolean;
};

/** An application made on Ladder, inside its tracker card: the company's stage, its message, withdraw and delete. */
export function ApplicationStatus({ application: a }: { application: ApplicationSummary }) {
  const [withdrawState, withdraw, withdrawing] = useActionState<FormState, FormData>(withdrawApplicationAction, {});
  const [deleteState, remove, deleting] = useActionState<FormState, FormData>(deleteApplicationAction, {});
  const shownStage = APPLICANT_STAGE_LABEL[a.stage];
  return (
    <section
      aria-label="Your application on Ladder"
      className="border-brand-200 mt-3 space-y-2 rounded-lg border bg-brand-50 p-3 text-sm"
    >
      <p>
        Applied on Ladder on <time dateTime={a.appliedOn}>{a.appliedOn}</time> · Status:{" "}
        <strong data-testid="application-stage">{shownStage}</strong>
        {a.stage === "reviewing" && " (the company is reviewing it)"}
        {a.hasCv && (
          <>
            {" "}
            ·{" "}
            <Link href={`/api/applications/${a.id}/cv`} className="underline">
              Your CV
            </Link>
          </>
        )}
      </p>
      {a.stage === "rejected" && (
        <div className="rounded border border-slate-300 bg-white p-2">
          <p className="font-medium">The company decided not to go ahead.</p>
          {a.rejectionMessage && (
            <blockquote className="mt-1 whitespace-pre-line text-slate-800" data-testid="rejection-message">
              {a.rejectionMessage}
            </blockquote>
          )}
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3">
        {a.stage !== "withdrawn" && a.stage !== "hired" && a.stage !== "rejected" && (
          <form action={withdraw}>
            <input type="hidden" name="applicationId" value={a.id} />
            <button
              type="submit"
              disabled={withdrawing}
              className="rounded-lg border border-slate-300 bg-white px-3 py-1 font-medium"
            >
              Withdraw application
            </button>
          </form>
        )}
        <form
          action={remove}
          onSubmit={(e) => {
            if (!window.confirm("Delete this application and its CV? The company will only see that you withdrew.")) {
              e.preventDefault();
            }
          }}
        >
          <input type="hidden" name="applicationId" value={a.id} />
          <button
            type="submit"
            disabled={deleting}
            className="rounded-lg border border-red-300 bg-white px-3 py-1 font-medium text-red-800"
          >
            Delete application and CV
          </button>
        </form>
        <span role="status">{withdrawState.message ?? deleteState.message}</span>
      </div>
    </section>
  );
}
