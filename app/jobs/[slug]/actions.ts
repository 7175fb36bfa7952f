"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { defineFormAction } from "@/lib/actions/define";
import { reportListing } from "@/lib/moderation/service";
import { reportSchema } from "@/lib/moderation/validation";

/** "Report this listing": one report per user and listing; an open one is updated. */
export const reportListingAction = defineFormAction({
  access: "user",
  schema: reportSchema,
  messages: {
    denied: "Sign in to report a listing. Nothing was sent.",
    invalid: "Check the highlighted fields. Nothing was sent.",
  },
  run: (input, { user }) => reportListing(db, user.id, input),
  onSuccess({ status }, input) {
    revalidatePath("/admin");
    return {
      ok: true,
      message:
        status === "created"
          ? "Thanks. Our team will review this listing."
          : "Your report was updated. Our team will review this listing.",
      values: { reason: input.reason, note: input.note },
    };
  },
});
