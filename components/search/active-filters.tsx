"use client";

import { formatMoney, LEVEL_LABEL, TYPE_LABEL, WORKPLACE_LABEL } from "@/lib/format";
import type { SearchParams } from "@/lib/search/params";
import type { ApiFacets } from "@/lib/search/types";

type Navigate = (change: Partial<SearchParams>, mode?: "push" | "replace") => void;

/** The active filters as removable chips. */
export function ActiveFilters({
  params,
  facets,
  navigate,
}: {
  params: SearchParams;
  facets: ApiFacets | undefined;
  navigate: Navigate;
}) {
  const without = <T,>(list: T[] | undefined, v: T) => {
    const next = (list ?? []).filter((x) => x !== v);
    return next.length ? next : undefined;
  };
  const name = (list: { value: string; label: string }[] | undefined, v: string) =>
    list?.find((x) => x.value === v)?.label ?? v;
  const chips: { key: string; label: string; remove: Partial<SearchParams> }[] = [
    ...(params.q ? [{ key: "q", label: `“${params.q}”`, remove: { q: undefined } }] : []),
    ...(params.workplace ?? []).map((v) => ({
      key: `w-${v}`,
      label: WORKPLACE_LABEL[v],
      remove: { workplace: without(params.workplace, v) },
    })),
    ...(params.level ?? []).map((v) => ({
      key: `l-${v}`,
      label: LEVEL_LABEL[v],
      remove: { level: without(params.level, v) },
    })),
    ...(params.type ?? []).map((v) => ({
      key: `t-${v}`,
      label: TYPE_LABEL[v],
      remove: { type: without(params.type, v) },
    })),
    ...(params.skill ?? []).map((v) => ({
      key: `s-${v}`,
      label: name(facets?.skills, v),
      remove: { skill: without(params.skill, v) },
    })),
    ...(params.company
      ? [{ key: "c", label: name(facets?.companies, params.company), remove: { company: undefined } }]
      : []),
    ...(params.salaryMin !== undefined
      ? [
          {
            key: "pay",
            label: `${formatMoney(params.salaryMin)}+${params.includeNoSalary ? " or pay not shown" : ""}`,
            remove: { salaryMin: undefined, includeNoSalary: false },
          },
        ]
      : []),
    ...(params.location ? [{ key: "loc", label: `Near “${params.location}”`, remove: { location: undefined } }] : []),
    ...(params.postedWithin !== undefined
      ? [
          {
            key: "age",
            label: `Last ${params.postedWithin} day${params.postedWithin === 1 ? "" : "s"}`,
            remove: { postedWithin: undefined },
          },
        ]
      : []),
    ...(params.guide
      ? [{ key: "g", label: `Guide: ${params.guide.replace(/-/g, " ")}`, remove: { guide: undefined } }]
      : []),
  ];
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h3 className="sr-only">Active filters</h3>
      <ul className="flex flex-wrap gap-2">
        {chips.map((c) => (
          <li key={c.key}>
            <button
              type="button"
              onClick={() => navigate(c.remove)}
              className="inline-flex items-center gap-1 rounded-full border border-brand-600 bg-brand-50 px-3 py-1 text-sm text-brand-800 hover:bg-brand-100"
              aria-label={`Remove filter ${c.label}`}
            >
              {c.label} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <button
          type="button"
          className="text-sm text-slate-700 underline"
          onClick={() =>
            navigate({
              q: undefined,
              workplace: undefined,
              level: undefined,
              type: undefined,
              skill: undefined,
              company: undefined,
              salaryMin: undefined,
              includeNoSalary: false,
              location: undefined,
              postedWithin: undefined,
              guide: undefined,
            })
          }
        >
          Clear all
        </button>
      )}
    </div>
  );
}
