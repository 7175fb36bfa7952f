import type { Currency, PayPeriod } from "@/db/schema";

/* The same planning rates as the generated salary_*_usd columns in db/schema.ts (a test
   checks they agree), so the posting form can compare pay before anything is saved. */
export const PERIOD_FACTOR: Record<PayPeriod, number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };
export const USD_RATE: Record<Currency, number> = { USD: 1, EUR: 1.08, GBP: 1.27, CAD: 0.73, AUD: 0.66, INR: 0.012 };

export function annualUsd(amount: number, currency: Currency, period: PayPeriod): number {
  return Math.round(amount * PERIOD_FACTOR[period] * USD_RATE[currency]);
}

/** Plausible annual pay in USD: outside this a figure is a typo (or the wrong period). */
export const ANNUAL_USD_MIN = 1_000;
export const ANNUAL_USD_MAX = 5_000_000;
/** A range whose top is more than this times its bottom says little about the pay. */
export const MAX_RANGE_RATIO = 3;
