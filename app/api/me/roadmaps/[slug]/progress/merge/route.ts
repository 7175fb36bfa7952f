import { db } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { readJson } from "@/lib/http/read-json";
import { errorResponse } from "@/lib/http/respond";
import { failure, issuesFromZod } from "@/lib/result";
import { getRoadmapByGuideSlug } from "@/lib/roadmap/queries";
import { mergeBrowserProgress } from "@/lib/roadmap/service";
import { guideSlugSchema, mergeProgressSchema } from "@/lib/roadmap/validation";

export const dynamic = "force-dynamic";

/**
 * Merges progress a visitor made while signed out (kept in their browser) into their
 * account: body `{ entries: [{ milestone, status, updatedAt }] }`. Answers the merged progress.
 */
export async function POST(req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const user = await getCurrentUser();
  if (!user) return errorResponse(failure("unauthenticated", "Sign in to save progress to your account"));
  const slug = guideSlugSchema.safeParse((await ctx.params).slug);
  const guide = slug.success ? (await getRoadmapByGuideSlug(slug.data))?.guide : null;
  if (!guide) return errorResponse(failure("not_found", "No such roadmap"));
  const body = await readJson(req);
  if (!body.ok) return errorResponse(body);
  const parsed = mergeProgressSchema.safeParse(body.value);
  if (!parsed.success)
    return errorResponse(failure("invalid", "Check the highlighted fields", issuesFromZod(parsed.error)));
  const result = await mergeBrowserProgress(db, user.id, guide.id, parsed.data.entries);
  return Response.json(result, { headers: { "cache-control": "private, no-store" } });
}
