import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { env } from "@/env";
import { getOutbox } from "@/lib/mail/outbox";

export const metadata: Metadata = { title: "Outbox (development)", robots: { index: false } };
export const dynamic = "force-dynamic";

/**
 * The local outbox: every mail the app queued, newest first, readable in development
 * only (a 404 in production, where mail may hold live reset links).
 */
export default async function OutboxPage() {
  if (env().NODE_ENV === "production") notFound();
  const mails = await getOutbox();
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Outbox</h1>
        <p className="text-slate-700">
          Mail queued by this app{env().SMTP_URL ? "" : " (SMTP_URL is unset, so none of it left this machine)"}.
          Development only.
        </p>
      </header>
      {mails.length === 0 ? (
        <p>No mail yet.</p>
      ) : (
        <ul className="space-y-4">
          {mails.map((m) => (
            <li key={m.id} className="rounded-xl border border-slate-200 bg-white p-4">
              <details>
                <summary className="cursor-pointer">
                  <strong>{m.subject ?? `(${m.template}, not rendered yet)`}</strong> to {m.to} ·{" "}
                  {m.sentAt ? `${m.transport} ${m.sentAt.toISOString()}` : "waiting"}
                  {m.lastError ? ` · last error: ${m.lastError}` : ""}
                </summary>
                {m.firstLink && (
                  <p className="mt-2 text-sm break-all">
                    Link: <a href={m.firstLink}>{m.firstLink}</a>
                  </p>
                )}
                {m.html && (
                  <iframe
                    title={`Mail ${m.id}`}
                    srcDoc={m.html}
                    sandbox=""
                    className="mt-2 h-96 w-full rounded border border-slate-200"
                  />
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
