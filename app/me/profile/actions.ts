"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db";
import { profileSchema, updateProfile } from "@/lib/accounts/profile";
import { getCurrentUser } from "@/lib/auth/session";

export type ProfileValues = {
  name: string;
  headline: string;
  location: string;
  yearsExperience: string;
  targetGuide: string;
  targetLevel: string;
  visibility: string;
  skills: string[];
};
export type ProfileState = { errors?: Record<string, string[] | undefined>; message?: string; values?: ProfileValues };

export async function updateProfileAction(_prev: ProfileState, form: FormData): Promise<ProfileState> {
  const user = await getCurrentUser();
  if (!user) return { message: "Your session ended; sign in again. Nothing was changed." };
  const text = (k: string) => (typeof form.get(k) === "string" ? (form.get(k) as string) : "");
  const values: ProfileValues = {
    name: text("name"),
    headline: text("headline"),
    location: text("location"),
    yearsExperience: text("yearsExperience"),
    targetGuide: text("targetGuide"),
    targetLevel: text("targetLevel"),
    visibility: text("visibility"),
    skills: form.getAll("skills").filter((v): v is string => typeof v === "string"),
  };
  const failed = "Check the highlighted fields. Nothing was changed.";
  const parsed = profileSchema.safeParse(values);
  // On error the form shows what was typed, not what was stored.
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: failed, values };
  const result = await updateProfile(db, user.id, parsed.data);
  if (!result.ok) return { errors: result.errors, message: failed, values };
  revalidatePath("/me/profile");
  return { message: "Profile saved." };
}
