"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { saveJobAction, updateJobAction } from "@/app/recruiter/actions";
import { shownValues, type FormState } from "@/lib/actions/form-state";
import { CURRENCIES, EMPLOYMENT_TYPES, JOB_LEVELS, PAY_PERIODS, ROLE_FAMILIES, WORKPLACES } from "@/lib/enums";
import { Field } from "@/components/account/field";
import { Markdown } from "@/components/markdown";
import { LEVEL_LABEL, TYPE_LABEL, WORKPLACE_LABEL } from "@/lib/format";
import { qualityHints, type DraftValues } from "@/lib/recruiters/quality";
import type { PayBenchmarks } from "@/lib/recruiters/queries";
import { APPLICANT_REGIONS } from "@/lib/recruiters/regions";
import { roleFamilyFromTitle } from "@/lib/recruiters/role-family";
import { SkillPicker } from "./skill-picker";

export type JobFormValues = DraftValues & {
  employmentType: string;
  apply: string;
  closesOn: string;
  applyMode: string;
  questionPrompt: string[];
  questionKind: string[];
  questionRequired: string[];
};

/** Rows of screening questions the form offers (filled ones, then blanks). */
const QUESTION_ROWS = 5;

const FAMILY_LABEL: Record<(typeof ROLE_FAMILIES)[number], string> = {
  backend: "Backend",
  frontend: "Frontend",
  fullstack: "Full stack",
  devops: "DevOps / SRE",
  data: "Data / ML",
  mobile: "Mobile",
};
const PERIOD_LABEL: Record<(typeof PAY_PERIODS)[number], string> = {
  hour: "per hour",
  day: "per day",
  week: "per week",
  month: "per month",
  year: "per year",
};

type Props = {
  mode:
    | { kind: "create"; companyId: number; submissionId: string }
    | { kind: "edit"; jobId: number; status: "draft" | "published" | "closed" };
  initial: JobFormValues;
  skills: { slug: string; name: string; category: string }[];
  benchmarks: PayBenchmarks;
  today: string;
  latest: string;
};

export function JobForm(props: Props) {
  const action = props.mode.kind === "create" ? saveJobAction : updateJobAction;
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const values = shownValues(state, props.initial);
  // A new key after each answer: the inputs take the values sent back (what was typed).
  return (
    <JobFormBody
      key={JSON.stringify(values)}
      {...props}
      values={values}
      state={state}
      formAction={formAction}
      pending={pending}
    />
  );
}

