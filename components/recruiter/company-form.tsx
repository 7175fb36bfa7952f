"use client";

import { useActionState } from "react";
import { createCompanyAction, updateCompanyAction } from "@/app/recruiter/actions";
import { shownValues, type FormState } from "@/lib/actions/form-state";
import { Field } from "@/components/account/field";
import { COMPANY_SIZES } from "@/lib/recruiters/validation";

type Values = { name: string; slug?: string; website: string; size: string; headquarters: string; about: string };

/** Creates a company (onboarding) or edits its profile (owner). */
export function CompanyForm({
  mode,
  initial,
}: {
  mode: { kind: "create" } | { kind: "edit"; companyId: number };
  initial: Values;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(
    mode.kind === "create" ? createCompanyAction : updateCompanyAction,
    {},
  );
  const v = shownValues(state, { ...initial, slug: initial.slug ?? "" });
  const err = (k: string) => state.errors?.[k];
  return (
    <form key={JSON.stringify(v)} action={action} noValidate className="space-y-4">
      {state.message && (
        <p
          role={state.ok ? "status" : "alert"}
          className={`rounded-lg px-3 py-2 text-sm ${state.ok ? "border border-emerald-200 bg-emerald-50 text-emerald-900" : "border border-red-200 bg-red-50 text-red-900"}`}
        >
          {state.message}
        </p>
      )}
      {mode.kind === "edit" && <input type="hidden" name="companyId" value={mode.companyId} />}
      <Field name="name" label="Company name" defaultValue={v.name} errors={err("name")} autoComplete="organization" />
      {mode.kind === "create" && (
        <Field
          name="slug"
          label="Page address (optional)"
          defaultValue={v.slug}
          errors={err("slug")}
          hint="Your page will be /companies/this-address. Lowercase letters, digits and dashes; made from the name when empty."
        />
      )}
      <Field
        name="website"
        label="Website"
        type="url"
        defaultValue={v.website}
        errors={err("website")}
        hint="https://example.com"
      />
      <div className="space-y-1">
        <label htmlFor="size" className="block text-sm font-medium">
          Size
        </label>
        <select
          id="size"
          name="size"
          defaultValue={v.size}
          aria-invalid={err("size") ? true : undefined}
          aria-describedby={err("size") ? "size-error" : undefined}
          className="w-full rounded-lg border border-slate-300 bg-white px-2 py-2 aria-[invalid=true]:border-red-600"
        >
          <option value="">Choose…</option>
          {COMPANY_SIZES.map((s) => (
            <option key={s} value={s}>
              {s} people
            </option>
          ))}
        </select>
        {err("size") && (
          <p id="size-error" className="text-sm text-red-700">
            {err("size")!.join(" ")}
          </p>
        )}
      </div>
      <Field
        name="headquarters"
        label="Headquarters (optional)"
        defaultValue={v.headquarters}
        errors={err("headquarters")}
        hint="City, country"
      />
      <div className="space-y-1">
        <label htmlFor="about" className="block text-sm font-medium">
          About
        </label>
        <textarea
          id="about"
          name="about"
          rows={5}
          defaultValue={v.about}
          aria-invalid={err("about") ? true : undefined}
          aria-describedby={err("about") ? "about-error" : undefined}
          className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600"
        />
        {err("about") && (
          <p id="about-error" className="text-sm text-red-700">
            {err("about")!.join(" ")}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "Saving…" : mode.kind === "create" ? "Create company" : "Save company"}
      </button>
    </form>
  );
}
