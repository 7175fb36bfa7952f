"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { getRoadmapByGuideSlug } from "@/lib/roadmap/queries";
import { setRoadmapShared } from "@/lib/roadmap/service";
import { guideSlugSchema } from "@/lib/roadmap/validation";

export type ShareState = { errors?: Record<string, string[] | undefined>; message?: string };

const shareSchema = z.object({
  guide: guideSlugSchema,
  shared: z.enum(["on", "off"], { error: "Choose on or off" }),
});

/** Turns the public link to the signed-in user's own progress on or off. */
export async function setRoadmapShareAction(_prev: ShareState, form: FormData): Promise<ShareState> {
  const parsed = shareSchema.safeParse({ guide: form.get("guide"), shared: form.get("shared") });
  const user = await getCurrentUser();
  if (!user)
    redirect(
      parsed.success
        ? `/sign-in?callbackUrl=${encodeURIComponent(`/guides/${parsed.data.guide}/roadmap`)}`
        : "/sign-in",
    );
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "Nothing was changed." };
  const roadmap = await getRoadmapByGuideSlug(parsed.data.guide, db);
  if (!roadmap) return { errors: { guide: ["No such roadmap"] }, message: "Nothing was changed." };
  await setRoadmapShared(db, user.id, roadmap.guide.id, parsed.data.shared === "on");
  revalidatePath(`/guides/${parsed.data.guide}/roadmap`);
  return { message: parsed.data.shared === "on" ? "Public link created." : "Public link turned off." };
}
