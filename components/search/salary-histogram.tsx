import { formatMoney, PAY_POINT_NOTE } from "@/lib/format";
import type { ApiHistogram } from "@/lib/search/types";

/** Pay distribution as an SVG bar chart, with a table for screen readers. No hooks: it
    renders the same on the server (first load) and in the browser (after refinement). */
export function SalaryHistogram({ data }: { data: ApiHistogram }) {
  if (data.sampleSize === 0) return null;
  const max = Math.max(...data.buckets.map((b) => b.count), 1);
  const W = 800;
  const H = 110;
  const gap = 4;
  const barW = W / data.buckets.length - gap;
  const label = (b: { from: number; to: number }, last: boolean) =>
    last ? `${formatMoney(b.from)}+` : `${formatMoney(b.from)}–${formatMoney(b.to)}`;
  return (
    <figure className="rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="pay-histogram-caption">
      <figcaption id="pay-histogram-caption" className="text-sm font-semibold text-slate-900">
        What these roles pay
        <span className="block text-xs font-normal text-slate-600">
          {PAY_POINT_NOTE[0]!.toUpperCase() + PAY_POINT_NOTE.slice(1)}; {data.sampleSize.toLocaleString("en-US")}{" "}
          {data.sampled ? "newest " : ""}
          {data.sampleSize === 1 ? "listing that shows pay" : "listings that show pay"}
          {data.median !== null && <> · median {formatMoney(data.median)}</>}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="mt-3 w-full" aria-hidden="true">
        {data.buckets.map((b, i) => {
          const h = Math.round((b.count / max) * H);
          return (
            <rect
              key={b.from}
              x={i * (barW + gap)}
              y={H - h}
              width={barW}
              height={h}
              rx={1.5}
              className="fill-brand-600"
            >
              <title>{`${label(b, i === data.buckets.length - 1)}: ${b.count}`}</title>
            </rect>
          );
        })}
      </svg>
      {/* Axis labels in HTML under the bars: SVG text would shrink with the chart (5 px on a phone). */}
      <div className="relative h-5 text-xs text-slate-600" aria-hidden="true">
        {[0, 4, 8, 12].map((i) => (
          <span key={i} className="absolute top-0.5" style={{ left: `${((i * (barW + gap)) / W) * 100}%` }}>
            {formatMoney(data.buckets[i]!.from)}
          </span>
        ))}
      </div>
      {/* sr-only on a <table> itself does not stop it widening the page; a wrapper does. */}
      <div className="sr-only">
        <table>
          <caption>Number of listings by annual pay band</caption>
          <thead>
            <tr>
              <th scope="col">Pay band</th>
              <th scope="col">Listings</th>
            </tr>
          </thead>
          <tbody>
            {data.buckets.map((b, i) => (
              <tr key={b.from}>
                <td>{label(b, i === data.buckets.length - 1)}</td>
                <td>{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
