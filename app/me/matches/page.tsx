import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db";
import { JobCard } from "@/components/job-card";
import { MatchReasons } from "@/components/matches/match-reasons";
import { requireUser } from "@/lib/auth/session";
import { ROLE_FAMILIES } from "@/db/enums";
import type { RoleFamily } from "@/db/schema";
import { LEVEL_LABEL } from "@/lib/format";
import { getGuides } from "@/lib/guides/queries";
import { getMatchedJobsByUser } from "@/lib/matches/queries";
import { decodeCursor, encodeCursor } from "@/lib/search/cursor";
import { toApiJob } from "@/lib/search/response";

export const metadata: Metadata = { title: "Jobs you are ready for" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const isFamily = (v: string | undefined): v is RoleFamily => (ROLE_FAMILIES as readonly string[]).includes(v ?? "");

export default async function MatchesPage({ searchParams }: Props) {
  const user = await requireUser("/me/matches");
  const sp = await searchParams;
  const rawCursor = Array.isArray(sp.cursor) ? sp.cursor[0] : sp.cursor;
  const decoded = rawCursor ? decodeCursor(rawCursor) : null;
  const after = decoded?.s === "match" ? decoded : null;
  // The role family to match against: any guide's family, or all of them.
  const rawFamily = Array.isArray(sp.family) ? sp.family[0] : sp.family;
  const family = isFamily(rawFamily) ? rawFamily : null;
  const [page, guides] = await Promise.all([
    getMatchedJobsByUser(user.id, { after, roleFamily: family }, db),
    getGuides(db),
  ]);
  const familyGuide = guides.find((g) => g.roleFamily === family);
  // Where skills are marked done besides the profile: the chosen role's roadmap, or all guides.
  const roadmapHref = familyGuide ? `/guides/${familyGuide.slug}/roadmap` : "/guides";
  const withFamily = (qs: string) => `/me/matches?${[family ? `family=${family}` : "", qs].filter(Boolean).join("&")}`;
  const skills = page.profile?.skills ?? [];
  const now = new Date();
  const years = page.profile?.yearsExperience ?? null;
  const target = page.profile?.targetLevel ?? null;
  const levelBasis = [
    years !== null ? `your ${years} ${years === 1 ? "year" : "years"} of experience` : null,
    target ? `your ${LEVEL_LABEL[target]} target` : null,
  ]
    .filter(Boolean)
    .join(" and ");

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Jobs you are ready for</h1>
        <form method="get" action="/me/matches" className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="match-family" className="block text-sm font-medium">
              Role
            </label>
            <select
              id="match-family"
              name="family"
              defaultValue={family ?? ""}
              className="rounded-lg border border-slate-300 bg-white px-3 py-2"
            >
              <option value="">Any role</option>
              {guides.map((g) => (
                <option key={g.slug} value={g.roleFamily}>
                  {g.title}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-semibold hover:bg-slate-100"
          >
            Show matches
          </button>
        </form>
        {skills.length > 0 && (
          <>
            <p className="text-slate-700">
              Open roles ranked by the share of their skills you have done
              {levelBasis ? <>, then by how their level fits {levelBasis}</> : null}, then newest first.
            </p>
            <p className="text-sm text-slate-700">
              <span className="font-semibold">Your skills ({skills.length}):</span>{" "}
              {skills.map((s) => s.name).join(", ")}.{" "}
              <Link href="/me/profile" className="text-brand-700 underline">
                Edit on your profile
              </Link>{" "}
              or{" "}
              <Link href={roadmapHref} className="text-brand-700 underline">
                mark more done on the roadmap
              </Link>
              .
            </p>
            {!levelBasis && (
              <p className="text-sm text-slate-600">
                Add your years of experience or a target level on{" "}
                <Link href="/me/profile" className="underline">
                  your profile
                </Link>{" "}
                to rank by level too.
              </p>
            )}
          </>
        )}
      </header>

      {rawCursor && !after && (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          That page link is out of date; here are your best matches from the top.
        </p>
      )}

      {skills.length === 0 ? (
        <section
          className="rounded-xl border border-dashed border-slate-300 bg-white p-6"
          aria-labelledby="empty-heading"
        >
          <h2 id="empty-heading" className="text-lg font-semibold">
            Tell us what you have learned
          </h2>
          <p className="mt-2 text-slate-700">
            Matches come from the skills you have done. Add them and we rank every open role by how much of it you
            already cover.
          </p>
          <ul className="mt-3 list-disc space-y-1 pl-5">
            <li>
              <Link href="/me/profile" className="font-semibold text-brand-700 underline">
                Add skills to your profile
              </Link>
            </li>
            <li>
              <Link href={roadmapHref} className="font-semibold text-brand-700 underline">
                Mark skills done on {familyGuide ? `the ${familyGuide.title} roadmap` : "a guide's roadmap"}
              </Link>
            </li>
          </ul>
        </section>
      ) : page.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6">
          No open roles ask for your skills right now.{" "}
          <Link href="/jobs" className="font-semibold text-brand-700 underline">
            Browse all open roles
          </Link>
          .
        </p>
      ) : (
        <section aria-labelledby="matched-heading">
          {/* The cards' titles are h3: this h2 keeps the outline without a skipped level. */}
          <h2 id="matched-heading" className="sr-only">
            Matched roles
          </h2>
          <ol aria-label="Matched roles" className="space-y-3">
            {page.items.map((m) => (
              <li key={m.job.id}>
                <JobCard job={toApiJob(m.job)} now={now}>
                  <MatchReasons done={m.done} total={m.total} missing={m.missing} level={m.level} />
                </JobCard>
              </li>
            ))}
          </ol>
        </section>
      )}

      {(page.nextCursor || after) && (
        <nav aria-label="More matches" className="flex flex-wrap justify-center gap-3">
          {after && (
            <Link
              href={withFamily("")}
              className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-semibold hover:bg-slate-100"
            >
              Back to the best matches
            </Link>
          )}
          {page.nextCursor && (
            <Link
              href={withFamily(`cursor=${encodeCursor(page.nextCursor)}`)}
              rel="next"
              className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-semibold hover:bg-slate-100"
            >
              More matches
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
