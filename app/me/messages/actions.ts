"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { defineFormAction, formFields } from "@/lib/actions/define";
import { replyToCandidateMessage } from "@/lib/candidates/service";

/** The candidate's reply to a recruiter's message (lib/candidates checks it is theirs). */
export const replyToMessageAction = defineFormAction({
  access: "user",
  schema: formFields,
  messages: { denied: "Your session ended: sign in again. Nothing was sent." },
  run: (fields, { user }) => replyToCandidateMessage(db, user.id, fields),
  onSuccess() {
    revalidatePath("/me/messages");
    return { ok: true, message: "Reply sent, with your email address." };
  },
});
