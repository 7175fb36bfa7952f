import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { CompareChart, Sparkline } from "@/components/guide/compare-chart";
import { JOB_LEVELS } from "@/db/enums";
import { getCachedDemandTrend, getCachedGuideLiveFigures } from "@/lib/guides/cached";
import { guideModule, skillOverlaps } from "@/lib/guides/content";
import { levelMedian } from "@/lib/guides/live";
import { getGuides, MIN_LEVEL_SAMPLE } from "@/lib/guides/queries";
import { guidesItemListJsonLd } from "@/lib/seo/guide";
import { serializeJsonLd } from "@/lib/seo/json-ld";
import { formatCount, formatMoney, LEVEL_LABEL } from "@/lib/format";

export const metadata: Metadata = {
  title: "Career guides: compare roles",
  description: "Every Ladder career guide side by side: open roles, median pay by level, shared skills and demand.",
  alternates: { canonical: "/guides" },
};

export default async function GuidesPage() {
  await connection();
  const [guides, trend] = await Promise.all([getGuides(), getCachedDemandTrend()]);
  const rows = await Promise.all(
    guides.map(async (g) => ({ ...g, live: await getCachedGuideLiveFigures(g.slug), content: guideModule(g.slug) })),
  );
  const titleOf = new Map(rows.map((r) => [r.slug, r.title]));
  const overlaps = skillOverlaps(rows.flatMap((r) => (r.content ? [r.content] : [])));
  const overlapOf = (from: string, to: string) => overlaps.find((o) => o.from === from && o.to === to);
  // For each role, the neighbour it shares the largest share of skills with.
  const nearest = rows.flatMap((r) => {
    const best = overlaps
      .filter((o) => o.from === r.slug)
      .sort((a, b) => b.shared.length / b.total - a.shared.length / a.total)[0];
    return best ? [best] : [];
  });

  return (
    <div className="space-y-10">
      {/* The guides listed below, for search engines; serializeJsonLd escapes "<". */}
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(guidesItemListJsonLd(rows)) }}
      />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Career guides</h1>
        <p className="max-w-3xl text-slate-700">
          Each guide explains a role and how it grows, and shows what employers on Ladder pay for it right now. Below,
          every role side by side: open positions, median pay at each level, the skills that carry over between roles,
          and how many listings were posted each week.
        </p>
      </header>

      <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        {rows.map((g) => (
          <li key={g.slug} className="rounded-xl border border-slate-200 bg-white p-5">
            <h2 className="text-lg font-semibold">
              <Link href={`/guides/${g.slug}`} className="hover:text-brand-700 hover:underline">
                {g.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-700">{g.summary}</p>
            <p className="mt-2 text-sm">
              <Link href={g.live.overall.href} className="font-semibold text-brand-700 underline">
                {formatCount(g.live.overall.count)} open
              </Link>{" "}
              · median {g.live.overall.median === null ? "not enough data" : formatMoney(g.live.overall.median)} ·{" "}
              <Link href={`/guides/${g.slug}/roadmap`} className="text-brand-700 underline">
                roadmap
              </Link>
            </p>
          </li>
        ))}
      </ul>

      <section aria-labelledby="compare-pay-heading" className="space-y-4">
        <h2 id="compare-pay-heading" className="text-xl font-bold">
          Pay by level, role by role
        </h2>
        <CompareChart
          tableId="compare-table"
          levels={JOB_LEVELS.map((l) => LEVEL_LABEL[l])}
          series={rows.map((r) => ({
            key: r.slug,
            title: r.title,
            points: JOB_LEVELS.map((l) => {
              const pay = levelMedian(r.live.levels.find((x) => x.level === l)!);
              return pay.enough ? pay.median : null;
            }),
          }))}
        />
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table id="compare-table" className="w-full text-left text-sm">
            <caption className="p-3 text-left text-slate-700">
              Open listings and median annual pay (USD) per role and level. Each figure links to the search that
              produced it; the small number is how many listings show pay (a median needs {MIN_LEVEL_SAMPLE}).
            </caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="p-2">
                  Role
                </th>
                <th scope="col" className="p-2">
                  Open positions
                </th>
                <th scope="col" className="p-2">
                  Median pay
                </th>
                {JOB_LEVELS.map((l) => (
                  <th key={l} scope="col" className="p-2">
                    {LEVEL_LABEL[l]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.slug} className="border-t border-slate-200" data-testid={`compare-row-${r.slug}`}>
                  <th scope="row" className="p-2 font-semibold">
                    <Link href={`/guides/${r.slug}`} className="hover:underline">
                      {r.title}
                    </Link>
                  </th>
                  <td className="p-2">
                    <Link href={r.live.overall.href} className="text-brand-700 underline">
                      {r.live.overall.countIsEstimate ? "about " : ""}
                      {formatCount(r.live.overall.count)}
                    </Link>
                  </td>
                  <td className="p-2">
                    <Link href={r.live.overall.href} className="text-brand-700 underline">
                      {r.live.overall.median === null ? "not enough data" : formatMoney(r.live.overall.median)}
                    </Link>{" "}
                    <span className="text-xs text-slate-600">n={formatCount(r.live.overall.sample)}</span>
                  </td>
                  {JOB_LEVELS.map((l) => {
                    const search = r.live.levels.find((x) => x.level === l)!;
                    const pay = levelMedian(search);
                    return (
                      <td key={l} className="p-2">
                        <Link href={search.href} className="text-brand-700 underline">
                          {pay.enough ? formatMoney(pay.median) : "not enough data"}
                        </Link>{" "}
                        <span className="text-xs text-slate-600">n={formatCount(pay.count)}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="overlap-heading" className="space-y-4">
        <h2 id="overlap-heading" className="text-xl font-bold">
          Skills that carry over
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          {nearest.map((o) => (
            <li key={`${o.from}-${o.to}`} data-testid={`overlap-${o.from}-${o.to}`}>
              Moving from {titleOf.get(o.from)} to {titleOf.get(o.to)}: you already have {o.shared.length} of {o.total}{" "}
              skills.
            </li>
          ))}
        </ul>
        <p className="text-sm text-slate-600">
          Skill progress counts everywhere: a skill you mark done on one roadmap (or add to your profile) is done on
          every roadmap that lists it, and counts toward your matches.
        </p>
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="p-3 text-left text-slate-700">
              Skills of the role in each column that the role in each row already covers.
            </caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="p-2">
                  From \ to
                </th>
                {rows.map((r) => (
                  <th key={r.slug} scope="col" className="p-2">
                    {r.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((from) => (
                <tr key={from.slug} className="border-t border-slate-200">
                  <th scope="row" className="p-2 font-semibold">
                    {from.title}
                  </th>
                  {rows.map((to) => {
                    const o = overlapOf(from.slug, to.slug);
                    return (
                      <td key={to.slug} className="p-2">
                        {o ? `${o.shared.length} of ${o.total}` : "—"}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="trend-heading" className="space-y-4">
        <h2 id="trend-heading" className="text-xl font-bold">
          Demand over the last 90 days
        </h2>
        <p className="text-sm text-slate-600">
          Listings first published each week (13 weeks, oldest first), including those since closed; weeks before
          Ladder&apos;s oldest listings count zero.
        </p>
        <ul className="grid gap-3 md:grid-cols-2 lg:grid-cols-3">
          {rows.map((r) => {
            const counts = trend.counts[r.roleFamily];
            const total = counts.reduce((a, b) => a + b, 0);
            return (
              <li
                key={r.slug}
                className="rounded-xl border border-slate-200 bg-white p-4"
                data-testid={`trend-${r.slug}`}
              >
                <p className="font-semibold">{r.title}</p>
                <Sparkline counts={counts} label={`${r.title}: listings posted per week, ${counts.join(", ")}`} />
                <p className="text-sm text-slate-700">
                  {formatCount(total)} posted in 13 weeks · {formatCount(counts.at(-1) ?? 0)} this week
                </p>
                <p className="text-xs text-slate-600">Per week: {counts.join(" · ")}</p>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
