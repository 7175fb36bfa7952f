import type { Currency, PayPeriod } from "@/db/schema";
import { USD_RATE } from "@/lib/recruiters/pay";

/*
 * One pay parser for everything people write as pay: the posting form's fields ("120k",
 * "$150,000", "150,000") and pay written in imported descriptions ("$120,000 - $150,000",
 * "USD 120k–150k", "€60k to €75k a year", "$45/hr", "£500 per day").
 */

/** A pay range as a source states it: amounts in `currency` per `period`. */
export type Pay = { min: number; max: number; currency: Currency; period: PayPeriod };

const NUMBER = String.raw`\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d+)?`;
const AMOUNT = new RegExp(String.raw`^\s*(-)?\s*\$?\s*(${NUMBER})\s*([kKmM])?\s*$`);

/** "1,234.56" / "1.234" / "60 000" / "1.5" → a number (a group of exactly three digits after a separator is thousands). */
function toNumber(raw: string): number {
  const parts = raw.split(/[,.\u00a0\u202f ]/);
  if (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    // "1,234.56": two decimals after the thousands; "1.5": a decimal.
    if (last.length !== 3) return Number(parts.slice(0, -1).join("") + "." + last);
    return Number(parts.join(""));
  }
  return Number(raw);
}

const scale = (n: number, suffix: string | undefined) =>
  suffix === "k" || suffix === "K" ? n * 1_000 : suffix === "m" || suffix === "M" ? n * 1_000_000 : n;

/**
 * A pay amount as typed in one form field: "120k" → 120000, "$150,000" → 150000,
 * "150,000" → 150000, "1.5M" → 1500000; "-5" → -5 and "12.5" → 12.5, for the form to
 * refuse with its own words. Null for anything else (empty included).
 */
export function parsePayAmount(raw: string): number | null {
  const m = AMOUNT.exec(raw);
  if (!m) return null;
  const scaled = scale(toNumber(m[2]!), m[3]);
  const n = (m[1] ? -1 : 1) * (m[3] ? Math.round(scaled) : scaled);
  return Number.isFinite(n) ? n : null;
}

const SYMBOLS: [RegExp, Currency][] = [
  [/^(?:C\$|CA\$|CAD)$/i, "CAD"],
  [/^(?:A\$|AU\$|AUD)$/i, "AUD"],
  [/^(?:US\$|\$|USD)$/i, "USD"],
  [/^(?:€|EUR)$/i, "EUR"],
  [/^(?:£|GBP)$/i, "GBP"],
  [/^(?:₹|INR|Rs\.?)$/i, "INR"],
];
const CURRENCY = String.raw`CA\$|C\$|AU\$|A\$|US\$|\$|€|£|₹|\bUSD\b|\bEUR\b|\bGBP\b|\bCAD\b|\bAUD\b|\bINR\b`;
const ONE = String.raw`(${CURRENCY})?\s?(${NUMBER})\s?([kKmM](?![a-zA-Z]))?(?:\s?(USD|EUR|GBP|CAD|AUD|INR)\b)?`;
const RANGE = new RegExp(String.raw`${ONE}(?:\s*(?:-|–|—|to|and)\s*${ONE})?`, "g");

const PERIODS: [RegExp, PayPeriod][] = [
  [/^\s*(?:\/\s?(?:hr|hour|h)\b|per hour|an hour|hourly|p\/h)/i, "hour"],
  [/^\s*(?:\/\s?day\b|per day|a day|daily|p\/d)/i, "day"],
  [/^\s*(?:\/\s?(?:wk|week)\b|per week|a week|weekly)/i, "week"],
  [/^\s*(?:\/\s?(?:mo|month)\b|per month|a month|monthly|p\/m)/i, "month"],
  [/^\s*(?:\/\s?(?:yr|year|annum)\b|per year|a year|per annum|annually|p\.?a\.?\b|yearly|annual)/i, "year"],
];
// Said before the amount: "an hourly rate of $45", "annual salary: $120,000".
const PERIOD_BEFORE: [RegExp, PayPeriod][] = [
  [/hourly|per hour/i, "hour"],
  [/daily|day rate|per day/i, "day"],
  [/weekly/i, "week"],
  [/monthly/i, "month"],
  [/annual|yearly|per year|salary/i, "year"],
];

