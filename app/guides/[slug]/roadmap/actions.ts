"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db";
import { defineFormAction } from "@/lib/actions/define";
import { shareRoadmap } from "@/lib/roadmap/service";
import { guideSlugSchema } from "@/lib/roadmap/validation";
import { flag } from "@/lib/validation/fields";

/** Turns the public link to the signed-in user's own progress on or off. */
export const setRoadmapShareAction = defineFormAction({
  access: "user",
  schema: z.object({ guide: guideSlugSchema, shared: flag("Choose on or off") }),
  messages: { invalid: "Nothing was changed." },
  run: (input, { user }) => shareRoadmap(db, user.id, input),
  onSuccess(_value, { guide, shared }) {
    revalidatePath(`/guides/${guide}/roadmap`);
    return { ok: true, message: shared ? "Public link created." : "Public link turned off." };
  },
});
