import type { Currency, EmploymentType, JobLevel, PayPeriod, Workplace } from "@/db/schema";

export const LEVEL_LABEL: Record<JobLevel, string> = {
  junior: "Junior",
  mid: "Mid-level",
  senior: "Senior",
  lead: "Lead",
  principal: "Principal",
};

export const TYPE_LABEL: Record<EmploymentType, string> = {
  full_time: "Full-time",
  part_time: "Part-time",
  contract: "Contract",
  freelance: "Freelance",
  internship: "Internship",
};

export const WORKPLACE_LABEL: Record<Workplace, string> = {
  remote: "Remote",
  hybrid: "Hybrid",
  onsite: "On-site",
};

const PERIOD_LABEL: Record<PayPeriod, string> = {
  hour: "hour",
  day: "day",
  week: "week",
  month: "month",
  year: "year",
};

const SYMBOL: Record<Currency, string> = { USD: "$", EUR: "€", GBP: "£", CAD: "CA$", AUD: "A$", INR: "₹" };

/** 164201 -> "$164k"; small amounts (hourly rates) stay whole: 85 -> "$85". */
export function formatMoney(amount: number, currency: Currency = "USD", compact = true): string {
  const symbol = SYMBOL[currency];
  if (compact && amount >= 10_000) {
    const k = amount / 1000;
    return `${symbol}${k >= 1000 ? `${(k / 1000).toFixed(k % 1000 === 0 ? 0 : 1)}M` : `${Math.round(k)}k`}`;
  }
  return `${symbol}${Math.round(amount).toLocaleString("en-US")}`;
}

export function formatPay(
  min: number | null,
  max: number | null,
  currency: Currency,
  period: PayPeriod,
): string | null {
  if (min === null && max === null) return null;
  const range =
    min !== null && max !== null && min !== max
      ? `${formatMoney(min, currency)}–${formatMoney(max, currency)}`
      : formatMoney((min ?? max)!, currency);
  return `${range} / ${PERIOD_LABEL[period]}`;
}

/** "today", "1 day ago", "3 weeks ago". */
export function formatAge(date: Date, now: Date = new Date()): string {
  const days = Math.floor((now.getTime() - date.getTime()) / 86_400_000);
  if (days <= 0) return "today";
  if (days === 1) return "1 day ago";
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.floor(days / 7)} weeks ago`;
  return `${Math.floor(days / 30)} months ago`;
}

export function formatDate(date: Date): string {
  return date.toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
}

/**
 * A last moment, so a reader in any time zone knows it: date, 24-hour time and the zone,
 * always UTC ("17 Feb 2027, 13:15 UTC"). Shown in a `<time datetime>` with the ISO instant.
 */
export function formatDeadline(date: Date): string {
  const day = date.toLocaleDateString("en-GB", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  const time = date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "UTC" });
  return `${day}, ${time} UTC`;
}

export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

/**
 * Where an apply link leads, for the visitor to see before leaving: "Opens jobs.acme.com"
 * for a link (the host only, punycode as the browser will show it), "Opens your email to
 * jobs@acme.com" for a mailto:, "" for anything else.
 */
export function applyDestination(applyUrl: string): string {
  const url = URL.parse(applyUrl);
  if (!url) return "";
  if (url.protocol === "mailto:") return `Opens your email to ${decodeURIComponent(url.pathname)}`;
  if (url.protocol === "https:" || url.protocol === "http:") return `Opens ${url.host}`;
  return "";
}

/**
 * The words shown beside every pay figure, naming its pay point (lib/pay/point.ts: the middle
 * of each listing's range, annualized, in USD). Here, not there, so client components can show it.
 */
export const PAY_POINT_NOTE = "annual USD, middle of each listing's pay range";
