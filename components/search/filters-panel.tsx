"use client";

import { useState, useSyncExternalStore } from "react";
import { EMPLOYMENT_TYPES, JOB_LEVELS, WORKPLACES } from "@/lib/enums";
import { formatCount, LEVEL_LABEL, TYPE_LABEL, WORKPLACE_LABEL } from "@/lib/format";
import type { SearchParams } from "@/lib/search/params";
import type { ApiFacets, ApiFacetValue } from "@/lib/search/types";

type Navigate = (change: Partial<SearchParams>, mode?: "push" | "replace") => void;

export const SALARY_STEPS = [50_000, 80_000, 100_000, 120_000, 150_000, 200_000, 250_000];
export const POSTED_WITHIN = [1, 3, 7, 14, 30];

const WIDE = "(min-width: 1024px)";
const subscribeWide = (notify: () => void) => {
  const mq = window.matchMedia(WIDE);
  mq.addEventListener("change", notify);
  return () => mq.removeEventListener("change", notify);
};

const countOf = (list: ApiFacetValue[] | undefined, value: string) => list?.find((f) => f.value === value)?.count ?? 0;
const toggle = <T extends string>(list: T[] | undefined, value: T): T[] | undefined => {
  const next = list?.includes(value) ? list.filter((v) => v !== value) : [...(list ?? []), value];
  return next.length ? next : undefined;
};

/** The filter sidebar: plain form controls (they submit without JavaScript) that apply at once with it. */
export function FiltersPanel({
  params,
  facets,
  navigate,
  hydrated,
  total,
  resultsId,
}: {
  params: SearchParams;
  facets: ApiFacets | undefined;
  navigate: Navigate;
  hydrated: boolean;
  /** The current number of results, for the phone's "Show N results" (undefined while loading). */
  total: number | undefined;
  /** The id of the results region that "Show N results" moves to. */
  resultsId: string;
}) {
  // Folded in the server's HTML and on phones, where results come first, until the visitor
  // opens it; on wide screens a sidebar whose content CSS shows even while folded (below), so
  // nothing moves when the page hydrates and opens it (the layout shift Lighthouse measured).
  const wide = useSyncExternalStore(
    subscribeWide,
    () => window.matchMedia(WIDE).matches,
    () => false,
  );
  const [openedOnPhone, setOpenedOnPhone] = useState(false);
  const [location, setLocation] = useState(params.location ?? "");
  const [shownLocation, setShownLocation] = useState(params.location ?? "");
  if ((params.location ?? "") !== shownLocation) {
    // The URL changed (back/forward, a chip): show its location.
    setShownLocation(params.location ?? "");
    setLocation(params.location ?? "");
  }
  const applyLocation = () => {
    const value = location.trim();
    if (value !== (params.location ?? "")) navigate({ location: value || undefined });
  };

  // Chosen skills and company stay listed even when they fall out of the top facets.
  const skillOptions = [...(facets?.skills ?? [])];
  for (const s of params.skill ?? [])
    if (!skillOptions.some((o) => o.value === s)) skillOptions.unshift({ value: s, label: s, count: 0 });
  const companyOptions = [...(facets?.companies ?? [])];
  if (params.company && !companyOptions.some((o) => o.value === params.company))
    companyOptions.unshift({ value: params.company, label: params.company, count: 0 });

  return (
    <details
      className="group rounded-xl border border-slate-200 bg-white p-4 lg:row-span-2 lg:row-start-1 lg:self-start lg:[&::details-content]:[content-visibility:visible]"
      open={wide || openedOnPhone}
      onToggle={(e) => {
        if (!wide) setOpenedOnPhone(e.currentTarget.open);
      }}
    >
      <summary className="cursor-pointer font-semibold lg:pointer-events-none lg:list-none">Filters</summary>
      <div className="mt-3 space-y-5 text-sm">
        {params.guide && <input type="hidden" name="guide" value={params.guide} />}
        {facets?.sampled && (
          <p className="text-xs text-slate-600">
            Counts marked ~ are estimates from the {facets.sampleSize.toLocaleString("en-US")} newest matches.
          </p>
        )}

        <CheckGroup
          legend="Workplace"
          name="workplace"
          values={WORKPLACES}
          labels={WORKPLACE_LABEL}
          selected={params.workplace}
          facet={facets?.workplace}
          estimated={facets?.estimates?.includes("workplace") ?? false}
          onToggle={(v) => navigate({ workplace: toggle(params.workplace, v) })}
        />
        <CheckGroup
          legend="Level"
          name="level"
          values={JOB_LEVELS}
          labels={LEVEL_LABEL}
          selected={params.level}
          facet={facets?.level}
          estimated={facets?.estimates?.includes("level") ?? false}
          onToggle={(v) => navigate({ level: toggle(params.level, v) })}
        />
        <CheckGroup
          legend="Type"
          name="type"
          values={EMPLOYMENT_TYPES}
          labels={TYPE_LABEL}
          selected={params.type}
          facet={facets?.type}
          estimated={facets?.estimates?.includes("type") ?? false}
          onToggle={(v) => navigate({ type: toggle(params.type, v) })}
        />

        <fieldset className="space-y-2">
          <legend className="font-semibold text-slate-900">Pay (annual, USD)</legend>
          <label className="block">
            <span className="sr-only">Minimum pay</span>
            <select
              name="salaryMin"
              value={params.salaryMin ?? ""}
              onChange={(e) => navigate({ salaryMin: e.target.value ? Number(e.target.value) : undefined })}
              className="w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5"
            >
              <option value="">Any pay</option>
              {SALARY_STEPS.map((s) => (
                <option key={s} value={s}>
                  ${s / 1000}k or more
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              name="includeNoSalary"
              value="1"
              checked={params.includeNoSalary}
              onChange={(e) => navigate({ includeNoSalary: e.target.checked })}
              className="h-4 w-4"
            />
            Include roles that don’t show pay
          </label>
        </fieldset>

        <label className="block space-y-1">
          <span className="font-semibold text-slate-900">Location</span>
          <input
            name="location"
            value={location}
            maxLength={100}
            placeholder="City or country"
            onChange={(e) => setLocation(e.target.value)}
            onBlur={applyLocation}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                applyLocation();
              }
            }}
            className="w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5"
          />
        </label>

        <label className="block space-y-1">
          <span className="font-semibold text-slate-900">Posted</span>
          <select
            name="postedWithin"
            value={params.postedWithin ?? ""}
            onChange={(e) => navigate({ postedWithin: e.target.value ? Number(e.target.value) : undefined })}
            className="w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5"
          >
            <option value="">Any time</option>
            {POSTED_WITHIN.map((d) => (
              <option key={d} value={d}>
                {d === 1 ? "In the last day" : `In the last ${d} days`}
              </option>
            ))}
          </select>
        </label>

        {skillOptions.length > 0 && (
          <fieldset>
            <legend className="font-semibold text-slate-900">Skills (all must match)</legend>
            <ul className="mt-1 max-h-64 space-y-1 overflow-y-auto pr-1">
              {skillOptions.map((s) => (
                <li key={s.value}>
                  <Check
                    name="skill"
                    value={s.value}
                    label={s.label}
                    count={s.count}
                    estimated={facets?.estimates?.includes("skills")}
                    checked={params.skill?.includes(s.value) ?? false}
                    onChange={() => navigate({ skill: toggle(params.skill, s.value) })}
                  />
                </li>
              ))}
            </ul>
          </fieldset>
        )}

        {companyOptions.length > 0 && (
          <fieldset>
            <legend className="font-semibold text-slate-900">Company</legend>
            <ul className="mt-1 max-h-64 space-y-1 overflow-y-auto pr-1">
              {companyOptions.map((c) => (
                <li key={c.value}>
                  <Check
                    name="company"
                    value={c.value}
                    label={c.label}
                    count={c.count}
                    estimated={facets?.estimates?.includes("companies")}
                    checked={params.company === c.value}
                    onChange={() => navigate({ company: params.company === c.value ? undefined : c.value })}
                  />
                </li>
              ))}
            </ul>
          </fieldset>
        )}

        {/* Without JavaScript the form submits; with it, every control has applied already.
            (Hidden, it must not be full width: a visually hidden element is positioned
            absolutely, and a full-width one widened the page by 139 px.) */}
        <button
          type="submit"
          className={`${hydrated ? "sr-only" : "w-full"} rounded-lg bg-brand-700 px-3 py-2 font-semibold text-white`}
          tabIndex={hydrated ? -1 : 0}
        >
          Apply filters
        </button>
        {/* Phones: the filters fold over the results; this closes them and goes to the results. */}
        {hydrated && !wide && (
          <button
            type="button"
            className="sticky bottom-2 w-full rounded-lg bg-brand-700 px-3 py-3 font-semibold text-white shadow-lg"
            onClick={(e) => {
              setOpenedOnPhone(false);
              e.currentTarget.closest("details")?.removeAttribute("open");
              const results = document.getElementById(resultsId);
              results?.focus();
              results?.scrollIntoView();
            }}
          >
            {total === undefined ? "Show results" : `Show ${formatCount(total)} ${total === 1 ? "result" : "results"}`}
          </button>
        )}
      </div>
    </details>
  );
}

