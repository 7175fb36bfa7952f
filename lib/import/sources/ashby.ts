import { z } from "zod";
import type { Currency, PayPeriod } from "@/db/schema";
import { CURRENCIES } from "@/db/enums";
import type { Pay } from "@/lib/pay/parse";
import { SourceError, type SourceRead } from "../types";
import { httpUrl, idField, maybeText, nonEmpty, parseJson, readEach, toDate } from "./common";

/*
 * Ashby public job posting API: GET {ASHBY_API_URL}/posting-api/job-board/{name}?includeCompensation=true
 * (https://developers.ashbyhq.com/docs/public-job-posting-api). Answers { apiVersion, jobs };
 * each job has id, title, department, team, employmentType ("FullTime", "PartTime",
 * "Intern", "Contract", "Temporary"), location, secondaryLocations [{ location }], address
 * { postalAddress }, isRemote, workplaceType ("OnSite", "Remote", "Hybrid"), publishedAt,
 * isListed, jobUrl, applyUrl, descriptionHtml, and with compensation
 * { compensationTierSummary, summaryComponents: [{ compensationType, interval, currencyCode,
 * minValue, maxValue }] }. Unlisted jobs (isListed false) are not public roles: skipped.
 */

const INTERVALS: Record<string, PayPeriod> = {
  "1 HOUR": "hour",
  "1 DAY": "day",
  "1 WEEK": "week",
  "1 MONTH": "month",
  "1 YEAR": "year",
};

const component = z.object({
  compensationType: maybeText,
  interval: maybeText,
  currencyCode: maybeText,
  minValue: z.number().nullish(),
  maxValue: z.number().nullish(),
});

const job = z.object({
  id: nonEmpty,
  title: nonEmpty,
  jobUrl: httpUrl,
  location: maybeText,
  secondaryLocations: z.array(z.object({ location: maybeText })).nullish(),
  address: z.object({ postalAddress: z.object({ addressCountry: maybeText }).nullish() }).nullish(),
  isRemote: z.boolean().nullish(),
  isListed: z.boolean().nullish(),
  workplaceType: maybeText,
  employmentType: maybeText,
  publishedAt: maybeText,
  descriptionHtml: maybeText,
  compensation: z
    .object({
      compensationTierSummary: maybeText,
      summaryComponents: z.array(component).nullish(),
    })
    .nullish(),
});

function payOf(components: z.infer<typeof component>[]): Pay | null {
  const salary = components.find((c) => c.compensationType === "Salary" && (c.minValue ?? c.maxValue) != null);
  const currency = salary?.currencyCode?.toUpperCase();
  if (!salary || !currency || !(CURRENCIES as readonly string[]).includes(currency)) return null;
  const min = salary.minValue ?? salary.maxValue!;
  const max = salary.maxValue ?? salary.minValue!;
  return { min, max, currency: currency as Currency, period: INTERVALS[salary.interval ?? ""] ?? "year" };
}

export function ashbyPath(board: string) {
  return `/posting-api/job-board/${encodeURIComponent(board)}?includeCompensation=true`;
}

export function parseAshby(body: string): SourceRead {
  const data = parseJson(body, "Ashby");
  const jobs = (data as { jobs?: unknown })?.jobs;
  if (!Array.isArray(jobs)) throw new SourceError("Ashby answered without a list of jobs");
  const listed = jobs.filter((j) => !(j && typeof j === "object" && (j as { isListed?: unknown }).isListed === false));
  const read = readEach(
    listed,
    job,
    (j) => ({
      externalId: j.id,
      title: j.title.trim(),
      descriptionHtml: j.descriptionHtml ?? "",
      url: j.jobUrl,
      locations: [j.location ?? "", ...(j.secondaryLocations ?? []).map((s) => s.location ?? "")].filter(Boolean),
      workplaceHint: j.workplaceType ?? null,
      remote: j.isRemote ?? null,
      regionHints: [j.address?.postalAddress?.addressCountry ?? ""].filter(Boolean),
      employmentTypeHint: j.employmentType ?? null,
      pay: payOf(j.compensation?.summaryComponents ?? []),
      payText: j.compensation?.compensationTierSummary ?? null,
      postedAt: toDate(j.publishedAt),
      validThrough: null,
    }),
    idField("id"),
  );
  const unlisted = jobs.length - listed.length;
  for (let i = 0; i < unlisted; i++) read.skipped.push({ externalId: null, reason: "not listed publicly" });
  return read;
}
