import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { VerifyEmailBanner } from "@/components/account/verify-email-banner";
import { MessageCandidateForm } from "@/components/candidates/message-forms";
import { RecruitersOnly } from "@/components/recruiter/recruiters-only";
import { db } from "@/db";
import { getCandidateSearchOptions, getSentMessages, searchCandidates } from "@/lib/candidates/queries";
import { candidateSearchInput } from "@/lib/candidates/validation";
import { JOB_LEVELS, WORKPLACES } from "@/lib/enums";
import { formatDate, LEVEL_LABEL, WORKPLACE_LABEL } from "@/lib/format";
import { getRecruiterPageAccess } from "@/lib/recruiters/access";
import { fieldErrorsOf, issuesFromZod } from "@/lib/result";

export const metadata: Metadata = { title: "Find candidates", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const control = "w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5";

/**
 * The candidate search for recruiters: profiles open to "Recruiters on Ladder" only, ranked
 * by how many of the role's skills each has (a listing of the company, or picked skills),
 * with a message form per candidate and the company's sent messages.
 */
export default async function CandidatesPage({ searchParams }: Props) {
  await connection();
  const access = await getRecruiterPageAccess("/recruiter/candidates");
  if (!access.allowed) return <RecruitersOnly role={access.user.role} />;
  if (!access.membership) redirect("/recruiter");
  const sp = await searchParams;
  const raw = {
    ...Object.fromEntries(Object.entries(sp).filter(([, v]) => typeof v === "string")),
    skill: ([] as string[]).concat(sp.skill ?? []),
  };
  const parsed = candidateSearchInput.safeParse(raw);
  const companyId = access.membership.companyId;
  const [options, result, sent] = await Promise.all([
    getCandidateSearchOptions(db, companyId),
    parsed.success ? searchCandidates(db, access.user.id, parsed.data) : null,
    getSentMessages(db, companyId),
  ]);
  const errors = parsed.success
    ? result && !result.ok
      ? fieldErrorsOf(result.issues)
      : {}
    : fieldErrorsOf(issuesFromZod(parsed.error));
  const refused = result && !result.ok && result.reason === "forbidden" ? result.message : null;
  const page = result?.ok ? result.value : null;
  const value = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : "");
  const chosen = new Set(raw.skill);
  const categories = [...new Set(options.skills.map((s) => s.category))];
  const pageHref = (n: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(raw)) {
      if (k === "page") continue;
      for (const one of ([] as string[]).concat(v)) if (one) q.append(k, one);
    }
    q.set("page", String(n));
    return `/recruiter/candidates?${q}`;
  };
  const err = (k: string) =>
    errors[k]?.length ? (
      <span id={`${k}-error`} className="block text-red-700">
        {errors[k]!.join(" ")}
      </span>
    ) : null;

  return (
    <div className="space-y-6 py-2 [overflow-wrap:anywhere]">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link href="/recruiter" className="hover:underline">
          {access.membership.name}
        </Link>{" "}
        <span aria-hidden="true">/</span> Candidates
      </nav>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Find candidates</h1>
        <p className="text-slate-700">
          People who chose “Recruiters on Ladder” on their profile. Pick one of your listings as the role, or pick
          skills: candidates with most of them come first. Skills marked “roadmap” were marked done on a Ladder roadmap.
        </p>
      </header>
      <VerifyEmailBanner
        userId={access.user.id}
        reason="The candidate search opens once it is confirmed: candidates' replies are mailed to it."
      />
      <form
        method="get"
        action="/recruiter/candidates"
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-4"
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <label className="space-y-1 text-sm">
            <span className="block font-medium">Role (one of your listings)</span>
            <select
              name="job"
              defaultValue={value("job")}
              className={control}
              aria-describedby={errors.job ? "job-error" : undefined}
            >
              <option value="">No listing: use the skills below</option>
              {options.listings.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.title}
                  {l.status === "published" ? "" : ` (${l.status})`}
                </option>
              ))}
            </select>
            {err("job")}
          </label>
          <label className="space-y-1 text-sm">
            <span className="block font-medium">Level they aim for</span>
            <select name="level" defaultValue={value("level")} className={control}>
              <option value="">Any level</option>
              {JOB_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {LEVEL_LABEL[l]}
                </option>
              ))}
            </select>
            {err("level")}
          </label>
          <label className="space-y-1 text-sm">
            <span className="block font-medium">Years of experience, at least</span>
            <input name="minYears" inputMode="numeric" defaultValue={value("minYears")} className={control} />
            {err("minYears")}
          </label>
          <label className="space-y-1 text-sm">
            <span className="block font-medium">Years of experience, at most</span>
            <input name="maxYears" inputMode="numeric" defaultValue={value("maxYears")} className={control} />
            {err("maxYears")}
          </label>
          <label className="space-y-1 text-sm">
            <span className="block font-medium">Location contains</span>
            <input name="location" defaultValue={value("location")} className={control} />
            {err("location")}
          </label>
          <label className="space-y-1 text-sm">
            <span className="block font-medium">Workplace they prefer</span>
            <select name="workplace" defaultValue={value("workplace")} className={control}>
              <option value="">Any</option>
              {WORKPLACES.map((w) => (
                <option key={w} value={w}>
                  {WORKPLACE_LABEL[w]}
                </option>
              ))}
            </select>
            {err("workplace")}
          </label>
        </div>
        <details open={chosen.size > 0} className="text-sm">
          <summary className="cursor-pointer font-medium">
            Skills{chosen.size ? ` (${chosen.size} chosen)` : ""}
          </summary>
          {err("skill")}
          <div className="mt-2 grid gap-3 sm:grid-cols-2">
            {categories.map((c) => (
              <fieldset key={c} className="rounded-lg border border-slate-200 p-3">
                <legend className="px-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">{c}</legend>
                <ul className="flex flex-wrap gap-x-3 gap-y-1">
                  {options.skills
                    .filter((s) => s.category === c)
                    .map((s) => (
                      <li key={s.slug}>
                        <label className="inline-flex items-center gap-1.5">
                          <input
                            type="checkbox"
                            name="skill"
                            value={s.slug}
                            defaultChecked={chosen.has(s.slug)}
                            className="h-4 w-4"
                          />
                          {s.name}
                        </label>
                      </li>
                    ))}
                </ul>
              </fieldset>
            ))}
          </div>
        </details>
        {err("page")}
        <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Search candidates
        </button>
      </form>

      {refused && (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
          {refused}
        </p>
      )}
      {page && (
        <section aria-labelledby="results-heading" className="space-y-3">
          <h2 id="results-heading" className="text-lg font-semibold">
            {page.total === 1 ? "1 candidate" : `${page.total.toLocaleString("en-US")} candidates`}
            {page.role.skills.length
              ? ` with skills ${page.role.title ? `“${page.role.title}”` : "you picked"} asks for`
              : ""}
          </h2>
          <ol className="space-y-3">
            {page.items.map((c) => (
              <li key={c.id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
                <h3 className="font-semibold">{c.name || "Unnamed candidate"}</h3>
                {c.headline && <p>{c.headline}</p>}
                <p className="text-sm text-slate-700">
                  {[
                    c.location,
                    c.yearsExperience === null
                      ? ""
                      : `${c.yearsExperience} ${c.yearsExperience === 1 ? "year" : "years"}`,
                    c.targetLevel ? `aims for ${LEVEL_LABEL[c.targetLevel]}` : "",
                    c.workplacePreference ? `prefers ${WORKPLACE_LABEL[c.workplacePreference]}` : "",
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                {page.role.skills.length > 0 && (
                  <p className="text-sm font-medium">
                    Fits {c.fits} of {page.role.skills.length} skills your role asks
                    {c.verified ? `, ${c.verified} verified on a roadmap` : ""}
                  </p>
                )}
                <ul className="flex flex-wrap gap-1.5 text-xs" aria-label={`Skills of ${c.name || "this candidate"}`}>
                  {c.skills.map((s) => (
                    <li
                      key={s.slug}
                      className={`rounded-full border px-2 py-0.5 ${s.asked ? "border-brand-600 bg-brand-50" : "border-slate-300"}`}
                    >
                      {s.name}
                      {s.verified && <span className="ml-1 font-semibold text-emerald-800">✓ roadmap</span>}
                    </li>
                  ))}
                </ul>
                <details>
                  <summary className="cursor-pointer text-sm font-semibold text-brand-700">
                    Message {c.name || "this candidate"}
                  </summary>
                  <MessageCandidateForm candidateId={c.id} name={c.name} />
                </details>
              </li>
            ))}
          </ol>
          {page.items.length === 0 && <p>No candidate matches. Widen the filters or pick fewer skills.</p>}
          {page.pageCount > 1 && (
            <nav aria-label="Pages" className="flex flex-wrap items-center gap-3 text-sm">
              {page.page > 1 && (
                <Link href={pageHref(page.page - 1)} rel="prev" className="underline">
                  Previous page
                </Link>
              )}
              <span>
                Page {page.page} of {page.pageCount}
              </span>
              {page.page < page.pageCount && (
                <Link href={pageHref(page.page + 1)} rel="next" className="underline">
                  Next page
                </Link>
              )}
            </nav>
          )}
        </section>
      )}

      <section id="sent" aria-labelledby="sent-heading" className="space-y-3">
        <h2 id="sent-heading" className="text-lg font-semibold">
          Messages your company sent
        </h2>
        {sent.length === 0 && <p className="text-sm text-slate-700">None yet.</p>}
        <ul className="space-y-2">
          {sent.map((m) => (
            <li key={m.id} className="rounded-xl border border-slate-200 bg-white p-3 text-sm">
              <p>
                <strong>{m.subject}</strong> to {m.candidateName}, {formatDate(m.createdAt)}
              </p>
              {m.repliedAt ? (
                <div className="mt-1 space-y-1">
                  <p>
                    Replied {formatDate(m.repliedAt)} from{" "}
                    <a href={`mailto:${m.candidateEmail}`} className="underline">
                      {m.candidateEmail}
                    </a>
                    :
                  </p>
                  <p className="whitespace-pre-wrap">{m.reply}</p>
                </div>
              ) : (
                <p className="text-slate-700">No reply yet. Their address stays hidden until they reply.</p>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
