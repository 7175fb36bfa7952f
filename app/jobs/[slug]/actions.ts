"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { reportListing } from "@/lib/moderation/service";
import { reportSchema } from "@/lib/moderation/validation";

export type ReportState = {
  errors?: Record<string, string[] | undefined>;
  message?: string;
  ok?: boolean;
  values?: { reason: string; note: string };
};

/** "Report this listing": one report per user and listing; an open one is updated. */
export async function reportListingAction(_prev: ReportState, form: FormData): Promise<ReportState> {
  const text = (k: string) => (typeof form.get(k) === "string" ? (form.get(k) as string) : "");
  const values = { reason: text("reason"), note: text("note") };
  const user = await getCurrentUser();
  if (!user) return { message: "Sign in to report a listing. Nothing was sent.", values };
  const parsed = reportSchema.safeParse({ jobId: text("jobId"), ...values });
  // On error the form keeps what was typed.
  if (!parsed.success)
    return {
      errors: z.flattenError(parsed.error).fieldErrors,
      message: "Check the highlighted fields. Nothing was sent.",
      values,
    };
  const result = await reportListing(db, user.id, parsed.data);
  if (!result.ok) {
    return result.error === "reviewed"
      ? { message: "You already reported this listing and our team has reviewed it, so it cannot be reported again." }
      : { message: "This listing can no longer be reported." };
  }
  revalidatePath("/admin");
  return {
    ok: true,
    message:
      result.status === "created"
        ? "Thanks. Our team will review this listing."
        : "Your report was updated. Our team will review this listing.",
    values: { reason: parsed.data.reason, note: parsed.data.note },
  };
}
