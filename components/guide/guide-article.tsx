import Link from "next/link";
import { guideModule, guideSurvey } from "@/lib/guides/content";
import { fillFigures } from "@/lib/guides/fill";
import type { CachedGuide } from "@/lib/guides/cached";
import type { SkillDemand } from "@/lib/guides/demand";
import { levelMedian, type GuideLiveFigures } from "@/lib/guides/live";
import { MIN_LEVEL_SAMPLE, type GuideFigures } from "@/lib/guides/queries";
import { guideBreadcrumbJsonLd, guideOccupationJsonLd } from "@/lib/seo/guide";
import { serializeJsonLd } from "@/lib/seo/json-ld";
import { formatAge, formatCount, formatMoney, LEVEL_LABEL, PAY_POINT_NOTE } from "@/lib/format";
import { PayChart } from "./pay-chart";

const years = (min: number, max: number | null) => (max === null ? `${min}+ years` : `${min}–${max} years`);
const range = (min: number, max: number | null) =>
  max === null ? `${formatMoney(min)}+` : `${formatMoney(min)}–${formatMoney(max)}`;

/**
 * A career guide with its live figures. Every count and median comes from `live`, each with
 * the search that produced it (lib/guides/live.ts); `demand` holds each skill's demand, the
 * total of its linked search (lib/guides/demand.ts); `figures` adds the pay range of the FAQ. Rendered on the server only, no client JavaScript.
 */
