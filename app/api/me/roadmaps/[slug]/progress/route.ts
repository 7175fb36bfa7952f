import { db } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { readJson } from "@/lib/http/read-json";
import { errorResponse } from "@/lib/http/respond";
import { failure, issuesFromZod } from "@/lib/result";
import { getProgressByUser, getRoadmapByGuideSlug } from "@/lib/roadmap/queries";
import { setMilestoneStatus } from "@/lib/roadmap/service";
import { guideSlugSchema, setProgressSchema } from "@/lib/roadmap/validation";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ slug: string }> };
const noStore = { "cache-control": "private, no-store" };
const NO_ROADMAP = failure("not_found", "No such roadmap");

async function guideFor(ctx: Ctx) {
  const slug = guideSlugSchema.safeParse((await ctx.params).slug);
  return slug.success ? ((await getRoadmapByGuideSlug(slug.data))?.guide ?? null) : null;
}

/** The signed-in user's own progress on a roadmap. Nobody can ask for another user's. */
export async function GET(_req: Request, ctx: Ctx) {
  const user = await getCurrentUser();
  if (!user) return errorResponse(failure("unauthenticated", "Sign in to see your progress"));
  const guide = await guideFor(ctx);
  if (!guide) return errorResponse(NO_ROADMAP);
  return Response.json({ progress: await getProgressByUser(user.id, guide.id) }, { headers: noStore });
}

/** Sets one milestone's status: body `{ milestone, status }`. */
export async function PUT(req: Request, ctx: Ctx) {
  const user = await getCurrentUser();
  if (!user) return errorResponse(failure("unauthenticated", "Sign in to save progress to your account"));
  const guide = await guideFor(ctx);
  if (!guide) return errorResponse(NO_ROADMAP);
  const body = await readJson(req);
  if (!body.ok) return errorResponse(body);
  const parsed = setProgressSchema.safeParse(body.value);
  if (!parsed.success)
    return errorResponse(failure("invalid", "Check the highlighted fields", issuesFromZod(parsed.error)));
  const result = await setMilestoneStatus(db, user.id, guide.id, parsed.data);
  if (!result.ok) return errorResponse(result);
  return Response.json(
    { milestone: parsed.data.milestone, status: parsed.data.status, updatedAt: result.value.updatedAt },
    { headers: noStore },
  );
}
