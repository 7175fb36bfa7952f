import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ReplyForm } from "@/components/candidates/message-forms";
import { db } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { getInbox } from "@/lib/candidates/queries";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Messages from recruiters", robots: { index: false } };

/**
 * The candidate's inbox: messages recruiters sent from the candidate search, each with a
 * reply form until answered. The recruiter's address shows once the reply went to it.
 */
export default async function MessagesPage() {
  await connection();
  const user = await requireUser("/me/messages");
  const messages = await getInbox(db, user.id);
  return (
    <div className="mx-auto max-w-3xl space-y-6 py-2 [overflow-wrap:anywhere]">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Messages from recruiters</h1>
        <p className="text-slate-700">
          Recruiters write to you here when your profile is open to “Recruiters on Ladder” (
          <Link href="/me/profile" className="underline">
            your profile
          </Link>
          ). They do not have your email address: if you reply, your reply and your address go to them.
        </p>
      </header>
      {messages.length === 0 && <p>No messages yet.</p>}
      <ol className="space-y-4">
        {messages.map((m) => (
          <li key={m.id} id={`message-${m.id}`} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
            <h2 className="font-semibold">{m.subject}</h2>
            <p className="text-sm text-slate-700">
              From {m.recruiterName ? `${m.recruiterName} at ` : "a recruiter at "}
              <Link href={`/companies/${m.companySlug}`} className="underline">
                {m.companyName}
              </Link>
              , {formatDate(m.createdAt)}
            </p>
            <p className="whitespace-pre-wrap">{m.body}</p>
            {m.repliedAt ? (
              <div className="space-y-1 rounded-lg bg-slate-50 p-3 text-sm">
                <p>
                  You replied on {formatDate(m.repliedAt)}; it went to{" "}
                  {m.recruiterEmail ? (
                    <a href={`mailto:${m.recruiterEmail}`} className="underline">
                      {m.recruiterEmail}
                    </a>
                  ) : (
                    "the recruiter"
                  )}
                  , with your address.
                </p>
                <p className="whitespace-pre-wrap">{m.reply}</p>
              </div>
            ) : (
              <ReplyForm messageId={m.id} />
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
