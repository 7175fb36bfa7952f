"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { saveJob, unsaveJob, updateSavedJob } from "@/lib/saved/service";
import { jobIdSchema, trackerUpdateSchema } from "@/lib/saved/validation";

export type SaveResult = { saved: boolean; error?: "signin" | "invalid" };

/** Save or unsave a role for the signed-in user. Idempotent both ways. */
export async function setSavedAction(jobId: unknown, save: boolean): Promise<SaveResult> {
  const user = await getCurrentUser();
  if (!user) return { saved: false, error: "signin" };
  const id = jobIdSchema.safeParse(jobId);
  if (!id.success) return { saved: false, error: "invalid" };
  if (save) {
    const result = await saveJob(db, user.id, id.data);
    if (!result.saved) return { saved: false, error: "invalid" };
  } else {
    await unsaveJob(db, user.id, id.data);
  }
  revalidatePath("/me/jobs");
  return { saved: save };
}

export type TrackerState = {
  errors?: Record<string, string[] | undefined>;
  message?: string;
  values?: Record<string, string>;
};

export async function updateTrackerAction(_prev: TrackerState, form: FormData): Promise<TrackerState> {
  const user = await getCurrentUser();
  if (!user) return { message: "Your session ended; sign in again to keep editing." };
  const raw = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"));
  const parsed = trackerUpdateSchema.safeParse(raw);
  // On error the form keeps what was typed (as strings), not what is stored.
  if (!parsed.success)
    return { errors: z.flattenError(parsed.error).fieldErrors, values: raw as Record<string, string> };
  const ok = await updateSavedJob(db, user.id, parsed.data);
  if (!ok) return { message: "That role is not in your tracker." };
  revalidatePath("/me/jobs");
  return { message: "Saved." };
}
