import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { getReportByUser } from "@/lib/moderation/queries";
import { ReportForm } from "./report-form";

/**
 * "Report this listing" under a listing. Signed out: a link to sign in that comes back with
 * the form open. Signed in: the form, holding the user's open report if they sent one; a
 * report the team already reviewed is shown as such (it cannot be reopened).
 */
export async function ReportListing({ jobId, slug, openOnLoad }: { jobId: number; slug: string; openOnLoad: boolean }) {
  const user = await getCurrentUser();
  if (!user) {
    const back = `/jobs/${slug}?report=1`;
    return (
      <p className="text-sm text-slate-600">
        Something wrong with this listing?{" "}
        <Link
          href={`/sign-in?callbackUrl=${encodeURIComponent(back)}`}
          className="font-medium text-slate-800 underline"
        >
          Report this listing
        </Link>{" "}
        (sign in first)
      </p>
    );
  }
  const mine = await getReportByUser(user.id, jobId);
  if (mine && mine.status !== "open") {
    return (
      <p className="text-sm text-slate-600">
        You reported this listing on {formatDate(mine.createdAt)}, and our team has reviewed it. Thank you.
      </p>
    );
  }
  return (
    <ReportForm
      jobId={jobId}
      existing={mine ? { reason: mine.reason, note: mine.note } : null}
      openOnLoad={openOnLoad}
    />
  );
}
