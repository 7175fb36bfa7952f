import { formatCount, formatMoney } from "@/lib/format";

export type LiveFigures = {
  openPositions: number;
  medianPay: number | null;
  payLow: number | null;
  payHigh: number | null;
  remoteCount: number;
  freelanceCount: number;
};

const share = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : "0%");
const money = (v: number | null) => (v === null ? "not enough data" : formatMoney(v, "USD", false));

/** Fills {{placeholders}} in editorial text with live figures; unknown ones are left visible. */
export function fillFigures(text: string, f: LiveFigures): string {
  const values: Record<string, string> = {
    openPositions: formatCount(f.openPositions),
    medianPay: money(f.medianPay),
    payLow: money(f.payLow),
    payHigh: money(f.payHigh),
    remoteCount: formatCount(f.remoteCount),
    freelanceCount: formatCount(f.freelanceCount),
    remoteShare: share(f.remoteCount, f.openPositions),
    freelanceShare: share(f.freelanceCount, f.openPositions),
  };
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}
