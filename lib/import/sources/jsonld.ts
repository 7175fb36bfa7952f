import { decodeHTML } from "entities";
import type { Currency, PayPeriod } from "@/db/schema";
import { CURRENCIES } from "@/db/enums";
import type { Pay } from "@/lib/pay/parse";
import type { RawPosting, SourceRead } from "../types";
import { toDate, withoutNul } from "./common";

/*
 * Careers pages carrying schema.org JobPosting JSON-LD (https://schema.org/JobPosting), in
 * <script type="application/ld+json"> blocks: a posting alone, in a list, or in an @graph.
 * Read: title, description (HTML), url, identifier, datePosted, validThrough,
 * employmentType, jobLocation (Place with a PostalAddress), jobLocationType
 * ("TELECOMMUTE" = remote), applicantLocationRequirements (Country / AdministrativeArea),
 * baseSalary (MonetaryAmount { currency, value: QuantitativeValue { value | minValue,
 * maxValue, unitText HOUR|DAY|WEEK|MONTH|YEAR } }).
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v == null ? [] : [v]);
const text = (v: unknown): string | null =>
  typeof v === "string" ? v.trim() || null : typeof v === "number" ? String(v) : null;
const nameOf = (v: unknown): string | null => (isObj(v) ? text(v.name) : text(v));

const UNITS: Record<string, PayPeriod> = { HOUR: "hour", DAY: "day", WEEK: "week", MONTH: "month", YEAR: "year" };

function typesOf(o: Obj): string[] {
  return list(o["@type"]).map((t) => String(t));
}

/** Every JobPosting object in a JSON-LD value (top level, lists, @graph). */
function postingsIn(value: unknown, out: Obj[] = []): Obj[] {
  for (const item of list(value)) {
    if (!isObj(item)) continue;
    if (typesOf(item).includes("JobPosting")) out.push(item);
    if (item["@graph"]) postingsIn(item["@graph"], out);
  }
  return out;
}

function payOf(posting: Obj): Pay | null {
  const salary = posting.baseSalary;
  if (!isObj(salary)) return null;
  const currency = text(salary.currency)?.toUpperCase();
  if (!currency || !(CURRENCIES as readonly string[]).includes(currency)) return null;
  const value = salary.value;
  const v = isObj(value) ? value : { value };
  const num = (x: unknown) => (typeof x === "number" ? x : typeof x === "string" && x.trim() ? Number(x) : NaN);
  const min = num(v.minValue ?? v.value);
  const max = num(v.maxValue ?? v.value ?? v.minValue);
  if (!Number.isFinite(min) || !Number.isFinite(max)) return null;
  const unit = text(v.unitText)?.toUpperCase() ?? "YEAR";
  return { min, max, currency: currency as Currency, period: UNITS[unit] ?? "year" };
}

function placeOf(place: unknown): string | null {
  if (!isObj(place)) return text(place);
  const address = place.address;
  if (!isObj(address)) return text(address) ?? text(place.name);
  const parts = [text(address.addressLocality), text(address.addressRegion), nameOf(address.addressCountry)];
  return parts.filter(Boolean).join(", ") || text(place.name);
}

/** The JSON-LD blocks of a page's HTML. */
function scriptsOf(html: string): string[] {
  const blocks: string[] = [];
  const re = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi;
  for (const m of html.matchAll(re)) blocks.push(m[1]!);
  return blocks;
}

/**
 * The JobPostings of one page (`pageUrl` is where it was fetched, the default link and
 * id). A block that is not JSON, or a posting without a title, is skipped with the reason.
 */
export function parseJsonLdPage(html: string, pageUrl: string): SourceRead {
  const read: SourceRead = { postings: [], skipped: [] };
  const found: Obj[] = [];
  for (const block of scriptsOf(html)) {
    try {
      postingsIn(JSON.parse(block, withoutNul), found);
    } catch {
      read.skipped.push({ externalId: null, reason: "a JSON-LD block that is not JSON" });
    }
  }
  found.forEach((p, index) => {
    const identifier = isObj(p.identifier) ? text(p.identifier.value) : text(p.identifier);
    const url = text(p.url) && URL.canParse(text(p.url)!) ? new URL(text(p.url)!, pageUrl).href : pageUrl;
    const externalId = identifier ?? (url !== pageUrl ? url : found.length > 1 ? `${pageUrl}#${index + 1}` : pageUrl);
    const title = text(p.title) ?? text(p.name);
    if (!title) {
      read.skipped.push({ externalId, reason: "missing or invalid: title" });
      return;
    }
    const remote = list(p.jobLocationType).some((t) => String(t).toUpperCase() === "TELECOMMUTE");
    const posting: RawPosting = {
      externalId,
      title: decodeHTML(title),
      descriptionHtml: text(p.description) ?? "",
      url,
      locations: list(p.jobLocation)
        .map(placeOf)
        .filter((l): l is string => Boolean(l)),
      workplaceHint: remote ? "remote" : null,
      remote,
      regionHints: list(p.applicantLocationRequirements)
        .map(nameOf)
        .filter((r): r is string => Boolean(r)),
      employmentTypeHint: list(p.employmentType).map(String)[0] ?? null,
      pay: payOf(p),
      payText: null,
      postedAt: toDate(p.datePosted),
      validThrough: toDate(p.validThrough),
    };
    read.postings.push(posting);
  });
  return read;
}
