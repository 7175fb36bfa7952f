import type { Metadata } from "next";
import Link from "next/link";
import { VerifyEmailBanner } from "@/components/account/verify-email-banner";
import { connection } from "next/server";
import { CompanyForm } from "@/components/recruiter/company-form";
import { SourcesPanel } from "@/components/import/sources-panel";
import { InvitePanel } from "@/components/recruiter/invite-panel";
import { JobRowActions } from "@/components/recruiter/job-row-actions";
import { RecruitersOnly } from "@/components/recruiter/recruiters-only";
import { db } from "@/db";
import { getStageCountsByCompany } from "@/lib/applications/queries";
import { STAGE_NAMES } from "@/lib/applications/validation";
import { PIPELINE_STAGES } from "@/lib/enums";
import { formatAge, formatDate } from "@/lib/format";
import { getImportSources } from "@/lib/import/queries";
import { getRecruiterPageAccess } from "@/lib/recruiters/access";
import { getRecruiterJobsByCompany, type ListingState } from "@/lib/recruiters/queries";

export const metadata: Metadata = { title: "Your company's roles" };

const STATE_LABEL: Record<ListingState, string> = {
  draft: "Draft",
  open: "Open",
  expired: "Expired",
  closed: "Closed",
  removed: "Removed by Ladder",
};
const STATE_STYLE: Record<ListingState, string> = {
  draft: "bg-slate-100 text-slate-800",
  open: "bg-emerald-100 text-emerald-900",
  expired: "bg-amber-100 text-amber-900",
  closed: "bg-slate-200 text-slate-800",
  removed: "bg-red-100 text-red-900",
};
const DONE: Record<string, string> = {
  company: "Your company is set up. Post its first role.",
  joined: "You joined the company.",
  published: "Published: the role is in search now.",
  drafted: "Saved as a draft. Only your company can see it until you publish it.",
  updated: "Changes saved.",
  // The same posting form was sent again (Back, then "Publish"): nothing new was made.
  already: "You already sent this form: the role below was made by it, and no copy was posted.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RecruiterPage({ searchParams }: Props) {
  await connection();
  const access = await getRecruiterPageAccess("/recruiter");
  if (!access.allowed) return <RecruitersOnly role={access.user.role} />;
  const sp = await searchParams;
  const done = typeof sp.done === "string" ? DONE[sp.done] : undefined;
  const membership = access.membership;

  if (!membership) {
    return (
      <div className="mx-auto max-w-xl space-y-6 py-6">
        <header className="space-y-1">
          <h1 className="text-2xl font-bold">Set up your company</h1>
          <p className="text-slate-700">
            Roles are posted for a company. Create your company’s page here, or ask a colleague who already manages it
            on Ladder for an invite link.
          </p>
        </header>
        <CompanyForm
          mode={{ kind: "create" }}
          initial={{ name: "", slug: "", website: "", size: "", headquarters: "", about: "" }}
        />
      </div>
    );
  }

  const [rows, stageCounts, sources] = await Promise.all([
    getRecruiterJobsByCompany(membership.companyId),
    getStageCountsByCompany(db, membership.companyId),
    getImportSources(membership.companyId),
  ]);
  const now = new Date();
  const highlight = typeof sp.job === "string" ? Number(sp.job) : null;
  return (
    <div className="space-y-6 py-2">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{membership.name}: roles</h1>
          <p className="text-sm text-slate-700">
            <Link href={`/companies/${membership.slug}`} className="text-brand-700 underline">
              Public company page
            </Link>
            {membership.role === "owner" && (
              <>
                {" · "}
                <Link href="/recruiter/company" className="text-brand-700 underline">
                  Edit company profile
                </Link>
              </>
            )}
          </p>
        </div>
        <Link
          href="/recruiter/jobs/new"
          className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Post a role
        </Link>
      </header>
      <VerifyEmailBanner userId={access.user.id} reason="Listings can be published once it is confirmed." />
      {done && (
        <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-emerald-900">
          {done}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="text-slate-700">
          No roles yet. Post your first one: it stays a private draft until you publish it.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full min-w-[52rem] text-left text-sm">
            <caption className="sr-only">Your company’s roles, newest change first</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Role
                </th>
                <th scope="col" className="px-3 py-2">
                  Status
                </th>
                <th scope="col" className="px-3 py-2">
                  Posted
                </th>
                <th scope="col" className="px-3 py-2">
                  Closes
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Views
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Saves
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Apply clicks
                </th>
                <th scope="col" className="px-3 py-2">
                  Applicants
                </th>
                <th scope="col" className="px-3 py-2">
                  Actions
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr
                  key={r.id}
                  aria-label={r.title}
                  className={`border-b border-slate-100 align-top ${highlight === r.id ? "bg-brand-50" : ""}`}
                >
                  <th scope="row" className="px-3 py-2 font-medium">
                    {r.state === "draft" ? (
                      r.title
                    ) : (
                      <Link href={`/jobs/${r.slug}`} className="text-brand-700 hover:underline">
                        {r.title}
                      </Link>
                    )}
                    <span className="block text-xs font-normal text-slate-600">{r.location}</span>
                  </th>
                  <td className="px-3 py-2">
                    <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATE_STYLE[r.state]}`}>
                      {STATE_LABEL[r.state]}
                    </span>
                  </td>
                  <td className="px-3 py-2">
                    {r.publishedAt ? (
                      <time dateTime={r.publishedAt.toISOString()}>{formatAge(r.publishedAt, now)}</time>
                    ) : (
                      "Not yet"
                    )}
                  </td>
                  <td className="px-3 py-2">{r.validThrough ? formatDate(r.validThrough) : "—"}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{r.views}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{r.saves}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{r.applyClicks}</td>
                  <td className="px-3 py-2">
                    <ApplicantCounts jobId={r.id} counts={stageCounts.get(r.id)} />
                  </td>
                  <td className="px-3 py-2">
                    <JobRowActions jobId={r.id} title={r.title} state={r.state} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="sources-heading" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="sources-heading" className="font-semibold">
          Import roles from where you publish them
        </h2>
        <p className="text-sm text-slate-700">
          Ladder reads your Greenhouse, Lever or Ashby board, or careers pages with JobPosting data, every hour: new
          roles are published, changed ones updated, and ones you take down are closed here too.
        </p>
        <SourcesPanel sources={sources} companyId={membership.companyId} />
      </section>
      <section aria-labelledby="team-heading" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="team-heading" className="font-semibold">
          Invite a colleague
        </h2>
        <p className="text-sm text-slate-700">
          They sign up as a recruiter, open the link, and manage this company’s roles with you.
        </p>
        <InvitePanel companyId={membership.companyId} />
      </section>
    </div>
  );
}

/** Applications per stage for one listing, linking to its applicant list. */
function ApplicantCounts({ jobId, counts }: { jobId: number; counts?: Partial<Record<string, number>> }) {
  const shown = PIPELINE_STAGES.filter((s) => counts?.[s]);
  return (
    <Link href={`/recruiter/jobs/${jobId}/applicants`} className="text-brand-700 hover:underline">
      {shown.length === 0 ? "None yet" : shown.map((s) => `${STAGE_NAMES[s]} ${counts![s]}`).join(" · ")}
    </Link>
  );
}
