"use client";

import { keepPreviousData, useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { JobCard } from "@/components/job-card";
import { formatCount } from "@/lib/format";
import type { SearchParams } from "@/lib/search/params";
import { fromURLSearchParams, readSearchParams, toQueryString } from "@/lib/search/query-string";
import type { ApiSuggestion } from "@/lib/search/types";
import { SaveSearch } from "@/components/saved-searches/save-search";
import { ActiveFilters } from "./active-filters";
import { fetchSearchPage, searchKeys } from "./fetch-search";
import { FiltersPanel } from "./filters-panel";
import { SalaryHistogram } from "./salary-histogram";
import type { Issue } from "@/lib/result";

const TYPING_DELAY_MS = 300;
const noopSubscribe = () => () => {};

/**
 * The /jobs search. The URL is the state: every change writes the URL (history entries,
 * so back/forward restore a search), and the results are React Query's cache of that URL.
 */
export function SearchExperience({
  issues,
  now,
  canMatch = false,
  matchNeedsSkills = false,
}: {
  issues: Issue[];
  now: string;
  /** Signed in: "Best match" is offered. */
  canMatch?: boolean;
  /** Signed in without skills: best match can only rank by level, so say how to fix it. */
  matchNeedsSkills?: boolean;
}) {
  const searchParams = useSearchParams();
  const urlQs = searchParams.toString();
  // The URL Next reports lags a pushState by a render; until it catches up, controls show
  // the search just asked for (a checkbox must not flick back while the URL updates).
  const [asked, setAsked] = useState<string | null>(null);
  const [seenUrlQs, setSeenUrlQs] = useState(urlQs);
  if (urlQs !== seenUrlQs) {
    setSeenUrlQs(urlQs);
    setAsked(null);
  }
  const currentQs = asked ?? urlQs;
  const raw = useMemo(() => fromURLSearchParams(new URLSearchParams(currentQs)), [currentQs]);
  const params = useMemo(() => {
    const parsed = readSearchParams(raw);
    // Signed out, a "Best match" link searches in the default order (the page says why).
    if (!canMatch && parsed.sort === "match") {
      return { ...parsed, sort: parsed.q ? ("relevance" as const) : ("newest" as const), cursor: undefined };
    }
    return parsed;
  }, [raw, canMatch]);
  const sortIsExplicit = raw.sort !== undefined;
  const qs = toQueryString(params);
  const start = params.cursor ?? null;
  const queryClient = useQueryClient();
  // False while server-rendering and hydrating, true after: no effect, no extra render.
  const hydrated = useSyncExternalStore(
    noopSubscribe,
    () => true,
    () => false,
  );

  const query = useInfiniteQuery({
    queryKey: searchKeys.list(qs, start),
    queryFn: ({ pageParam, signal }) =>
      queryClient.fetchQuery({
        queryKey: searchKeys.page(qs, pageParam, pageParam === start),
        queryFn: () => fetchSearchPage(qs, pageParam, pageParam === start, signal),
      }),
    initialPageParam: start,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });

  // Fetch the next page ahead of time, so "Load more" answers at once.
  const nextCursor = query.data?.pages.at(-1)?.nextCursor ?? null;
  useEffect(() => {
    if (!nextCursor || query.isPlaceholderData) return;
    void queryClient.prefetchQuery({
      queryKey: searchKeys.page(qs, nextCursor, false),
      queryFn: () => fetchSearchPage(qs, nextCursor, false),
    });
  }, [nextCursor, qs, queryClient, query.isPlaceholderData]);

  const navigate = useCallback(
    (change: Partial<SearchParams>, mode: "push" | "replace" = "push") => {
      const next: Partial<SearchParams> = { ...params, ...change, cursor: undefined };
      // Without an explicit choice, the sort follows the query (relevance with words).
      if (!sortIsExplicit && !("sort" in change)) next.sort = undefined;
      if (!next.q && next.sort === "relevance") next.sort = undefined;
      const target = toQueryString(next);
      const url = `/jobs${target ? `?${target}` : ""}`;
      setAsked(target);
      if (mode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    },
    [params, sortIsExplicit],
  );

  // Search as you type: the box is local state, written to the URL after a pause.
  const [text, setText] = useState(params.q ?? "");
  const [shownQ, setShownQ] = useState(params.q ?? "");
  const [typed, setTyped] = useState<string | null>(null);
  const typingSession = useRef(false);
  if ((params.q ?? "") !== shownQ) {
    // Back/forward or a chip changed q: show it, unless it is what was just typed.
    setShownQ(params.q ?? "");
    if ((params.q ?? "") !== typed) setText(params.q ?? "");
  }
  useEffect(() => {
    const value = text.trim().replace(/\s+/g, " ");
    if (value === (params.q ?? "") || value.length > 200) return;
    const timer = setTimeout(() => {
      setTyped(value);
      navigate({ q: value || undefined }, typingSession.current ? "replace" : "push");
      typingSession.current = true;
    }, TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, params.q, navigate]);

  const first = query.data?.pages[0];
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const nowDate = useMemo(() => new Date(now), [now]);
  const resultsList = useRef<HTMLOListElement>(null);
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || items.length <= from) return;
    focusFrom.current = null;
    const item = resultsList.current?.children[from];
    (item?.querySelector<HTMLElement>("h3 a") ?? item?.querySelector<HTMLElement>("a"))?.focus();
  }, [items.length]);
  const moreHref = nextCursor
    ? `/jobs?${new URLSearchParams([...new URLSearchParams(qs), ["cursor", nextCursor]])}`
    : null;

  return (
    <>
      <div className="mb-3 flex min-h-6 justify-end">
        <SaveSearch query={qs} suggestedName={params.q ? `“${params.q}”` : "All open roles"} />
      </div>
      <form
        method="get"
        action="/jobs"
        role="search"
        aria-label="Job search"
        // The second row takes the height the filter sidebar (spanning both rows) needs beyond
        // the first, so few or no results do not leave a blank gap under the search box.
        className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[17rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr]"
        onSubmit={(e) => {
          // With JavaScript, every control applies at once; Enter commits the typed text.
          e.preventDefault();
          typingSession.current = false;
          const value = text.trim().replace(/\s+/g, " ");
          if (value !== (params.q ?? "")) navigate({ q: value || undefined });
        }}
      >
        <div className="lg:col-start-2">
          <h1 className="text-2xl font-bold">{params.q ? <>Jobs matching “{params.q}”</> : "Search open roles"}</h1>
          <div className="mt-3 flex gap-2">
            <label htmlFor="job-search" className="sr-only">
              Search jobs
            </label>
            <input
              id="job-search"
              name="q"
              type="search"
              value={text}
              onChange={(e) => setText(e.target.value)}
              onBlur={() => (typingSession.current = false)}
              maxLength={200}
              autoComplete="off"
              placeholder='Title, skill or company: "site reliability", go -java'
              className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 py-2 shadow-sm placeholder:text-slate-500"
            />
            <button
              type="submit"
              className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            >
              Search
            </button>
          </div>
          {issues.map((issue) => (
            <p
              key={issue.path}
              role="alert"
              className="mt-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
            >
              <span className="font-semibold">{issue.path}:</span> {issue.message}. This filter was ignored.
            </p>
          ))}
          {/* Keyboard users reach the first result without tabbing through every filter. */}
          <a
            href="#results"
            className="sr-only rounded-lg bg-white px-3 py-2 font-semibold text-brand-700 underline focus:not-sr-only focus:mt-2 focus:inline-block"
          >
            Skip to results
          </a>
        </div>

        <FiltersPanel
          params={params}
          facets={first?.facets}
          navigate={navigate}
          hydrated={hydrated}
          total={first?.total}
          resultsId="results"
        />

        <section
          id="results"
          tabIndex={-1}
          aria-labelledby="results-heading"
          className="min-w-0 space-y-4 focus:outline-none lg:col-start-2 lg:row-start-2"
        >
          <h2 id="results-heading" className="sr-only">
            Results
          </h2>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-slate-700" aria-live="polite" aria-atomic="true">
              {first ? (
                <>
                  {first.totalIsEstimate && "about "}
                  <span className="font-semibold text-slate-900" data-testid="result-total">
                    {formatCount(first.total)}
                  </span>{" "}
                  {first.total === 1 ? "open role" : "open roles"}
                </>
              ) : (
                "Searching…"
              )}
              {query.isFetching && first && <span className="ml-2 text-slate-500">Updating…</span>}
            </p>
            <label className="flex items-center gap-2 text-sm">
              <span className="text-slate-700">Sort by</span>
              <select
                name="sort"
                value={params.sort}
                onChange={(e) => navigate({ sort: e.target.value as SearchParams["sort"] })}
                className="rounded-lg border border-slate-300 bg-white px-2 py-1.5"
              >
                {params.q && <option value="relevance">Relevance</option>}
                <option value="newest">Newest</option>
                <option value="salary">Highest pay</option>
                {canMatch && <option value="match">Best match</option>}
              </select>
            </label>
          </div>

          {params.sort === "match" && matchNeedsSkills && (
            <p className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700">
              Best match ranks roles by the skills you have done.{" "}
              <Link href="/me/profile" className="font-semibold text-brand-700 underline">
                Add your skills
              </Link>{" "}
              to see how each role fits you.
            </p>
          )}

          <ActiveFilters params={params} facets={first?.facets} navigate={navigate} />

          {first?.histogram && <SalaryHistogram data={first.histogram} />}

          {query.isError && !first && (
            <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-4 text-red-900">
              We could not load results: {query.error.message}.{" "}
              <button type="button" className="underline" onClick={() => void query.refetch()}>
                Try again
              </button>
            </div>
          )}

          {first && items.length === 0 && (
            <EmptyState
              suggestions={first.suggestions}
              hasFilters={qs !== (params.q ? toQueryString({ q: params.q }) : "")}
              onSuggestion={(s) => {
                if (s.kind === "skill")
                  navigate({ q: undefined, skill: [...new Set([...(params.skill ?? []), s.value])] });
                else if (s.kind === "company") navigate({ q: undefined, company: s.value });
                else navigate({ q: s.value });
              }}
              onClear={() =>
                navigate({
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
            />
          )}

          <ol
            ref={resultsList}
            aria-label="Results"
            className={`space-y-3 transition-opacity ${query.isPlaceholderData ? "opacity-60" : ""}`}
          >
            {items.map((job) => (
              <li key={job.id}>
                <JobCard job={job} now={nowDate} searchedPlace={params.location} />
              </li>
            ))}
          </ol>

          {moreHref && (
            <div className="flex justify-center">
              <a
                href={moreHref}
                rel="next"
                onClick={(e) => {
                  e.preventDefault();
                  // Keyboard users continue at the first new result, not back at the button.
                  focusFrom.current = items.length;
                  void query.fetchNextPage();
                }}
                aria-disabled={query.isFetchingNextPage}
                className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-semibold hover:bg-slate-100"
              >
                {query.isFetchingNextPage ? "Loading…" : "Load more"}
              </a>
            </div>
          )}
        </section>
      </form>
    </>
  );
}

function EmptyState({
  suggestions,
  hasFilters,
  onSuggestion,
  onClear,
}: {
  suggestions: ApiSuggestion[];
  hasFilters: boolean;
  onSuggestion: (s: ApiSuggestion) => void;
  onClear: () => void;
}) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-6">
      <h3 className="text-lg font-semibold">No open roles match this search</h3>
      {suggestions.length > 0 && (
        <p className="mt-2">
          Did you mean{" "}
          {suggestions.map((s, i) => (
            <span key={`${s.kind}:${s.value}`}>
              {i > 0 && ", "}
              <button type="button" className="font-semibold text-brand-700 underline" onClick={() => onSuggestion(s)}>
                {s.label}
              </button>{" "}
              <span className="text-sm text-slate-600">({s.kind})</span>
            </span>
          ))}
          ?
        </p>
      )}
      <ul className="mt-3 list-disc space-y-1 pl-5 text-slate-700">
        <li>Check the spelling, or use fewer words.</li>
        <li>Search a skill or a title, like “kubernetes” or “backend engineer”.</li>
        {hasFilters && (
          <li>
            <button type="button" className="text-brand-700 underline" onClick={onClear}>
              Remove all filters
            </button>{" "}
            and keep the search text.
          </li>
        )}
      </ul>
    </div>
  );
}
