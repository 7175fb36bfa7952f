import type { Metadata } from "next";
import { connection } from "next/server";
import { readiness } from "@/lib/health/database";

export const metadata: Metadata = { title: "Status", robots: { index: false } };

/** The footer's "Status": the same check as /api/health (monitors read that), in words. */
export default async function StatusPage() {
  await connection();
  const state = await readiness();
  const up = state.database === "ok" && state.migrations === "ok";
  const checked = new Date();
  return (
    <section className="mx-auto max-w-xl space-y-4 py-8">
      <h1 className="text-2xl font-bold">Status</h1>
      <p
        role="status"
        className={`rounded-xl border-2 px-4 py-3 text-lg font-semibold ${
          up ? "border-emerald-600 bg-emerald-50 text-emerald-900" : "border-red-600 bg-red-50 text-red-900"
        }`}
      >
        {up
          ? "All systems working: search, listings and guides are up."
          : state.database === "ok"
            ? "The database is being updated: search and listings may fail for a moment."
            : "The database is not answering: search and listings may fail."}
      </p>
      <p className="text-sm text-slate-700">
        Checked <time dateTime={checked.toISOString()}>{checked.toUTCString()}</time>. Monitors can poll{" "}
        <a href="/api/health" className="text-brand-700 underline">
          /api/health
        </a>{" "}
        (200 or 503).
      </p>
    </section>
  );
}
