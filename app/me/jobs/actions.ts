"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db";
import { defineAction, defineFormAction } from "@/lib/actions/define";
import { setJobSaved, updateSavedJob } from "@/lib/saved/service";
import { trackerUpdateSchema } from "@/lib/saved/validation";
import { dbId, flag } from "@/lib/validation/fields";

/**
 * Save (`saved: true`) or unsave a role for the signed-in user: `{ jobId, saved }`, where
 * `saved` is a real yes/no (`"false"` unsaves). Idempotent both ways; answers the state stored.
 * Revalidates nothing: /me/jobs renders per request, and the button settles from this answer,
 * whereas a revalidation would send a new render of the page the click came from.
 */
export const setSavedAction = defineAction({
  access: "user",
  schema: z.object({ jobId: dbId("Unknown role"), saved: flag() }),
  run: ({ jobId, saved }, { user }) => setJobSaved(db, user.id, jobId, saved),
});

/** One tracker entry's stage, dates, next step and notes. */
export const updateTrackerAction = defineFormAction({
  access: "user",
  schema: trackerUpdateSchema,
  messages: { denied: "Your session ended; sign in again to keep editing." },
  run: (input, { user }) => updateSavedJob(db, user.id, input),
  onSuccess() {
    revalidatePath("/me/jobs");
    return { ok: true, message: "Saved." };
  },
});
