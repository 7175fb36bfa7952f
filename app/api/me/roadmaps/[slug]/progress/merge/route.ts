import { db } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { getRoadmapByGuideSlug } from "@/lib/roadmap/queries";
import { mergeBrowserProgress } from "@/lib/roadmap/service";
import { guideSlugSchema, mergeProgressSchema } from "@/lib/roadmap/validation";
import { badRequest, issuesOf, readJson } from "../respond";

export const dynamic = "force-dynamic";

/**
 * Merges progress a visitor made while signed out (kept in their browser) into their
 * account: body `{ entries: [{ milestone, status, updatedAt }] }`. Answers the merged progress.
 */
export async function POST(req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to save progress to your account", issues: [] }, { status: 401 });
  const slug = guideSlugSchema.safeParse((await ctx.params).slug);
  const guide = slug.success ? (await getRoadmapByGuideSlug(slug.data))?.guide : null;
  if (!guide) return Response.json({ error: "No such roadmap", issues: [] }, { status: 404 });
  const body = await readJson(req);
  if (!body.ok) return body.response;
  const parsed = mergeProgressSchema.safeParse(body.value);
  if (!parsed.success) return badRequest(issuesOf(parsed.error));
  const result = await mergeBrowserProgress(db, user.id, guide.id, parsed.data.entries);
  return Response.json(result, { headers: { "cache-control": "private, no-store" } });
}
