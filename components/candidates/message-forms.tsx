"use client";

import { useActionState } from "react";
import { replyToMessageAction } from "@/app/me/messages/actions";
import { sendCandidateMessageAction } from "@/app/recruiter/candidates/actions";
import { typed, type FormState } from "@/lib/actions/form-state";
import { MESSAGE_BODY_MAX, MESSAGE_SUBJECT_MAX, REPLY_MAX } from "@/lib/candidates/validation";

const button =
  "rounded-lg bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
const input = "w-full rounded-lg border border-slate-300 bg-white px-2 py-1 aria-[invalid=true]:border-red-600";

function Status({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <p role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-emerald-800" : "text-red-700"}`}>
      {state.message}
    </p>
  );
}

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={id} className="text-sm text-red-700">
      {errors.join(" ")}
    </p>
  ) : null;
}

/** A recruiter's message to one candidate: subject and body. */
export function MessageCandidateForm({ candidateId, name }: { candidateId: string; name: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(sendCandidateMessageAction, {});
  const id = `msg-${candidateId}`;
  const err = (k: string) => state.errors?.[k];
  return (
    <form action={action} key={state.ok ? "sent" : "editing"} className="mt-2 space-y-2 text-sm" noValidate>
      <input type="hidden" name="candidateId" value={candidateId} />
      <label htmlFor={`${id}-subject`} className="block font-medium">
        Subject
      </label>
      <input
        id={`${id}-subject`}
        name="subject"
        maxLength={MESSAGE_SUBJECT_MAX}
        defaultValue={state.ok ? "" : typed(state, "subject")}
        aria-invalid={err("subject") ? true : undefined}
        aria-describedby={err("subject") ? `${id}-subject-error` : undefined}
        className={input}
      />
      <FieldError id={`${id}-subject-error`} errors={err("subject")} />
      <label htmlFor={`${id}-body`} className="block font-medium">
        Message to {name || "the candidate"}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={5}
        maxLength={MESSAGE_BODY_MAX}
        defaultValue={state.ok ? "" : typed(state, "body")}
        aria-invalid={err("body") ? true : undefined}
        aria-describedby={err("body") ? `${id}-body-error` : undefined}
        className={input}
      />
      <FieldError id={`${id}-body-error`} errors={err("body")} />
      <FieldError id={`${id}-form-error`} errors={err("form")} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={button}>
          {pending ? "Sending…" : "Send message"}
        </button>
        <Status state={state} />
      </div>
    </form>
  );
}

/** The candidate's one reply to a recruiter's message. */
export function ReplyForm({ messageId }: { messageId: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(replyToMessageAction, {});
  const id = `reply-${messageId}`;
  const err = state.errors?.reply;
  return (
    <form action={action} className="space-y-2 text-sm" noValidate>
      <input type="hidden" name="messageId" value={messageId} />
      <label htmlFor={id} className="block font-medium">
        Your reply (it goes to the recruiter by mail, with your email address)
      </label>
      <textarea
        id={id}
        name="reply"
        rows={4}
        maxLength={REPLY_MAX}
        defaultValue={typed(state, "reply")}
        aria-invalid={err ? true : undefined}
        aria-describedby={err ? `${id}-error` : undefined}
        className={input}
      />
      <FieldError id={`${id}-error`} errors={err} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={button}>
          {pending ? "Sending…" : "Send reply"}
        </button>
        <Status state={state} />
      </div>
    </form>
  );
}
