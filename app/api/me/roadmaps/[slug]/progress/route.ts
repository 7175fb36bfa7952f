import { db } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { getProgressByUser, getRoadmapByGuideSlug } from "@/lib/roadmap/queries";
import { setMilestoneStatus } from "@/lib/roadmap/service";
import { guideSlugSchema, setProgressSchema } from "@/lib/roadmap/validation";
import { badRequest, issuesOf, readJson } from "./respond";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ slug: string }> };
const noStore = { "cache-control": "private, no-store" };

async function guideFor(ctx: Ctx) {
  const slug = guideSlugSchema.safeParse((await ctx.params).slug);
  return slug.success ? ((await getRoadmapByGuideSlug(slug.data))?.guide ?? null) : null;
}

/** The signed-in user's own progress on a roadmap. Nobody can ask for another user's. */
export async function GET(_req: Request, ctx: Ctx) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to see your progress", issues: [] }, { status: 401 });
  const guide = await guideFor(ctx);
  if (!guide) return Response.json({ error: "No such roadmap", issues: [] }, { status: 404 });
  return Response.json({ progress: await getProgressByUser(user.id, guide.id) }, { headers: noStore });
}

/** Sets one milestone's status: body `{ milestone, status }`. */
export async function PUT(req: Request, ctx: Ctx) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to save progress to your account", issues: [] }, { status: 401 });
  const guide = await guideFor(ctx);
  if (!guide) return Response.json({ error: "No such roadmap", issues: [] }, { status: 404 });
  const body = await readJson(req);
  if (!body.ok) return body.response;
  const parsed = setProgressSchema.safeParse(body.value);
  if (!parsed.success) return badRequest(issuesOf(parsed.error));
  const result = await setMilestoneStatus(db, user.id, guide.id, parsed.data);
  if (!result.ok)
    return badRequest(
      Object.entries(result.errors).flatMap(([path, messages]) => messages.map((message) => ({ path, message }))),
    );
  return Response.json(
    { milestone: parsed.data.milestone, status: parsed.data.status, updatedAt: result.updatedAt },
    { headers: noStore },
  );
}
