import { db } from "@/db";
import { errorResponse } from "@/lib/http/respond";
import { publicOrigin } from "@/lib/public-origin";
import { failure } from "@/lib/result";
import { getFeedByToken } from "@/lib/saved-searches/service";

export const dynamic = "force-dynamic";

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

/** A saved search as an Atom feed, at a private URL (the token is the only credential). */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const feed = await getFeedByToken(db, (await params).token);
  if (!feed) return errorResponse(failure("not_found", "Not found"));
  // APP_URL, never the Host header: behind a proxy that is the server's own address.
  const origin = publicOrigin();
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
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escape(`${origin}/feeds/searches/${feed.search.id}`)}</id>
  <title>${escape(`Ladder: ${feed.search.name}`)}</title>
  <link rel="alternate" type="text/html" href="${escape(`${origin}/jobs?${feed.search.query}`)}"/>
  <updated>${updated}</updated>
${entries}
</feed>
`;
  return new Response(xml, {
    headers: {
      "content-type": "application/atom+xml; charset=utf-8",
      "cache-control": "private, max-age=300",
      "x-robots-tag": "noindex",
    },
  });
}
