import { formatMoney } from "@/lib/format";

export type CompareSeries = {
  key: string;
  title: string;
  /** Median pay per level, junior to principal; null where there is not enough data. */
  points: (number | null)[];
};

// Okabe-Ito colours (distinguishable with common colour blindness), plus a marker per line.
const COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"];
const MARKERS = ["circle", "square", "diamond", "triangle", "circle-open", "square-open", "diamond-open"] as const;

const W = 760;
const H = 320;
const LEFT = 76;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 36;
/*
 * Labels are in the viewBox's units, so they shrink with the chart: 16 units at the chart's
 * smallest width (MIN_WIDTH px, below which its box scrolls sideways) render at 12 px or
 * more, never the 5-6 px a phone showed when the chart shrank to fit.
 */
export const CHART_FONT = 16;
export const CHART_MIN_WIDTH_CLASS = "min-w-[570px]";

function Marker({ kind, x, y, colour }: { kind: (typeof MARKERS)[number]; x: number; y: number; colour: string }) {
  const open = kind.endsWith("-open");
  const fill = open ? "white" : colour;
  const shape = kind.replace("-open", "");
  if (shape === "square")
    return <rect x={x - 4} y={y - 4} width={8} height={8} fill={fill} stroke={colour} strokeWidth={2} />;
  if (shape === "diamond")
    return (
      <path
        d={`M${x} ${y - 5} L${x + 5} ${y} L${x} ${y + 5} L${x - 5} ${y} Z`}
        fill={fill}
        stroke={colour}
        strokeWidth={2}
      />
    );
  if (shape === "triangle")
    return (
      <path d={`M${x} ${y - 5} L${x + 5} ${y + 4} L${x - 5} ${y + 4} Z`} fill={fill} stroke={colour} strokeWidth={2} />
    );
  return <circle cx={x} cy={y} r={4} fill={fill} stroke={colour} strokeWidth={2} />;
}

/**
 * Pay by level, one line per role: level on the x axis, live median pay on the y axis.
 * Server-rendered SVG, no client JavaScript. The SVG is described for screen readers by
 * the table whose id is `tableId` (the same numbers, with sample sizes and links).
 */
export function CompareChart({
  levels,
  series,
  tableId,
}: {
  levels: string[];
  series: CompareSeries[];
  tableId: string;
}) {
  const values = series.flatMap((s) => s.points.filter((p): p is number => p !== null));
  const max = Math.ceil((Math.max(...values, 100_000) * 1.05) / 50_000) * 50_000;
  const x = (i: number) => LEFT + (i / Math.max(1, levels.length - 1)) * (W - LEFT - RIGHT);
  const y = (v: number) => TOP + (1 - v / max) * (H - TOP - BOTTOM);
  const ticks = Array.from({ length: Math.floor(max / 50_000) + 1 }, (_, i) => i * 50_000);
  return (
    <figure className="rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="compare-chart-caption">
      <figcaption id="compare-chart-caption" className="font-semibold">
        Median pay by level, per role (live listings, annual USD)
        <span className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs font-normal text-slate-700">
          {series.map((s, i) => (
            <span key={s.key} className="inline-flex items-center gap-1">
              <svg width="22" height="12" aria-hidden="true">
                <line x1="0" x2="22" y1="6" y2="6" stroke={COLOURS[i % COLOURS.length]} strokeWidth="2" />
                <Marker kind={MARKERS[i % MARKERS.length]!} x={11} y={6} colour={COLOURS[i % COLOURS.length]!} />
              </svg>
              {s.title}
            </span>
          ))}
        </span>
      </figcaption>
      {/* Its own scroll box on narrow screens (the page never scrolls sideways); focusable so
          keyboard users can scroll it too. */}
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="group" aria-label="Chart (scrolls sideways)">
        <svg
          viewBox={`0 0 ${W} ${H}`}
          className={`w-full ${CHART_MIN_WIDTH_CLASS}`}
          role="img"
          aria-labelledby="compare-chart-caption"
          aria-describedby={tableId}
        >
          {ticks.map((t) => (
            <g key={t}>
              <line x1={LEFT} x2={W - RIGHT} y1={y(t)} y2={y(t)} className="stroke-slate-200" />
              <text x={LEFT - 6} y={y(t) + 4} textAnchor="end" fontSize={CHART_FONT} className="fill-slate-600">
                {formatMoney(t)}
              </text>
            </g>
          ))}
          {levels.map((l, i) => (
            <text
              key={l}
              x={x(i)}
              y={H - 12}
              textAnchor={i === 0 ? "start" : i === levels.length - 1 ? "end" : "middle"}
              fontSize={CHART_FONT}
              className="fill-slate-700"
            >
              {l}
            </text>
          ))}
          {series.map((s, si) => {
            const colour = COLOURS[si % COLOURS.length]!;
            // A gap where a level has too little data: the line breaks rather than guessing.
            const segments: string[] = [];
            let current = "";
            s.points.forEach((p, i) => {
              if (p === null) {
                if (current) segments.push(current);
                current = "";
              } else current += `${current ? " L" : "M"}${x(i)} ${y(p)}`;
            });
            if (current) segments.push(current);
            return (
              <g key={s.key}>
                {segments.map((d) => (
                  <path key={d} d={d} fill="none" stroke={colour} strokeWidth={2} />
                ))}
                {s.points.map((p, i) =>
                  p === null ? null : (
                    <Marker key={i} kind={MARKERS[si % MARKERS.length]!} x={x(i)} y={y(p)} colour={colour} />
                  ),
                )}
              </g>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}

/** Weekly counts as a small line, with the counts themselves beside it for everyone. */
export function Sparkline({ counts, label }: { counts: number[]; label: string }) {
  const w = 120;
  const h = 28;
  const max = Math.max(...counts, 1);
  const d = counts
    .map(
      (c, i) =>
        `${i === 0 ? "M" : "L"}${((i / Math.max(1, counts.length - 1)) * (w - 4) + 2).toFixed(1)} ${(h - 2 - (c / max) * (h - 4)).toFixed(1)}`,
    )
    .join(" ");
  return (
    <svg
      width={w}
      height={h}
      viewBox={`0 0 ${w} ${h}`}
      role="img"
      aria-label={label}
      className="inline-block align-middle"
    >
      <path d={d} fill="none" stroke="#0072B2" strokeWidth={1.5} />
    </svg>
  );
}
