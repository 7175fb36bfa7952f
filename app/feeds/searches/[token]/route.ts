import { db } from "@/db";
import { errorResponse } from "@/lib/http/respond";
import { failure } from "@/lib/result";
import { getFeedByToken } from "@/lib/saved-searches/service";
import { atomFeed } from "@/lib/xml/atom";

export const dynamic = "force-dynamic";

/** A saved search as an Atom feed, at a private URL (the token is the only credential). */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const feed = await getFeedByToken(db, (await params).token);
  if (!feed) return errorResponse(failure("not_found", "Not found"));
  return new Response(atomFeed(feed, new URL(request.url).origin), {
    headers: {
      "content-type": "application/atom+xml; charset=utf-8",
      "cache-control": "private, max-age=300",
      "x-robots-tag": "noindex",
    },
  });
}