function currencyOf(...marks: (string | undefined)[]): Currency | null {
  for (const mark of marks) {
    if (!mark) continue;
    for (const [pattern, currency] of SYMBOLS) if (pattern.test(mark.trim())) return currency;
  }
  return null;
}

/**
 * The first pay range written in `text`, or null. An amount counts only with a currency
 * (a symbol or an ISO code, before or after it), so "3 years" and "401(k)" are not pay.
 * A "k"/"M" on the top alone applies to the bottom too ("$120-150k"). The period comes
 * from the words after the range ("/hr", "per day", "a year"), else shortly before it
 * ("hourly rate of"), else a year. Amounts are whole units of the currency.
 */
export function parsePayText(text: string): Pay | null {
  for (const m of text.matchAll(RANGE)) {
    const [whole, cur1, num1, suf1, code1, cur2, num2, suf2, code2] = m;
    const currency = currencyOf(cur1, code1, cur2, code2);
    if (!currency || !num1) continue;
    let low = toNumber(num1);
    let high = num2 ? toNumber(num2) : low;
    if (num2 && !suf1 && suf2 && low < 1000) low = scale(low, suf2);
    else low = scale(low, suf1);
    high = num2 ? scale(high, suf2) : low;
    if (!(low > 0) || !(high > 0)) continue;
    if (high < low) [low, high] = [high, low];
    const start = m.index ?? 0;
    const after = text.slice(start + whole.length, start + whole.length + 30);
    const before = text.slice(Math.max(0, start - 40), start);
    const period =
      PERIODS.find(([p]) => p.test(after))?.[1] ?? PERIOD_BEFORE.find(([p]) => p.test(before))?.[1] ?? "year";
    return { min: Math.round(low), max: Math.round(high), currency, period };
  }
  return null;
}

/*
 * What pay is believable per period, in US dollars at the planning rates: below the floor
 * or above the ceiling a figure is a typo, the wrong period or a joke ("entry level $3,000"
 * a year, an hourly rate of $5,000). Floors are a quarter of the ceiling's scale apart per
 * period; rupee salaries are far lower at these rates, so their floors are a third.
 */
const PLAUSIBLE_USD: Record<PayPeriod, [min: number, max: number]> = {
  hour: [5, 1_000],
  day: [40, 8_000],
  week: [200, 40_000],
  month: [400, 400_000],
  year: [5_000, 5_000_000],
};

/** Whether both ends of `pay` are believable for its period and currency (see PLAUSIBLE_USD). */
export function isPlausiblePay(pay: Pay): boolean {
  const [floor, ceiling] = PLAUSIBLE_USD[pay.period];
  const low = floor * (pay.currency === "INR" ? 1 / 3 : 1);
  const rate = USD_RATE[pay.currency];
  return pay.min * rate >= low && pay.max * rate <= ceiling && pay.min <= pay.max;
}

const SYMBOL_OF: Record<Currency, string> = { USD: "$", EUR: "€", GBP: "£", CAD: "C$", AUD: "A$", INR: "₹" };
const PER: Record<PayPeriod, string> = {
  hour: "an hour",
  day: "a day",
  week: "a week",
  month: "a month",
  year: "a year",
};

/** "$3,000 a year", "$120,000–$150,000 a year": pay as the source stated it, for display. */
export function describePay(pay: Pay): string {
  const f = (n: number) => `${SYMBOL_OF[pay.currency]}${n.toLocaleString("en-US")}`;
  const amount = pay.min === pay.max ? f(pay.min) : `${f(pay.min)}–${f(pay.max)}`;
  return `${amount} ${PER[pay.period]}`;
}
