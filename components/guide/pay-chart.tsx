import { formatMoney } from "@/lib/format";
import { CHART_FONT, CHART_MIN_WIDTH_CLASS } from "./compare-chart";

export type PayChartRow = {
  title: string;
  payMin: number;
  payMax: number | null;
  /** The level's search: its median pay and the listings showing pay it rests on. */
  live: { enough: true; count: number; median: number } | { enough: false; count: number };
};

const W = 760;
const LABEL = 200;
const ROW = 52;
const TOP = 10;
const AXIS = 26;

/** Editorial pay range against the live median of each level's search: SVG, no client
    JavaScript, with a table for screen readers carrying the same numbers. */
export function PayChart({ rows, minSample }: { rows: PayChartRow[]; minSample: number }) {
  const values = rows.flatMap((r) => [r.payMin, r.payMax ?? r.payMin, r.live.enough ? r.live.median : 0]);
  const max = Math.ceil((Math.max(...values, 100_000) * 1.08) / 50_000) * 50_000;
  const x = (v: number) => LABEL + (v / max) * (W - LABEL - 16);
  const H = TOP + rows.length * ROW + AXIS;
  const ticks = Array.from({ length: Math.floor(max / 100_000) + 1 }, (_, i) => i * 100_000);
  return (
    <figure className="rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="pay-chart-caption">
      <figcaption id="pay-chart-caption" className="font-semibold">
        Pay by level: our editorial range and what listings offer now
        <span className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs font-normal text-slate-700">
          <span>
            <span aria-hidden="true" className="mr-1 inline-block h-2.5 w-5 rounded-sm bg-brand-100 align-middle" />
            editorial range
          </span>
          <span>
            <span aria-hidden="true" className="mr-1 inline-block h-3 w-0.5 bg-amber-500 align-middle" />
            live median
          </span>
        </span>
      </figcaption>
      {/* Hidden from screen readers (the table below has the numbers), so its scroll box on
          narrow screens is not a tab stop either. */}
      <div className="mt-3 overflow-x-auto">
        <svg viewBox={`0 0 ${W} ${H}`} className={`w-full ${CHART_MIN_WIDTH_CLASS}`} aria-hidden="true">
          {ticks.map((t) => (
            <g key={t}>
              <line x1={x(t)} x2={x(t)} y1={TOP - 4} y2={H - AXIS + 4} className="stroke-slate-200" />
              <text
                x={x(t)}
                y={H - 8}
                textAnchor={t === 0 ? "start" : t === ticks.at(-1) ? "end" : "middle"}
                fontSize={CHART_FONT}
                className="fill-slate-600"
              >
                {formatMoney(t)}
              </text>
            </g>
          ))}
          {rows.map((r, i) => {
            const y = TOP + i * ROW;
            const end = r.payMax ?? r.payMin * 1.2;
            return (
              <g key={r.title}>
                <text x={0} y={y + 26} fontSize={CHART_FONT} className="fill-slate-800">
                  {r.title.length > 22 ? `${r.title.slice(0, 21)}…` : r.title}
                </text>
                <rect
                  x={x(r.payMin)}
                  y={y + 8}
                  width={Math.max(2, x(end) - x(r.payMin))}
                  height={26}
                  rx={4}
                  className="fill-brand-100"
                />
                {r.payMax === null && (
                  <text
                    x={x(Math.max(end, r.live.enough ? r.live.median : 0)) + 6}
                    y={y + 26}
                    fontSize={CHART_FONT}
                    className="fill-slate-600"
                  >
                    and up
                  </text>
                )}
                {r.live.enough ? (
                  <rect x={x(r.live.median) - 2} y={y + 6} width={4} height={30} className="fill-amber-500" />
                ) : (
                  <text x={x(r.payMin)} y={y + 50} fontSize={CHART_FONT} className="fill-slate-600">
                    not enough live data
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      {/* sr-only on a <table> itself does not stop it widening the page; a wrapper does. */}
      <div className="sr-only">
        <table>
          <caption>
            Annual pay in USD by career level (live figures need at least {minSample} listings that show pay)
          </caption>
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col">Editorial range</th>
              <th scope="col">Live median</th>
              <th scope="col">Listings showing pay</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.title}>
                <th scope="row">{r.title}</th>
                <td>
                  {r.payMax === null
                    ? `${formatMoney(r.payMin)} and up`
                    : `${formatMoney(r.payMin)} to ${formatMoney(r.payMax)}`}
                </td>
                <td>{r.live.enough ? formatMoney(r.live.median) : "not enough data"}</td>
                <td>{r.live.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
