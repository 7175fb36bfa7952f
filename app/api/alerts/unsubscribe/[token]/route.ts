import { db } from "@/db";
import { unsubscribe } from "@/lib/alerts/unsubscribe";
import { errorResponse } from "@/lib/http/respond";
import { failure } from "@/lib/result";

export const dynamic = "force-dynamic";

/**
 * RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` here
 * (the List-Unsubscribe header of every alert). No session: the signed token is the
 * credential. 404 for a bad token (nothing changes).
 */
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const done = await unsubscribe(db, (await params).token);
  if (!done) return errorResponse(failure("not_found", "This unsubscribe link is not valid."));
  return Response.json({ unsubscribed: true, search: done.name });
}
