import { z } from "zod";
import type { ImportSourceKind } from "@/db/schema";
import { env } from "@/env";
import { fetchText, privateHost, type FetchOptions } from "../fetch";
import type { SourceRead } from "../types";
import { ashbyPath, parseAshby } from "./ashby";
import { greenhousePath, parseGreenhouse } from "./greenhouse";
import { parseJsonLdPage } from "./jsonld";
import { leverPath, parseLever } from "./lever";

/** Board tokens, Lever sites and Ashby board names: letters, digits, dots, dashes, underscores. */
const boardName = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, "Use the board's name as it appears in its address, like acme");

/** At most this many careers-page URLs in one JSON-LD source. */
export const MAX_PAGES = 20;

const pageUrls = z
  .string()
  .trim()
  .min(1, "Give the careers page's address")
  .transform((v, ctx) => {
    const urls = [...new Set(v.split(/\s+/).filter(Boolean))];
    if (urls.length > MAX_PAGES) ctx.addIssue({ code: "custom", message: `Give at most ${MAX_PAGES} pages` });
    for (const u of urls) {
      if (!URL.canParse(u) || !/^https?:$/.test(new URL(u).protocol)) {
        ctx.addIssue({ code: "custom", message: `${u.slice(0, 80)} is not a web address starting with https://` });
      } else if (!env().IMPORT_ALLOW_PRIVATE_URLS && privateHost(new URL(u))) {
        // The same refusal the sync makes before fetching, told when the page is added.
        ctx.addIssue({ code: "custom", message: `${new URL(u).host} is not a public address` });
      }
    }
    return urls.map((u) => (URL.canParse(u) ? new URL(u).href : u)).join(" ");
  });

/** What a source's locator must look like, per kind (the form and the CLI both use it). */
export const LOCATOR_SCHEMAS: Record<ImportSourceKind, z.ZodType<string, string>> = {
  greenhouse: boardName,
  lever: boardName,
  ashby: boardName,
  jsonld: pageUrls,
};

/** The URL a source is read from (the API's base URL from the environment). */
export function sourceUrls(kind: ImportSourceKind, locator: string): string[] {
  const e = env();
  const base = (u: string) => u.replace(/\/+$/, "");
  switch (kind) {
    case "greenhouse":
      return [base(e.GREENHOUSE_API_URL) + greenhousePath(locator)];
    case "lever":
      return [base(e.LEVER_API_URL) + leverPath(locator)];
    case "ashby":
      return [base(e.ASHBY_API_URL) + ashbyPath(locator)];
    case "jsonld":
      return locator.split(/\s+/).filter(Boolean);
  }
}

/**
 * Every posting a source lists now. Throws a SourceError when any of its answers cannot be
 * used (unreachable, timed out, not 2xx, not the documented shape): then nothing is known.
 */
export async function readSource(
  kind: ImportSourceKind,
  locator: string,
  options: FetchOptions = {},
): Promise<SourceRead> {
  const urls = sourceUrls(kind, locator);
  if (kind !== "jsonld") {
    const body = await fetchText(urls[0]!, options);
    return kind === "greenhouse" ? parseGreenhouse(body) : kind === "lever" ? parseLever(body) : parseAshby(body);
  }
  const read: SourceRead = { postings: [], skipped: [] };
  const publicOnly = !env().IMPORT_ALLOW_PRIVATE_URLS;
  for (const url of urls) {
    const page = parseJsonLdPage(await fetchText(url, { ...options, publicOnly }), url);
    read.postings.push(...page.postings);
    read.skipped.push(...page.skipped);
  }
  return read;
}
