"use client";

import { useActionState } from "react";
import { addSourceAction, syncSourceAction, toggleSourceAction } from "@/app/recruiter/sources/actions";
import type { FormState } from "@/lib/actions/form-state";
import { typed } from "@/lib/actions/form-state";
import { formatAge } from "@/lib/format";
import { SkipReasons } from "./skip-reasons";

/** A source as the panel shows it (plain data from lib/import/queries.ts). */
export type SourceView = {
  id: number;
  kind: "greenhouse" | "lever" | "ashby" | "jsonld";
  locator: string;
  enabled: boolean;
  lastSyncAt: Date | null;
  lastCounts: {
    new: number;
    updated: number;
    closed: number;
    unchanged: number;
    skipped: number;
    skippedReasons?: Record<string, number>;
  } | null;
  lastError: string | null;
  companyName: string;
};

const KIND_LABEL: Record<SourceView["kind"], string> = {
  greenhouse: "Greenhouse board",
  lever: "Lever site",
  ashby: "Ashby job board",
  jsonld: "Careers page (JobPosting JSON-LD)",
};
const LOCATOR_HINT: Record<SourceView["kind"], string> = {
  greenhouse: "the token in boards.greenhouse.io/<token>",
  lever: "the name in jobs.lever.co/<name>",
  ashby: "the name in jobs.ashbyhq.com/<name>",
  jsonld: "one or more page addresses, separated by spaces",
};

/**
 * Where the company publishes its roles: add a source, switch it on or off, "Sync now".
 * With `companies` (the admin page) a company is chosen; else `companyId` is the user's.
 */
export function SourcesPanel({
  sources,
  companyId,
  companies,
}: {
  sources: SourceView[];
  companyId?: number;
  companies?: { id: number; name: string }[];
}) {
  const [state, add, pending] = useActionState<FormState, FormData>(addSourceAction, {});
  const err = (name: string) => state.errors?.[name]?.join(" ");
  return (
    <div className="space-y-4">
      {sources.length > 0 ? (
        <ul className="space-y-3">
          {sources.map((s) => (
            <SourceItem key={s.id} source={s} showCompany={Boolean(companies)} />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-700">No sources yet.</p>
      )}
      <form action={add} className="grid gap-3 sm:grid-cols-[auto_1fr_auto] sm:items-end">
        {companies ? (
          <label className="block text-sm sm:col-span-3">
            <span className="font-medium">Company</span>
            <select
              name="companyId"
              defaultValue={typed(state, "companyId")}
              className="mt-1 block w-full rounded border border-slate-300 px-2 py-1.5"
            >
              {companies.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <input type="hidden" name="companyId" value={companyId} />
        )}
        <label className="block text-sm">
          <span className="font-medium">Kind</span>
          <select
            name="kind"
            defaultValue={typed(state, "kind", "greenhouse")}
            className="mt-1 block rounded border border-slate-300 px-2 py-1.5"
          >
            {(Object.keys(KIND_LABEL) as SourceView["kind"][]).map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm">
          <span className="font-medium">Board name or page address</span>
          <input
            name="locator"
            defaultValue={typed(state, "locator")}
            aria-invalid={err("locator") ? true : undefined}
            aria-describedby="locator-hint locator-error"
            className="mt-1 block w-full rounded border border-slate-300 px-2 py-1.5"
          />
          <span id="locator-hint" className="mt-1 block text-xs text-slate-600">
            {Object.values(LOCATOR_HINT).join("; ")}
          </span>
          {err("locator") && (
            <span id="locator-error" className="mt-1 block text-xs text-red-700">
              {err("locator")}
            </span>
          )}
        </label>
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? "Adding…" : "Add source"}
        </button>
      </form>
      {state.message && (
        <p role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-emerald-800" : "text-red-700"}`}>
          {state.message}
        </p>
      )}
    </div>
  );
}

function SourceItem({ source: s, showCompany }: { source: SourceView; showCompany: boolean }) {
  const sync = useActionState<FormState, FormData>(syncSourceAction, {});
  const toggle = useActionState<FormState, FormData>(toggleSourceAction, {});
  const name = `${KIND_LABEL[s.kind]} ${s.locator}`;
  const answer = [sync[0], toggle[0]].find((a) => a.message);
  return (
    <li aria-label={name} className="rounded-lg border border-slate-200 p-3 text-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="font-medium">
            {showCompany && <span>{s.companyName}: </span>}
            {KIND_LABEL[s.kind]} <span className="font-mono break-all">{s.locator}</span>
            {!s.enabled && <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs">off</span>}
          </p>
          <p className="text-slate-700">
            {s.lastSyncAt ? <>Last sync {formatAge(new Date(s.lastSyncAt), new Date())}</> : "Never synced"}
            {s.lastCounts &&
              ` · last success: ${s.lastCounts.new} new, ${s.lastCounts.updated} updated, ${s.lastCounts.closed} closed, ${s.lastCounts.skipped} skipped`}
          </p>
          <SkipReasons reasons={s.lastCounts?.skippedReasons} />
          {s.lastError && <p className="text-red-700">Last error: {s.lastError}</p>}
        </div>
        <div className="flex gap-1.5">
          <form action={sync[1]}>
            <input type="hidden" name="sourceId" value={s.id} />
            <button
              type="submit"
              disabled={sync[2]}
              aria-label={`Sync now: ${name}`}
              className="rounded border border-slate-300 px-2 py-1 text-xs font-semibold hover:bg-slate-100 disabled:opacity-60"
            >
              {sync[2] ? "Syncing…" : "Sync now"}
            </button>
          </form>
          <form action={toggle[1]}>
            <input type="hidden" name="sourceId" value={s.id} />
            <input type="hidden" name="enabled" value={s.enabled ? "false" : "true"} />
            <button
              type="submit"
              disabled={toggle[2]}
              aria-label={`${s.enabled ? "Turn off" : "Turn on"}: ${name}`}
              className="rounded border border-slate-300 px-2 py-1 text-xs font-semibold hover:bg-slate-100 disabled:opacity-60"
            >
              {s.enabled ? "Turn off" : "Turn on"}
            </button>
          </form>
        </div>
      </div>
      {answer && (
        <p role={answer.ok ? "status" : "alert"} className={`mt-1 ${answer.ok ? "text-emerald-800" : "text-red-700"}`}>
          {answer.message}
        </p>
      )}
    </li>
  );
}
