import { db } from "@/db";
import { listingsAtom } from "@/lib/feeds/atom";
import { errorResponse } from "@/lib/http/respond";
import { failure } from "@/lib/result";
import { getFeedByToken } from "@/lib/saved-searches/service";

export const dynamic = "force-dynamic";

/** A saved search as an Atom feed, at a private URL (the token is the only credential). */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const feed = await getFeedByToken(db, (await params).token);
  if (!feed) return errorResponse(failure("not_found", "Not found"));
  const xml = listingsAtom(
    {
      selfPath: `/feeds/searches/${feed.search.feedToken}`,
      idPath: `/feeds/searches/${feed.search.id}`,
      title: `Ladder: ${feed.search.name}`,
      alternatePath: `/jobs?${feed.search.query}`,
      fallbackUpdated: feed.search.createdAt,
    },
    feed.items,
  );
  return new Response(xml, {
    headers: {
      "content-type": "application/atom+xml; charset=utf-8",
      "cache-control": "private, max-age=300",
      "x-robots-tag": "noindex",
    },
  });
}
