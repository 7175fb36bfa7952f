"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { profileSchema, updateProfile } from "@/lib/accounts/profile";
import { defineFormAction } from "@/lib/actions/define";

export const updateProfileAction = defineFormAction({
  access: "user",
  schema: profileSchema,
  lists: ["skills"],
  messages: {
    denied: "Your session ended; sign in again. Nothing was changed.",
    invalid: "Check the highlighted fields. Nothing was changed.",
  },
  run: (input, { user }) => updateProfile(db, user.id, input),
  onSuccess() {
    revalidatePath("/me/profile");
    return { ok: true, message: "Profile saved." };
  },
});
