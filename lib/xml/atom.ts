import { xmlEscape as escape } from "./escape";

/** What a saved search's feed shows (lib/saved-searches/service.ts `getFeedByToken`). */
export type AtomFeedInput = {
  search: { id: number; name: string; query: string; createdAt: Date };
  items: {
    slug: string;
    title: string;
    publishedAt: Date;
    location: string;
    company: { name: string };
    skills: { name: string }[];
  }[];
};

/**
 * A saved search as an Atom 1.0 document (RFC 4287), links on `origin`. Every text goes
 * through `xmlEscape`, so the document is well-formed whatever the listings hold.
 */
export function atomFeed(feed: AtomFeedInput, origin: string): string {
  const updated = (feed.items[0]?.publishedAt ?? feed.search.createdAt).toISOString();
  const entries = feed.items
    .map((j) => {
      const url = `${origin}/jobs/${j.slug}`;
      return `  <entry>
    <id>${escape(url)}</id>
    <title>${escape(`${j.title} at ${j.company.name}`)}</title>
    <link rel="alternate" type="text/html" href="${escape(url)}"/>
    <updated>${j.publishedAt.toISOString()}</updated>
    <summary>${escape(`${j.location} · ${j.skills.map((s) => s.name).join(", ")}`)}</summary>
  </entry>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escape(`${origin}/feeds/searches/${feed.search.id}`)}</id>
  <title>${escape(`Ladder: ${feed.search.name}`)}</title>
  <link rel="alternate" type="text/html" href="${escape(`${origin}/jobs?${feed.search.query}`)}"/>
  <updated>${updated}</updated>
${entries}
</feed>
`;
}
