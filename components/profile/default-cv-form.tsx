"use client";

import { useActionState } from "react";
import { deleteDefaultCvAction, uploadDefaultCvAction } from "@/app/me/profile/actions";
import type { FormState } from "@/lib/actions/form-state";

const button =
  "rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60";

function Status({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <p role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-emerald-800" : "text-red-700"}`}>
      {state.message}
    </p>
  );
}

/**
 * The default CV on the profile: upload or replace it (checked like the apply form's CV),
 * open or download it, delete it. `current` is the stored file, if any.
 */
export function DefaultCvForm({ current }: { current: { name: string; size: number; uploadedOn: string } | null }) {
  const [upload, uploadAction, uploading] = useActionState<FormState, FormData>(uploadDefaultCvAction, {});
  const [removal, deleteAction, deleting] = useActionState<FormState, FormData>(deleteDefaultCvAction, {});
  const cvErrors = upload.errors?.cv ?? [];
  return (
    <div className="space-y-3 text-sm">
      {current ? (
        <p>
          Your default CV: <strong>{current.name}</strong> ({Math.max(1, Math.round(current.size / 1024))} KB, uploaded{" "}
          {current.uploadedOn}) ·{" "}
          <a href="/api/me/cv" className="text-brand-700 underline">
            Open
          </a>{" "}
          ·{" "}
          <a href="/api/me/cv?download=1" className="text-brand-700 underline">
            Download
          </a>
        </p>
      ) : (
        <p>No default CV yet. The apply form offers the one you keep here.</p>
      )}
      <form action={uploadAction} className="space-y-2" noValidate>
        <label htmlFor="default-cv" className="block font-medium">
          {current ? "Replace it with" : "Upload a CV"} (PDF or Word .docx, at most 5 MB)
        </label>
        <input
          id="default-cv"
          name="cv"
          type="file"
          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-invalid={cvErrors.length ? true : undefined}
          aria-describedby={cvErrors.length ? "default-cv-error" : undefined}
          className="block w-full max-w-full text-sm"
        />
        {cvErrors.length > 0 && (
          <p id="default-cv-error" className="text-red-700">
            {cvErrors.join(" ")}
          </p>
        )}
        <button type="submit" disabled={uploading} className={button}>
          {uploading ? "Uploading…" : current ? "Replace CV" : "Save CV"}
        </button>
        <Status state={upload} />
      </form>
      {current && (
        <form action={deleteAction} className="space-y-1">
          <button type="submit" disabled={deleting} className={button}>
            Delete default CV
          </button>
          <p className="text-slate-600">Applications you already sent keep the CV they were sent with.</p>
          <Status state={removal} />
        </form>
      )}
    </div>
  );
}
