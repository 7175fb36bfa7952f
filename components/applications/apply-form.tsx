"use client";

import { useActionState, useState } from "react";
import { applyAction } from "@/app/applications/actions";
import { Field } from "@/components/account/field";
import { shownValues, type FormState } from "@/lib/actions/form-state";

type Question = { id: number; kind: "yes_no" | "short_text" | "number"; prompt: string; required: boolean };

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * The apply form: contact details prefilled from the profile, the CV (upload, or the
 * profile's), a cover note and the screening questions. The server checks everything
 * again (the file by its content); the size check here only saves a long upload.
 */
export function ApplyForm(props: {
  jobId: number;
  submissionId: string;
  profile: { name: string; email: string; headline: string; location: string; yearsExperience: string };
  skills: string[];
  defaultCvName: string | null;
  questions: Question[];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(applyAction, {});
  const [fileError, setFileError] = useState("");
  const [source, setSource] = useState(props.defaultCvName ? "profile" : "upload");
  const answers = Object.fromEntries(props.questions.map((q) => [`q${q.id}`, ""]));
  const v: Record<string, string> = shownValues<Record<string, string>>(state, {
    ...props.profile,
    coverNote: "",
    ...answers,
  });
  const err = (name: string) => state.errors?.[name];
  const cvErrors = [...(fileError ? [fileError] : []), ...(err("cv") ?? [])];

  return (
    <form
      action={action}
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-5"
      onSubmit={(e) => {
        const input = e.currentTarget.elements.namedItem("cv") as HTMLInputElement | null;
        const file = input?.files?.[0];
        if (source === "upload" && file && file.size > MAX_BYTES) {
          e.preventDefault();
          setFileError("A CV can be at most 5 MB: save a smaller PDF");
        } else setFileError("");
      }}
    >
      <input type="hidden" name="jobId" value={props.jobId} />
      <input type="hidden" name="submissionId" value={props.submissionId} />
      {state.message && !state.ok && (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          <p>{state.message}</p>
          {err("form")?.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">About you (from your profile)</legend>
        <Field name="name" label="Name" defaultValue={v.name} errors={err("name")} autoComplete="name" />
        <Field
          name="email"
          label="Email"
          type="email"
          defaultValue={v.email}
          errors={err("email")}
          autoComplete="email"
        />
        <Field name="headline" label="Headline" defaultValue={v.headline} errors={err("headline")} />
        <Field name="location" label="Location" defaultValue={v.location} errors={err("location")} />
        <Field
          name="yearsExperience"
          label="Years of experience"
          inputMode="numeric"
          defaultValue={v.yearsExperience}
          errors={err("yearsExperience")}
        />
        <div className="text-sm">
          <p className="font-medium">Skills</p>
          <p className="text-slate-700">
            {props.skills.length ? props.skills.join(", ") : "None yet: add them on your profile or roadmap."}
          </p>
        </div>
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="font-semibold">CV</legend>
        {props.defaultCvName && (
          <div className="flex flex-wrap gap-4 text-sm">
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="cvSource"
                value="profile"
                checked={source === "profile"}
                onChange={() => setSource("profile")}
              />
              Use my default CV ({props.defaultCvName})
            </label>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="cvSource"
                value="upload"
                checked={source === "upload"}
                onChange={() => setSource("upload")}
              />
              Upload another
            </label>
          </div>
        )}
        {!props.defaultCvName && <input type="hidden" name="cvSource" value="upload" />}
        {source === "upload" && (
          <div className="space-y-1">
            <label htmlFor="cv" className="block text-sm font-medium">
              Your CV (PDF or Word .docx, at most 5 MB)
            </label>
            <input
              id="cv"
              name="cv"
              type="file"
              accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              aria-invalid={cvErrors.length ? true : undefined}
              aria-describedby={cvErrors.length ? "cv-error" : undefined}
              className="block w-full max-w-full text-sm"
            />
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="saveAsDefault" /> Keep this CV on my profile as my default CV
            </label>
          </div>
        )}
        {cvErrors.length > 0 && (
          <p id="cv-error" className="text-sm text-red-700">
            {cvErrors.join(" ")}
          </p>
        )}
      </fieldset>

      {props.questions.length > 0 && (
        <fieldset className="space-y-4">
          <legend className="font-semibold">Questions from the company</legend>
          {props.questions.map((q) => {
            const name = `q${q.id}`;
            const label = `${q.prompt}${q.required ? " (required)" : " (optional)"}`;
            const errors = err(name);
            if (q.kind === "yes_no") {
              return (
                <fieldset key={q.id} aria-describedby={errors ? `${name}-error` : undefined} className="text-sm">
                  <legend className="font-medium">{label}</legend>
                  <div className="mt-1 flex gap-4">
                    {["yes", "no"].map((opt) => (
                      <label key={opt} className="flex items-center gap-1">
                        <input type="radio" name={name} value={opt} defaultChecked={v[name] === opt} />
                        {opt === "yes" ? "Yes" : "No"}
                      </label>
                    ))}
                  </div>
                  {errors && (
                    <p id={`${name}-error`} className="text-red-700">
                      {errors.join(" ")}
                    </p>
                  )}
                </fieldset>
              );
            }
            return (
              <Field
                key={q.id}
                name={name}
                label={label}
                inputMode={q.kind === "number" ? "numeric" : undefined}
                hint={q.kind === "number" ? "A number from 0 to 1,000,000, like 3 or 4.5" : undefined}
                defaultValue={v[name]}
                errors={errors}
              />
            );
          })}
        </fieldset>
      )}

      <div className="space-y-1">
        <label htmlFor="coverNote" className="block text-sm font-medium">
          Cover note (optional)
        </label>
        <textarea
          id="coverNote"
          name="coverNote"
          rows={5}
          maxLength={3000}
          defaultValue={v.coverNote}
          aria-invalid={err("coverNote") ? true : undefined}
          className="w-full rounded-lg border border-slate-300 px-3 py-2"
        />
        {err("coverNote") && <p className="text-sm text-red-700">{err("coverNote")!.join(" ")}</p>}
      </div>

      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "Sending…" : "Send application"}
      </button>
    </form>
  );
}
