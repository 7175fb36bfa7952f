"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { revalidateListings } from "@/lib/jobs/revalidate";
import {
  dismissReports,
  restoreListing,
  setCompanyVerified,
  unpublishListing,
  type AdminResult,
} from "@/lib/moderation/service";
import { listingIdSchema, unpublishSchema, verifySchema } from "@/lib/moderation/validation";

export type AdminActionState = { errors?: Record<string, string[] | undefined>; message?: string; ok?: boolean };

const REFUSED: AdminActionState = { message: "Only admins can do that. Nothing was changed." };

const fields = (form: FormData) => Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"));

/**
 * The one shape of every admin action: a signed-in admin (checked here from the session,
 * and again by the service from the database), valid input, then the service call.
 */
async function asAdmin<S extends z.ZodType>(
  form: FormData,
  schema: S,
  run: (actorId: string, input: z.output<S>) => Promise<AdminResult>,
  done: string,
): Promise<AdminActionState> {
  const user = await getCurrentUser();
  if (!user || user.role !== "admin") return REFUSED;
  const parsed = schema.safeParse(fields(form));
  if (!parsed.success)
    return {
      errors: z.flattenError(parsed.error).fieldErrors as AdminActionState["errors"],
      message: "Check the highlighted field.",
    };
  const result = await run(user.id, parsed.data);
  if (!result.ok) return result.error === "forbidden" ? REFUSED : { message: "That no longer exists." };
  revalidatePath("/admin");
  return { ok: true, message: result.changed ? done : "Already done." };
}

export async function unpublishListingAction(_prev: AdminActionState, form: FormData): Promise<AdminActionState> {
  const state = await asAdmin(
    form,
    unpublishSchema,
    (actor, input) => unpublishListing(db, actor, input),
    "Listing removed from Ladder.",
  );
  // Out of search, home counts and guide figures at once.
  if (state.ok) revalidateListings();
  return state;
}

export async function restoreListingAction(_prev: AdminActionState, form: FormData): Promise<AdminActionState> {
  return asAdmin(
    form,
    listingIdSchema,
    (actor, input) => restoreListing(db, actor, input),
    "Removal lifted; the listing stays closed until its recruiter republishes it.",
  );
}

export async function dismissReportsAction(_prev: AdminActionState, form: FormData): Promise<AdminActionState> {
  return asAdmin(form, listingIdSchema, (actor, input) => dismissReports(db, actor, input), "Reports dismissed.");
}

export async function setCompanyVerifiedAction(_prev: AdminActionState, form: FormData): Promise<AdminActionState> {
  const state = await asAdmin(
    form,
    verifySchema,
    (actor, input) => setCompanyVerified(db, actor, input),
    "Company updated.",
  );
  // The badge shows on cards and cached guide pages.
  if (state.ok) revalidateListings();
  return state;
}
