"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { defineFormAction, formFields } from "@/lib/actions/define";
import { sendCandidateMessage } from "@/lib/candidates/service";

/*
 * The recruiter's message to a candidate found in the candidate search. lib/candidates
 * reads the role, company membership and confirmed address from the database inside its
 * transaction; refusal tests in tests/integration/candidates.test.ts.
 */
export const sendCandidateMessageAction = defineFormAction({
  access: "user",
  schema: formFields,
  messages: { denied: "Your session ended: sign in again. Nothing was sent." },
  run: (fields, { user }) => sendCandidateMessage(db, user.id, fields),
  onSuccess() {
    revalidatePath("/recruiter/candidates");
    return { ok: true, message: "Sent. They get it by mail and on Ladder; you will see their address if they reply." };
  },
});
