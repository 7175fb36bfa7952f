"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { deleteDefaultCv, setDefaultCv } from "@/lib/accounts/default-cv";
import { profileSchema, updateProfile } from "@/lib/accounts/profile";
import { defineFormAction, formFields } from "@/lib/actions/define";

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

/** Uploads or replaces the default CV (`cv`), checked like the apply form's. */
export const uploadDefaultCvAction = defineFormAction({
  access: "user",
  schema: formFields,
  files: ["cv"],
  messages: { denied: "Your session ended; sign in again. Nothing was changed." },
  run: (_fields, { user, files }) => setDefaultCv(db, user.id, files.cv ?? null),
  onSuccess(value) {
    revalidatePath("/me/profile");
    return { ok: true, message: `Saved ${value.name} as your default CV.` };
  },
});

/** Deletes the default CV; applications already sent keep theirs. */
export const deleteDefaultCvAction = defineFormAction({
  access: "user",
  schema: formFields,
  messages: { denied: "Your session ended; sign in again. Nothing was changed." },
  run: (_fields, { user }) => deleteDefaultCv(db, user.id),
  onSuccess() {
    revalidatePath("/me/profile");
    return { ok: true, message: "Default CV deleted. Applications you sent keep their CV." };
  },
});
