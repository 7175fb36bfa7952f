import { escapeUTF8 } from "entities";
import { z } from "zod";
import type { Currency, PayPeriod } from "@/db/schema";
import { CURRENCIES } from "@/db/enums";
import type { Pay } from "@/lib/pay/parse";
import { SourceError, type SourceRead } from "../types";
import { httpUrl, idField, maybeText, nonEmpty, parseJson, readEach, toDate } from "./common";

/*
 * Lever Postings API: GET {LEVER_API_URL}/v0/postings/{site}?mode=json
 * (https://github.com/lever/postings-api). Answers a bare list; each posting has id, text
 * (the title), categories { location, commitment, team, department, allLocations },
 * country, workplaceType ("on-site", "remote", "hybrid", "unspecified"), createdAt (epoch
 * ms), hostedUrl, applyUrl, description (HTML), lists [{ text, content }], additional,
 * and optionally salaryRange { currency, interval, min, max } with salaryDescriptionPlain.
 */

const INTERVALS: Record<string, PayPeriod> = {
  "per-hour-wage": "hour",
  "per-day-wage": "day",
  "per-week-wage": "week",
  "per-month-salary": "month",
  "per-year-salary": "year",
  "one-time": "year",
};

const posting = z.object({
  id: nonEmpty,
  text: nonEmpty,
  hostedUrl: httpUrl,
  categories: z
    .object({ location: maybeText, commitment: maybeText, allLocations: z.array(z.string()).nullish() })
    .nullish(),
  workplaceType: maybeText,
  createdAt: z.number().nullish(),
  description: maybeText,
  lists: z.array(z.object({ text: maybeText, content: maybeText })).nullish(),
  additional: maybeText,
  salaryRange: z
    .object({ currency: maybeText, interval: maybeText, min: z.number().nullish(), max: z.number().nullish() })
    .nullish(),
  salaryDescriptionPlain: maybeText,
});

function payOf(range: z.infer<typeof posting>["salaryRange"]): Pay | null {
  if (!range?.currency || (range.min == null && range.max == null)) return null;
  const currency = range.currency.toUpperCase();
  if (!(CURRENCIES as readonly string[]).includes(currency)) return null;
  const min = range.min ?? range.max!;
  const max = range.max ?? range.min!;
  return { min, max, currency: currency as Currency, period: INTERVALS[range.interval ?? ""] ?? "year" };
}

export function leverPath(site: string) {
  return `/v0/postings/${encodeURIComponent(site)}?mode=json`;
}

export function parseLever(body: string): SourceRead {
  const data = parseJson(body, "Lever");
  if (!Array.isArray(data)) throw new SourceError("Lever answered without a list of postings");
  return readEach(
    data,
    posting,
    (p) => {
      const lists = (p.lists ?? [])
        .map((l) => `<h3>${escapeUTF8(l.text ?? "")}</h3><ul>${l.content ?? ""}</ul>`)
        .join("");
      const all = p.categories?.allLocations ?? [];
      const locations = all.length ? all : [p.categories?.location ?? ""].filter(Boolean);
      return {
        externalId: p.id,
        title: p.text.trim(),
        descriptionHtml: `${p.description ?? ""}${lists}${p.additional ?? ""}`,
        url: p.hostedUrl,
        locations,
        workplaceHint: p.workplaceType === "unspecified" ? null : (p.workplaceType ?? null),
        remote: null,
        regionHints: [],
        employmentTypeHint: p.categories?.commitment ?? null,
        pay: payOf(p.salaryRange),
        payText: p.salaryDescriptionPlain ?? null,
        postedAt: toDate(p.createdAt),
        validThrough: null,
      };
    },
    idField("id"),
  );
}
