import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { publicOrigin } from "@/lib/public-origin";
import { getSavedSearchesByUser, NEW_COUNT_CAP } from "@/lib/saved-searches/service";
import { VerifyEmailBanner } from "@/components/account/verify-email-banner";
import { deleteSearchAction, resetFeedAction, setAlertsAction } from "./actions";

export const metadata: Metadata = { title: "Saved searches" };

export default async function SavedSearchesPage() {
  const user = await requireUser("/me/searches");
  const searches = await getSavedSearchesByUser(db, user.id);
  // The configured public origin (APP_URL), never the request's Host.
  const origin = publicOrigin();
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Saved searches</h1>
        <p className="text-slate-700">
          Each shows how many roles appeared since you last opened it. Follow one in any feed reader with its private
          feed link; reset the link to revoke it. Alerts by mail list only roles new since the last one.
        </p>
      </header>
      <VerifyEmailBanner userId={user.id} reason="Job alerts are mailed only to a confirmed address." />
      {searches.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6">
          No saved searches yet. Run a search on{" "}
          <Link href="/jobs" className="font-semibold text-brand-700 underline">
            Jobs
          </Link>{" "}
          and choose “Save this search”.
        </p>
      ) : (
        <ul className="space-y-3">
          {searches.map((s) => (
            <li key={s.id} className="rounded-xl border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 className="font-semibold">{s.name}</h2>
                <a
                  href={`/me/searches/${s.id}/open`}
                  className="rounded-lg bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800"
                >
                  Open{" "}
                  <span data-testid="new-count">
                    ({s.newCount > NEW_COUNT_CAP ? `${NEW_COUNT_CAP}+` : s.newCount} new)
                  </span>
                </a>
              </div>
              <p className="mt-1 text-xs break-all text-slate-600">{s.query ? `/jobs?${s.query}` : "/jobs"}</p>
              <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
                <label className="flex min-w-0 flex-1 items-center gap-2">
                  <span className="shrink-0 font-medium">Feed</span>
                  <input
                    readOnly
                    value={`${origin}/feeds/searches/${s.feedToken}`}
                    className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 text-xs"
                  />
                </label>
                <form action={setAlertsAction} className="flex items-center gap-2">
                  <input type="hidden" name="id" value={s.id} />
                  <label htmlFor={`alerts-${s.id}`} className="font-medium">
                    Email alerts
                  </label>
                  <select
                    id={`alerts-${s.id}`}
                    name="frequency"
                    defaultValue={s.alertFrequency}
                    className="rounded border border-slate-300 px-2 py-1"
                  >
                    <option value="off">Off</option>
                    <option value="daily">Daily</option>
                    <option value="weekly">Weekly</option>
                  </select>
                  <button type="submit" className="underline">
                    Save
                  </button>
                </form>
                <form action={resetFeedAction}>
                  <input type="hidden" name="id" value={s.id} />
                  <button type="submit" className="underline">
                    Reset feed link
                  </button>
                </form>
                <form action={deleteSearchAction}>
                  <input type="hidden" name="id" value={s.id} />
                  <button type="submit" className="text-red-700 underline">
                    Delete
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
