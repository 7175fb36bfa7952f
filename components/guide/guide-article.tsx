import Link from "next/link";
import { fillFigures } from "@/lib/guides/fill";
import type { CachedGuide } from "@/lib/guides/cached";
import { levelPay, MIN_LEVEL_SAMPLE, type GuideFigures } from "@/lib/guides/queries";
import { formatAge, formatCount, formatMoney, LEVEL_LABEL } from "@/lib/format";
import { PayChart } from "./pay-chart";

const years = (min: number, max: number | null) => (max === null ? `${min}+ years` : `${min}–${max} years`);
const range = (min: number, max: number | null) =>
  max === null ? `${formatMoney(min)}+` : `${formatMoney(min)}–${formatMoney(max)}`;

/** A career guide with its live figures. Rendered on the server only, no client JavaScript. */
export function GuideArticle({ guide, figures }: { guide: CachedGuide; figures: GuideFigures }) {
  const searchHref = `/jobs?guide=${guide.slug}`;
  const share = (n: number) => (figures.openPositions ? Math.round((n / figures.openPositions) * 100) : 0);

  return (
    <article className="space-y-12">
      <header className="space-y-4">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Career guide</p>
        <h1 className="text-3xl font-bold sm:text-4xl">{guide.title}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{guide.summary}</p>
        <p className="text-sm text-slate-600">
          By {guide.author} · Updated <time dateTime={guide.updatedAt}>{formatAge(new Date(guide.updatedAt))}</time> ·
          Live figures from {formatCount(figures.openPositions)} open listings, as of{" "}
          <time dateTime={figures.computedAt} data-testid="figures-computed-at">
            {new Date(figures.computedAt).toLocaleString("en-US", {
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
            <span data-testid="figure-open-positions">{formatCount(figures.openPositions)}</span>
          </Figure>
          <Figure
            label="Median annual pay"
            href={searchHref}
            note={`from ${formatCount(figures.withPay)} listings that show pay`}
          >
            {figures.medianPay === null ? "Not enough data" : formatMoney(figures.medianPay, "USD", false)}
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
        <h3 className="pt-2 text-lg font-semibold">Backend or full stack?</h3>
        <p>{guide.vsOther}</p>
      </Section>

      <Section id="skills" title="Required skills">
        <ol className="grid gap-3 md:grid-cols-2">
          {guide.skillAreas.map((area) => {
            const primary = area.skills[0];
            const count = figures.areaCounts[String(area.id)] ?? 0;
            return (
              <li key={area.id} className="rounded-xl border border-slate-200 bg-white p-4">
                <h3 className="font-semibold">{area.name}</h3>
                <p className="mt-1 text-sm text-slate-700">{area.description}</p>
                <p className="mt-2 text-sm">
                  <span className="font-semibold">{formatCount(count)}</span> open listings ask for{" "}
                  {area.skills.map((s, i) => (
                    <span key={s.id}>
                      {i > 0 && (i === area.skills.length - 1 ? " or " : ", ")}
                      <Link href={`/jobs?guide=${guide.slug}&skill=${s.slug}`} className="text-brand-700 underline">
                        {s.name}
                        {/* A link reading only "Go" (the language) says nothing out of context. */}
                        <span className="sr-only"> jobs</span>
                      </Link>
                    </span>
                  ))}
                  {!primary && "these skills"}
                </p>
              </li>
            );
          })}
        </ol>
      </Section>

      <Section id="career-path" title="Career path">
        <p className="text-sm text-slate-600">
          Editorial ranges come from our research. Live figures are the 25th, 50th and 75th percentiles of annual pay
          (the middle of each advertised range, in USD) across open listings at that level, shown when at least{" "}
          {MIN_LEVEL_SAMPLE} listings show pay.
        </p>
        <PayChart
          minSample={MIN_LEVEL_SAMPLE}
          rows={guide.levels.map((l) => ({
            title: l.title,
            payMin: l.payMin,
            payMax: l.payMax,
            live: levelPay(figures, l.level),
          }))}
        />
        <ol className="space-y-3">
          {guide.levels.map((level) => {
            const live = levelPay(figures, level.level);
            const levelHref = `/jobs?guide=${guide.slug}&level=${level.level}`;
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
                  {live.enough ? (
                    <p className="mt-1">
                      {formatMoney(live.p25)} · <strong>{formatMoney(live.p50)}</strong> · {formatMoney(live.p75)}
                      <span className="block text-xs text-slate-600">
                        25th · median · 75th percentile, {formatCount(live.count)} listings
                      </span>
                    </p>
                  ) : (
                    <p className="mt-1 text-slate-700">Not enough data ({formatCount(live.count)} listings show pay)</p>
                  )}
                  <Link href={levelHref} className="mt-1 inline-block text-xs text-brand-700 underline">
                    See {LEVEL_LABEL[level.level].toLowerCase()} listings
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
          {share(figures.remoteCount)}% of open listings are remote ({formatCount(figures.remoteCount)}) and{" "}
          {share(figures.freelanceCount)}% are freelance ({formatCount(figures.freelanceCount)}).
        </p>
        <ul className="grid gap-2 sm:grid-cols-2 md:grid-cols-4">
          {figures.hiring.map((c) => (
            <li key={c.slug} className="rounded-lg border border-slate-200 bg-white px-3 py-2">
              <span className="font-medium">{c.name}</span>{" "}
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
              <p className="mt-2 text-slate-800">{fillFigures(f.answer, figures)}</p>
            </details>
          ))}
        </div>
      </Section>

      <section className="rounded-2xl bg-brand-800 p-6 text-white">
        <h2 className="text-xl font-semibold">Find roles that match your skills</h2>
        <p className="mt-1 text-brand-100">
          {formatCount(figures.openPositions)} open {guide.title.toLowerCase()} roles right now.
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