export function GuideArticle({
  guide,
  figures,
  live,
  demand,
}: {
  guide: CachedGuide;
  figures: GuideFigures;
  live: GuideLiveFigures;
  demand: Record<string, SkillDemand>;
}) {
  const searchHref = live.overall.href;
  const open = live.overall.count;
  const share = (n: number) => (open ? Math.round((n / open) * 100) : 0);
  const content = guideModule(guide.slug);
  const filled = {
    openPositions: open,
    medianPay: live.overall.median,
    payLow: figures.payLow,
    payHigh: figures.payHigh,
    remoteCount: live.remote.count,
    freelanceCount: live.freelance.count,
  };
  const survey = guideSurvey(guide.slug);
  // The same figures the page shows below: the overall median and the levels' medians.
  const occupation = guideOccupationJsonLd({
    slug: guide.slug,
    title: guide.title,
    summary: guide.summary,
    skills: guide.skillAreas.flatMap((a) => a.skills.map((s) => s.name)),
    soc: survey ? { code: survey.soc, occupation: survey.occupation } : null,
    medianPay: live.overall.median,
    levelMedians: live.levels.flatMap((l) => {
      const pay = levelMedian(l);
      return pay.enough ? [{ level: l.level, median: pay.median }] : [];
    }),
  });

  return (
    <article className="space-y-12">
      {/* Read by search engines; not executed (no CSP nonce). serializeJsonLd escapes "<". */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(occupation) }} />
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(guideBreadcrumbJsonLd(guide)) }}
      />
      <header className="space-y-4">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Career guide</p>
        <h1 className="text-3xl font-bold sm:text-4xl">{guide.title}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{guide.summary}</p>
        <p className="text-sm text-slate-600">
          By {guide.author} · Updated <time dateTime={guide.updatedAt}>{formatAge(new Date(guide.updatedAt))}</time> ·
          Live figures from {formatCount(open)} open listings, as of{" "}
          <time dateTime={live.computedAt} data-testid="figures-computed-at">
            {new Date(live.computedAt).toLocaleString("en-US", {
              dateStyle: "medium",
              timeStyle: "short",
              timeZone: "UTC",
            })}{" "}
            UTC
          </time>
        </p>
        <p>
          <Link
            href={`/guides/${guide.slug}/roadmap`}
            className="inline-block rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            Open the {guide.title} roadmap
          </Link>{" "}
          <span className="text-sm text-slate-600">Track what you have learned, level by level.</span>
        </p>
        <dl className="grid gap-3 sm:grid-cols-3">
          <Figure label="Open positions" href={searchHref} note="open listings in this role family">
            <span data-testid="figure-open-positions">
              {live.overall.countIsEstimate ? "about " : ""}
              {formatCount(open)}
            </span>
          </Figure>
          <Figure
            label="Median annual pay"
            href={searchHref}
            note={`${PAY_POINT_NOTE}, from ${formatCount(live.overall.sample)} listings that show pay`}
          >
            <span data-testid="figure-median-pay">
              {live.overall.median === null ? "Not enough data" : formatMoney(live.overall.median, "USD", false)}
            </span>
          </Figure>
          <Figure label="Recommended certifications" href="#certifications" note="chosen by our editors">
            {guide.certifications.length}
          </Figure>
        </dl>
      </header>

      <Section id="role" title="What the role is">
        {guide.whatIs.split("\n\n").map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        <h3 className="pt-2 text-lg font-semibold">How it differs from neighbouring roles</h3>
        <p>{guide.vsOther}</p>
      </Section>

      <Section id="skills" title="Required skills">
        <ol className="grid gap-3 md:grid-cols-2">
          {guide.skillAreas.map((area) => {
            // Demand per skill, each the total of the search it links to; a skill no open
            // listing of this family asks for gets no line (no "0 open listings" claim).
            const asked = area.skills.flatMap((s) => {
              const d = demand[s.slug];
              return d && d.count > 0 ? [d] : [];
            });
            return (
              <li key={area.id} className="rounded-xl border border-slate-200 bg-white p-4">
                <h3 className="font-semibold">{area.name}</h3>
                <p className="mt-1 text-sm text-slate-700">{area.description}</p>
                {asked.length > 0 && (
                  <p className="mt-2 text-sm" data-testid="area-demand">
                    Open listings asking for{" "}
                    {asked.map((d, i) => (
                      <span key={d.slug}>
                        {i > 0 && (i === asked.length - 1 ? " and " : ", ")}
                        <Link href={d.href} className="text-brand-700 underline" data-testid={`skill-demand-${d.slug}`}>
                          {d.name}
                          {/* A link reading only "Go" (the language) says nothing out of context. */}
                          <span className="sr-only"> jobs</span>: {d.countIsEstimate ? "about " : ""}
                          {formatCount(d.count)}
                        </Link>
                      </span>
                    ))}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </Section>

      <Section id="career-path" title="Career path">
        <p className="text-sm text-slate-600">
          Editorial ranges: {content?.payRangeSource.title ?? "our research"}. Live figures are the median annual pay
          (USD) of the open listings at that level, exactly as the linked search computes it, shown when at least{" "}
          {MIN_LEVEL_SAMPLE} listings show pay.
        </p>
        <PayChart
          minSample={MIN_LEVEL_SAMPLE}
          rows={guide.levels.map((l) => ({
            title: l.title,
            payMin: l.payMin,
            payMax: l.payMax,
            live: levelMedian(live.levels.find((x) => x.level === l.level)!),
          }))}
        />
        <ol className="space-y-3">
          {guide.levels.map((level) => {
            const search = live.levels.find((x) => x.level === level.level)!;
            const pay = levelMedian(search);
            return (
              <li
                key={level.id}
                className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 md:grid-cols-[2fr_1fr]"
              >
                <div>
                  <h3 className="font-semibold">
                    <span
                      className="mr-2 inline-flex h-6 w-6 items-center justify-center rounded-full bg-brand-700 text-xs text-white"
                      aria-hidden="true"
                    >
                      {level.rank}
                    </span>
                    {level.title}
                  </h3>
                  <p className="mt-1 text-sm text-slate-600">
                    {years(level.yearsMin, level.yearsMax)} · editorial range {range(level.payMin, level.payMax)}
                  </p>
                  <p className="mt-2 text-slate-800">{level.focus}</p>
                </div>
                <div className="rounded-lg bg-slate-50 p-3 text-sm">
                  <p className="font-medium">Live pay, {LEVEL_LABEL[level.level]} listings</p>
                  {pay.enough ? (
                    <p className="mt-1" data-testid={`level-median-${level.level}`}>
                      median <strong>{formatMoney(pay.median, "USD", false)}</strong>
                      <span className="block text-xs text-slate-600">
                        from {formatCount(pay.count)} listings that show pay
                      </span>
                    </p>
                  ) : (
                    <p className="mt-1 text-slate-700">Not enough data ({formatCount(pay.count)} listings show pay)</p>
                  )}
                  <Link href={search.href} className="mt-1 inline-block text-xs text-brand-700 underline">
                    See the {formatCount(search.count)} open {LEVEL_LABEL[level.level].toLowerCase()} listings
                  </Link>
                </div>
              </li>
            );
          })}
        </ol>
      </Section>

      <Section id="day" title="A day in the life">
        <ol className="relative space-y-4 border-l-2 border-brand-100 pl-6">
          {guide.timeline.map((entry) => (
            <li key={entry.id}>
              <p className="text-sm font-semibold text-brand-700">{entry.timeLabel}</p>
              <h3 className="font-semibold">{entry.title}</h3>
              <p className="text-slate-700">{entry.body}</p>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="certifications" title="Recommended certifications">
        <ul className="grid gap-3 md:grid-cols-2">
          {guide.certifications.map((c) => (
            <li key={c.id} className="rounded-xl border border-slate-200 bg-white p-4">
              <h3 className="font-semibold">
                {c.url ? (
                  <a href={c.url} rel="noopener nofollow" className="underline hover:text-brand-700">
                    {c.name}
                  </a>
                ) : (
                  c.name
                )}
              </h3>
              <p className="text-sm text-slate-600">{c.issuer}</p>
              <p className="mt-1 text-slate-800">{c.validates}</p>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="hiring" title="Who is hiring">
        <p>
          {share(live.remote.count)}% of open listings are remote (
          <Link href={live.remote.href} className="text-brand-700 underline">
            {formatCount(live.remote.count)}
          </Link>
          ) and {share(live.freelance.count)}% are freelance (
          <Link href={live.freelance.href} className="text-brand-700 underline">
            {formatCount(live.freelance.count)}
          </Link>
          ).
        </p>
        <ul className="grid gap-2 sm:grid-cols-2 md:grid-cols-4">
          {live.hiring.map((c) => (
            <li key={c.slug} className="rounded-lg border border-slate-200 bg-white px-3 py-2">
              <Link href={c.href} className="font-medium hover:text-brand-700 hover:underline">
                {c.name}
              </Link>{" "}
              <span className="text-sm text-slate-600">{formatCount(c.count)} open</span>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="faq" title="Frequently asked questions">
        <div className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {guide.faqs.map((f) => (
            <details key={f.id} className="group p-4">
              <summary className="cursor-pointer font-semibold marker:text-brand-700">{f.question}</summary>
              <p className="mt-2 text-slate-800">{fillFigures(f.answer, filled)}</p>
            </details>
          ))}
        </div>
      </Section>

      {content && (
        <Section id="sources" title="Sources">
          <p className="text-sm text-slate-600">
            Facts in this guide come from these public pages; the words are ours. Live figures come from Ladder&apos;s
            open listings only.
          </p>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {content.sources.map((s) => (
              <li key={`${s.title}-${s.url ?? ""}`}>
                {s.url ? (
                  <a href={s.url} rel="noopener nofollow" className="text-brand-700 underline">
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}{" "}
                <span className="text-slate-600">({s.supports})</span>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <section className="rounded-2xl bg-brand-800 p-6 text-white">
        <h2 className="text-xl font-semibold">Find roles that match your skills</h2>
        <p className="mt-1 text-brand-100">
          {formatCount(open)} open {guide.title.toLowerCase()} roles right now.
        </p>
        <Link
          href={searchHref}
          className="mt-4 inline-block rounded-lg bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          Search {guide.title.toLowerCase()} roles
        </Link>
      </section>
    </article>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="space-y-4">
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        {title}
      </h2>
      <div className="space-y-3 text-slate-800">{children}</div>
    </section>
  );
}

function Figure({
  label,
  href,
  note,
  children,
}: {
  label: string;
  href: string;
  note: string;
  children: React.ReactNode;
}) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd>
        <Link href={href} className="text-2xl font-bold text-brand-800 hover:underline">
          {children}
        </Link>
        <span className="block text-xs text-slate-600">{note}</span>
      </dd>
    </div>
  );
}
