"use client";

import { useActionState } from "react";
import { updateProfileAction } from "@/app/me/profile/actions";
import { shownValues, type FormState } from "@/lib/actions/form-state";
import { JOB_LEVELS, WORKPLACES } from "@/lib/enums";
import { Field } from "@/components/account/field";
import { LEVEL_LABEL, WORKPLACE_LABEL } from "@/lib/format";

/** The profile's fields as the form holds them (text, and the skills' slugs). */
export type ProfileValues = {
  name: string;
  headline: string;
  location: string;
  yearsExperience: string;
  targetGuide: string;
  targetLevel: string;
  visibility: string;
  workplacePreference: string;
  skills: string[];
};

type Options = {
  guides: { slug: string; title: string }[];
  skills: { slug: string; name: string; category: string }[];
};

export function ProfileForm({ initial, options }: { initial: ProfileValues; options: Options }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateProfileAction, {});
  const v = shownValues(state, initial);
  // A fresh key after each answer makes the uncontrolled inputs take the new defaults.
  const key = JSON.stringify(v);
  const categories = [...new Set(options.skills.map((s) => s.category))];
  const err = (k: string) => state.errors?.[k];
  return (
    <form key={key} action={action} className="space-y-5" noValidate>
      {state.message && (
        <p
          role={state.errors ? "alert" : "status"}
          className={`rounded-lg px-3 py-2 text-sm ${state.errors ? "border border-red-200 bg-red-50 text-red-900" : "border border-emerald-200 bg-emerald-50 text-emerald-900"}`}
        >
          {state.message}
        </p>
      )}
      <Field name="name" label="Name" defaultValue={v.name} errors={err("name")} autoComplete="name" />
      <Field
        name="headline"
        label="Headline"
        defaultValue={v.headline}
        errors={err("headline")}
        hint="e.g. Backend engineer, Go and PostgreSQL"
      />
      <Field
        name="location"
        label="Location"
        defaultValue={v.location}
        errors={err("location")}
        autoComplete="address-level2"
      />
      <Field
        name="yearsExperience"
        label="Years of experience"
        type="number"
        defaultValue={v.yearsExperience}
        errors={err("yearsExperience")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="space-y-1 text-sm">
          <span className="block font-medium">Target role</span>
          <select
            name="targetGuide"
            defaultValue={v.targetGuide}
            className="w-full rounded-lg border border-slate-300 bg-white px-2 py-2"
          >
            <option value="">Not set</option>
            {options.guides.map((g) => (
              <option key={g.slug} value={g.slug}>
                {g.title}
              </option>
            ))}
          </select>
          {err("targetGuide") && <span className="block text-red-700">{err("targetGuide")!.join(" ")}</span>}
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-medium">Target level</span>
          <select
            name="targetLevel"
            defaultValue={v.targetLevel}
            className="w-full rounded-lg border border-slate-300 bg-white px-2 py-2"
          >
            <option value="">Not set</option>
            {JOB_LEVELS.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABEL[l]}
              </option>
            ))}
          </select>
          {err("targetLevel") && <span className="block text-red-700">{err("targetLevel")!.join(" ")}</span>}
        </label>
      </div>
      <label className="block space-y-1 text-sm">
        <span className="block font-medium">Where you want to work</span>
        <select
          name="workplacePreference"
          defaultValue={v.workplacePreference}
          className="w-full rounded-lg border border-slate-300 bg-white px-2 py-2 sm:w-1/2"
        >
          <option value="">No preference</option>
          {WORKPLACES.map((w) => (
            <option key={w} value={w}>
              {WORKPLACE_LABEL[w]}
            </option>
          ))}
        </select>
        {err("workplacePreference") && (
          <span className="block text-red-700">{err("workplacePreference")!.join(" ")}</span>
        )}
      </label>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Skills</legend>
        {err("skills") && <p className="text-sm text-red-700">{err("skills")!.join(" ")}</p>}
        <div className="grid gap-3 sm:grid-cols-2">
          {categories.map((c) => (
            <fieldset key={c} className="rounded-lg border border-slate-200 p-3">
              <legend className="px-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">{c}</legend>
              <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
                {options.skills
                  .filter((s) => s.category === c)
                  .map((s) => (
                    <li key={s.slug}>
                      <label className="inline-flex items-center gap-1.5">
                        <input
                          type="checkbox"
                          name="skills"
                          value={s.slug}
                          defaultChecked={v.skills.includes(s.slug)}
                          className="h-4 w-4"
                        />
                        {s.name}
                      </label>
                    </li>
                  ))}
              </ul>
            </fieldset>
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-1 text-sm">
        <legend className="font-medium">Who can see your profile</legend>
        <label className="mr-4 inline-flex items-center gap-2">
          <input
            type="radio"
            name="visibility"
            value="private"
            defaultChecked={v.visibility !== "public"}
            className="h-4 w-4"
          />{" "}
          Only me
        </label>
        <label className="inline-flex items-center gap-2">
          <input
            type="radio"
            name="visibility"
            value="public"
            defaultChecked={v.visibility === "public"}
            className="h-4 w-4"
          />{" "}
          Recruiters on Ladder
        </label>
        <p className="text-slate-600">
          Recruiters on Ladder can find your name, headline, location, years, level, workplace preference and skills in
          their candidate search, and write to you. They never see your email address unless you reply.
        </p>
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "Saving…" : "Save profile"}
      </button>
    </form>
  );
}
