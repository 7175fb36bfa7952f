import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import crypto from "node:crypto";
import { db } from "@/db";
import { ApplyForm } from "@/components/applications/apply-form";
import { getApplyContext } from "@/lib/applications/queries";
import { STAGE_NAMES } from "@/lib/applications/validation";
import { requireUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { getJobBySlug } from "@/lib/jobs/queries";

export const metadata: Metadata = { title: "Apply", robots: { index: false } };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Apply on Ladder: the form, prefilled from the profile; or where the application stands. */
export default async function ApplicationPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const job = slug.length > 300 ? null : await getJobBySlug(slug);
  if (!job) notFound();
  if (job.applyMode !== "ladder") redirect(`/jobs/${job.slug}`);
  const user = await requireUser(`/jobs/${job.slug}/application`);
  const ctx = await getApplyContext(db, user.id, job.id);
  if (!ctx) notFound();
  const sent = (await searchParams).sent;
  const open = job.isOpen && !job.removedAt;

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-700">
          <Link href={`/jobs/${job.slug}`} className="underline">
            {job.title}
          </Link>{" "}
          · {job.company.name}
        </p>
        <h1 className="text-2xl font-bold">Apply for {job.title}</h1>
      </header>
      {ctx.existing ? (
        <section role="status" className="rounded-xl border border-emerald-300 bg-emerald-50 p-4">
          <p className="font-semibold">
            {sent ? "Application sent. " : ""}You applied on {formatDate(ctx.existing.appliedAt)}; it is at “
            {STAGE_NAMES[ctx.existing.stage]}”.
          </p>
          <p className="mt-1 text-sm">
            Follow it in{" "}
            <Link href="/me/jobs" className="font-semibold underline">
              your applications
            </Link>
            .
          </p>
        </section>
      ) : ctx.user.role !== "seeker" ? (
        <p className="rounded-xl border border-slate-200 bg-white p-4">Only job seeker accounts can apply.</p>
      ) : !open ? (
        <p className="rounded-xl border border-amber-300 bg-amber-50 p-4 font-semibold">
          No longer accepting applications.
        </p>
      ) : (
        <ApplyForm
          jobId={job.id}
          submissionId={crypto.randomBytes(12).toString("base64url")}
          profile={{
            name: ctx.user.name ?? "",
            email: ctx.user.email,
            headline: ctx.user.headline,
            location: ctx.user.location,
            yearsExperience: ctx.user.yearsExperience === null ? "" : String(ctx.user.yearsExperience),
          }}
          skills={ctx.skills}
          defaultCvName={ctx.user.defaultCvName}
          questions={ctx.questions}
        />
      )}
    </div>
  );
}