function CheckGroup<T extends string>({
  legend,
  name,
  values,
  labels,
  selected,
  facet,
  estimated,
  onToggle,
}: {
  legend: string;
  name: string;
  values: readonly T[];
  labels: Record<T, string>;
  selected: T[] | undefined;
  facet: ApiFacetValue[] | undefined;
  estimated: boolean;
  onToggle: (v: T) => void;
}) {
  return (
    <fieldset>
      <legend className="font-semibold text-slate-900">{legend}</legend>
      <ul className="mt-1 space-y-1">
        {values.map((v) => (
          <li key={v}>
            <Check
              name={name}
              value={v}
              label={labels[v]}
              count={facet ? countOf(facet, v) : undefined}
              estimated={estimated}
              checked={selected?.includes(v) ?? false}
              onChange={() => onToggle(v)}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function Check({
  name,
  value,
  label,
  count,
  estimated = false,
  checked,
  onChange,
}: {
  name: string;
  value: string;
  label: string;
  count?: number;
  /** The count is an estimate (the search matched more than were counted): shown as "~N". */
  estimated?: boolean;
  checked: boolean;
  onChange: () => void;
}) {
  return (
    <label className="flex items-center justify-between gap-2 rounded px-1 py-0.5 hover:bg-slate-50">
      <span className="flex items-center gap-2">
        <input type="checkbox" name={name} value={value} checked={checked} onChange={onChange} className="h-4 w-4" />
        {label}
      </span>
      {count !== undefined && (
        <span
          className="text-xs text-slate-600 tabular-nums"
          aria-label={`${estimated ? "about " : ""}${formatCount(count)} roles`}
        >
          {estimated ? "~" : ""}
          {formatCount(count)}
        </span>
      )}
    </label>
  );
}