function JobFormBody({
  mode,
  values,
  skills,
  benchmarks,
  today,
  latest,
  state,
  formAction,
  pending,
}: Props & { values: JobFormValues; state: FormState; formAction: (f: FormData) => void; pending: boolean }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<JobFormValues>(values);
  const err = (k: string) => state.errors?.[k];

  useEffect(() => {
    // After a refused submit, focus goes to the first field that needs attention.
    if (state.errors) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [state]);

  const read = () => {
    const f = new FormData(formRef.current!);
    const s = (k: string) => (typeof f.get(k) === "string" ? (f.get(k) as string) : "");
    setDraft({
      title: s("title"),
      roleFamily: s("roleFamily"),
      level: s("level"),
      employmentType: s("employmentType"),
      workplace: s("workplace"),
      location: s("location"),
      applicantRegions: f.getAll("applicantRegions") as string[],
      salaryMin: s("salaryMin"),
      salaryMax: s("salaryMax"),
      salaryCurrency: s("salaryCurrency"),
      salaryPeriod: s("salaryPeriod"),
      skills: f.getAll("skills") as string[],
      description: s("description"),
      apply: s("apply"),
      closesOn: s("closesOn"),
      applyMode: s("applyMode"),
      questionPrompt: f.getAll("questionPrompt") as string[],
      questionKind: f.getAll("questionKind") as string[],
      questionRequired: f.getAll("questionRequired") as string[],
    });
  };

  const derived = roleFamilyFromTitle(draft.title);
  const remote = draft.workplace === "remote";
  const hints = qualityHints(draft, benchmarks);

  return (
    <form
      ref={formRef}
      action={formAction}
      onChange={read}
      // Buttons are disabled while a save runs; this also stops a second Enter or click
      // that lands before the disabled state is painted.
      onSubmit={(e) => {
        if (pending) e.preventDefault();
      }}
      noValidate
      className="grid gap-8 lg:grid-cols-[1fr_20rem]"
    >
      <div className="space-y-6">
        {state.message && (
          <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
            {state.message}
          </p>
        )}
        {mode.kind === "create" ? (
          <>
            <input type="hidden" name="companyId" value={mode.companyId} />
            {/* One id per form: the server makes one listing however often it is sent. */}
            <input type="hidden" name="submissionId" value={mode.submissionId} />
          </>
        ) : (
          <input type="hidden" name="jobId" value={mode.jobId} />
        )}

        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold">The role</legend>
          <Field
            name="title"
            label="Job title"
            defaultValue={values.title}
            errors={err("title")}
            hint="e.g. Senior Backend Engineer, Payments"
          />
          <SelectField
            name="roleFamily"
            label="Role family"
            defaultValue={values.roleFamily}
            errors={err("roleFamily")}
          >
            <option value="">
              {derived ? `From the title: ${FAMILY_LABEL[derived]}` : "From the title (choose one if it is unclear)"}
            </option>
            {ROLE_FAMILIES.map((f) => (
              <option key={f} value={f}>
                {FAMILY_LABEL[f]}
              </option>
            ))}
          </SelectField>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField name="level" label="Level" defaultValue={values.level} errors={err("level")}>
              {JOB_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {LEVEL_LABEL[l]}
                </option>
              ))}
            </SelectField>
            <SelectField
              name="employmentType"
              label="Type"
              defaultValue={values.employmentType}
              errors={err("employmentType")}
            >
              {EMPLOYMENT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {TYPE_LABEL[t]}
                </option>
              ))}
            </SelectField>
          </div>
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold">Where</legend>
          <fieldset>
            <legend className="text-sm font-medium">Workplace</legend>
            <div className="mt-1 flex flex-wrap gap-4">
              {WORKPLACES.map((w) => (
                <label key={w} className="inline-flex items-center gap-2">
                  <input
                    type="radio"
                    name="workplace"
                    value={w}
                    defaultChecked={values.workplace === w}
                    className="h-4 w-4"
                  />
                  {WORKPLACE_LABEL[w]}
                </label>
              ))}
            </div>
            {err("workplace") && <p className="text-sm text-red-700">{err("workplace")!.join(" ")}</p>}
          </fieldset>
          <div hidden={remote}>
            <Field
              name="location"
              label="Location"
              defaultValue={values.location}
              errors={err("location")}
              hint="City and country, like Berlin, Germany"
            />
          </div>
          <fieldset hidden={!remote} aria-describedby={err("applicantRegions") ? "regions-error" : undefined}>
            <legend className="text-sm font-medium">Where may applicants live?</legend>
            <p className="text-xs text-slate-600">Countries, regions or time zones; choose all that apply.</p>
            {(["Region", "Country", "Time zones"] as const).map((group) => (
              <div key={group} className="mt-2">
                <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{group}</p>
                <div className="flex flex-wrap gap-x-4 gap-y-1">
                  {APPLICANT_REGIONS.filter((r) => r.group === group).map((r) => (
                    <label key={r.value} className="inline-flex items-center gap-1.5 text-sm">
                      <input
                        type="checkbox"
                        name="applicantRegions"
                        value={r.value}
                        defaultChecked={values.applicantRegions.includes(r.value)}
                        className="h-4 w-4"
                      />
                      {r.value}
                    </label>
                  ))}
                </div>
              </div>
            ))}
            {err("applicantRegions") && (
              <p id="regions-error" className="text-sm text-red-700">
                {err("applicantRegions")!.join(" ")}
              </p>
            )}
          </fieldset>
        </fieldset>

        <fieldset className="space-y-3">
          <legend className="text-lg font-semibold">Pay</legend>
          <p className="text-sm text-slate-600">
            Required: several US states and the EU require pay ranges in listings, and job seekers skip listings without
            them.
          </p>
          <div className="grid gap-4 sm:grid-cols-4">
            <Field
              name="salaryMin"
              label="From"
              inputMode="numeric"
              defaultValue={values.salaryMin}
              errors={err("salaryMin")}
            />
            <Field
              name="salaryMax"
              label="To"
              inputMode="numeric"
              defaultValue={values.salaryMax}
              errors={err("salaryMax")}
            />
            <SelectField
              name="salaryCurrency"
              label="Currency"
              defaultValue={values.salaryCurrency}
              errors={err("salaryCurrency")}
            >
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </SelectField>
            <SelectField
              name="salaryPeriod"
              label="Period"
              defaultValue={values.salaryPeriod}
              errors={err("salaryPeriod")}
            >
              {PAY_PERIODS.map((p) => (
                <option key={p} value={p}>
                  {PERIOD_LABEL[p]}
                </option>
              ))}
            </SelectField>
          </div>
        </fieldset>

        <SkillPicker
          options={skills}
          initial={values.skills}
          errors={err("skills")}
          onChange={() => queueMicrotask(read)}
        />

        <div className="grid gap-4 xl:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor="description" className="block text-sm font-medium">
              Description
            </label>
            <textarea
              id="description"
              name="description"
              rows={16}
              defaultValue={values.description}
              aria-invalid={err("description") ? true : undefined}
              aria-describedby={["description-hint", err("description") ? "description-error" : ""]
                .filter(Boolean)
                .join(" ")}
              className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm aria-[invalid=true]:border-red-600"
            />
            <p id="description-hint" className="text-xs text-slate-600">
              Markdown: **bold**, *italic*, - lists, ## headings, [links](https://…). HTML is shown as typed.
            </p>
            {err("description") && (
              <p id="description-error" className="text-sm text-red-700">
                {err("description")!.join(" ")}
              </p>
            )}
          </div>
          <section aria-labelledby="preview-heading" className="space-y-1">
            <h2 id="preview-heading" className="text-sm font-medium">
              Preview
            </h2>
            <div className="min-h-40 rounded-lg border border-dashed border-slate-300 bg-white p-3 text-sm">
              {draft.description.trim() ? (
                <Markdown source={draft.description} />
              ) : (
                <p className="text-slate-500">The description appears here as job seekers will see it.</p>
              )}
            </div>
          </section>
        </div>

        <fieldset className="space-y-3">
          <legend className="font-semibold">How people apply</legend>
          <div className="flex flex-wrap gap-4 text-sm">
            <label className="flex items-center gap-2">
              <input type="radio" name="applyMode" value="ladder" defaultChecked={values.applyMode === "ladder"} />
              Apply on Ladder (CV, answers and the pipeline here)
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="applyMode" value="external" defaultChecked={values.applyMode !== "ladder"} />
              On our site or by email
            </label>
          </div>
          {draft.applyMode === "ladder" && (
            <div className="space-y-2">
              <p className="text-sm text-slate-700">
                Screening questions (optional, up to {QUESTION_ROWS}). Leave a row empty to skip it.
              </p>
              {err("questionPrompt") && <p className="text-sm text-red-700">{err("questionPrompt")!.join(" ")}</p>}
              {err("questionKind") && <p className="text-sm text-red-700">{err("questionKind")!.join(" ")}</p>}
              <ol className="space-y-2">
                {Array.from({ length: QUESTION_ROWS }, (_, i) => (
                  <li key={i} className="grid gap-2 sm:grid-cols-[1fr_9rem_8rem]">
                    <label className="text-sm">
                      <span className="sr-only">Question {i + 1}</span>
                      <input
                        name="questionPrompt"
                        defaultValue={values.questionPrompt[i] ?? ""}
                        placeholder={`Question ${i + 1}`}
                        maxLength={200}
                        className="w-full rounded-lg border border-slate-300 px-2 py-1.5"
                      />
                    </label>
                    <label className="text-sm">
                      <span className="sr-only">Answer kind for question {i + 1}</span>
                      <select
                        name="questionKind"
                        defaultValue={values.questionKind[i] ?? "yes_no"}
                        className="w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5"
                      >
                        <option value="yes_no">Yes or no</option>
                        <option value="short_text">Short text</option>
                        <option value="number">Number</option>
                      </select>
                    </label>
                    <label className="text-sm">
                      <span className="sr-only">Is question {i + 1} required</span>
                      <select
                        name="questionRequired"
                        defaultValue={values.questionRequired[i] ?? "optional"}
                        className="w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5"
                      >
                        <option value="optional">Optional</option>
                        <option value="required">Required</option>
                      </select>
                    </label>
                  </li>
                ))}
              </ol>
            </div>
          )}
        </fieldset>

        <div className="grid gap-4 sm:grid-cols-2">
          {draft.applyMode !== "ladder" && (
            <Field
              name="apply"
              label="Apply link or email"
              defaultValue={values.apply}
              errors={err("apply")}
              hint="https://… or jobs@company.com"
            />
          )}
          <Field
            name="closesOn"
            label="Closes on"
            type="date"
            min={today}
            max={latest}
            defaultValue={values.closesOn}
            errors={err("closesOn")}
            hint="Open until 23:59 UTC that day. 30 days by default; at most 90."
          />
        </div>

        {err("allowDuplicate") && (
          // The same role is already posted (Back after "Publish", then "Publish" again).
          <label className="flex items-start gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            <input type="checkbox" name="allowDuplicate" className="mt-1" />
            <span>
              <strong className="block">Post a second copy of this role anyway.</strong>
              {err("allowDuplicate")?.join(" ")}
            </span>
          </label>
        )}
        <div className="flex flex-wrap gap-3">
          {mode.kind === "create" ? (
            <>
              <button
                type="submit"
                name="intent"
                value="publish"
                disabled={pending}
                className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
              >
                {pending ? "Saving…" : "Publish"}
              </button>
              <button
                type="submit"
                name="intent"
                value="draft"
                disabled={pending}
                className="rounded-lg border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-100 disabled:opacity-60"
              >
                Save as draft
              </button>
            </>
          ) : (
            <button
              type="submit"
              disabled={pending}
              className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
            >
              {pending ? "Saving…" : mode.status === "draft" ? "Save draft" : "Save changes"}
            </button>
          )}
        </div>
      </div>

      <aside aria-labelledby="quality-heading" className="space-y-3 lg:sticky lg:top-4 lg:self-start">
        <div className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="quality-heading" className="font-semibold">
            Listing quality
          </h2>
          <ul aria-live="polite" className="mt-2 space-y-2 text-sm">
            {hints.map((h) => (
              <li
                key={h.topic + h.text}
                data-topic={h.topic}
                className={`rounded-lg px-2 py-1.5 ${h.tone === "warn" ? "bg-amber-50 text-amber-950" : h.tone === "good" ? "bg-emerald-50 text-emerald-950" : "bg-slate-50 text-slate-800"}`}
              >
                <span className="sr-only">
                  {h.tone === "warn" ? "To improve: " : h.tone === "good" ? "Good: " : "Note: "}
                </span>
                {h.text}
              </li>
            ))}
            {hints.every((h) => h.tone !== "warn") && <li className="text-emerald-800">Nothing to improve.</li>}
          </ul>
        </div>
      </aside>
    </form>
  );
}

function describedBy(name: string, errors?: string[], hint?: string) {
  return [errors?.length ? `${name}-error` : "", hint ? `${name}-hint` : ""].filter(Boolean).join(" ") || undefined;
}

function SelectField({
  name,
  label,
  defaultValue,
  errors,
  children,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  errors?: string[];
  children: React.ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={name}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors)}
        className="w-full rounded-lg border border-slate-300 bg-white px-2 py-2 aria-[invalid=true]:border-red-600"
      >
        {children}
      </select>
      {errors?.length ? (
        <p id={`${name}-error`} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
