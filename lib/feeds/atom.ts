import type { JobCard } from "@/lib/jobs/queries";
import { formatPay } from "@/lib/format";
import { publicOrigin } from "@/lib/public-origin";

/*
 * Atom feeds (RFC 4287) of listings: the saved searches' private feeds and the public
 * /jobs/feed.xml. Every URL is on the public origin (lib/public-origin.ts), never the
 * request's Host.
 */

// Characters XML 1.0 does not allow anywhere, even escaped (its `Char` production): C0
// controls other than tab, newline and carriage return; lone surrogates; U+FFFE, U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for an XML element or attribute: forbidden characters dropped, markup characters escaped. */
export function xmlText(s: string): string {
  return s
    .replace(NOT_XML, "")
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

type FeedHead = {
  /** The feed's self link path ("/jobs/feed.xml?..."), and its id unless idPath is given. */
  selfPath: string;
  /** A stable id when the self link can change (a saved search's feed token can be reset). */
  idPath?: string;
  title: string;
  /** The HTML page the feed mirrors ("/jobs?..."). */
  alternatePath: string;
  /** When nothing is listed: the feed's updated time. */
  fallbackUpdated: Date;
};

/**
 * An Atom document of listings, newest first as given: one entry per listing (id and link
 * its absolute page URL, title "Role at Company", updated its publication time, summary
 * its pay, place and skills). The feed's updated time is its newest entry's. `origin`
 * (tests) replaces the configured public origin.
 */
export function listingsAtom(head: FeedHead, items: JobCard[], origin = publicOrigin()): string {
  const absoluteUrl = (path: string) => `${origin}${path}`;
  const updated = (items[0]?.publishedAt ?? head.fallbackUpdated).toISOString();
  const entries = items.map((j) => {
    const url = xmlText(absoluteUrl(`/jobs/${j.slug}`));
    const pay = formatPay(j.salaryMin, j.salaryMax, j.salaryCurrency, j.salaryPeriod);
    const summary = [pay, j.location, j.skills.map((s) => s.name).join(", ")].filter(Boolean).join(" · ");
    return `  <entry>
    <id>${url}</id>
    <title>${xmlText(`${j.title} at ${j.company.name}`)}</title>
    <link rel="alternate" type="text/html" href="${url}"/>
    <updated>${j.publishedAt.toISOString()}</updated>
    <author><name>${xmlText(j.company.name)}</name></author>
    <summary>${xmlText(summary)}</summary>
  </entry>`;
  });
  const self = xmlText(absoluteUrl(head.selfPath));
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${head.idPath ? xmlText(absoluteUrl(head.idPath)) : self}</id>
  <title>${xmlText(head.title)}</title>
  <link rel="self" type="application/atom+xml" href="${self}"/>
  <link rel="alternate" type="text/html" href="${xmlText(absoluteUrl(head.alternatePath))}"/>
  <updated>${updated}</updated>
${entries.join("\n")}
</feed>
`;
}
