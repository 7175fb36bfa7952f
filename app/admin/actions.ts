"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { defineFormAction } from "@/lib/actions/define";
import { revalidateListings } from "@/lib/jobs/revalidate";
import { dismissReports, restoreListing, setCompanyVerified, unpublishListing } from "@/lib/moderation/service";
import { listingIdSchema, unpublishSchema, verifySchema } from "@/lib/moderation/validation";

/*
 * Admin actions: a session whose role is admin, valid input, then the service, which reads
 * the role again from the database (a session's role may be stale) and writes.
 */

const said = (changed: boolean, done: string) => ({ ok: true, message: changed ? done : "Already done." });
const messages = { invalid: "Check the highlighted field." };

export const unpublishListingAction = defineFormAction({
  access: "admin",
  schema: unpublishSchema,
  messages,
  run: (input, { user }) => unpublishListing(db, user.id, input),
  onSuccess({ changed }) {
    // Out of search, home counts and guide figures at once.
    revalidateListings();
    revalidatePath("/admin");
    return said(changed, "Listing removed from Ladder.");
  },
});

export const restoreListingAction = defineFormAction({
  access: "admin",
  schema: listingIdSchema,
  messages,
  run: (input, { user }) => restoreListing(db, user.id, input),
  onSuccess({ changed }) {
    // The listing's cached page stops saying "removed" (lib/jobs/cached.ts).
    revalidateListings();
    revalidatePath("/admin");
    return said(changed, "Removal lifted; the listing stays closed until its recruiter republishes it.");
  },
});

export const dismissReportsAction = defineFormAction({
  access: "admin",
  schema: listingIdSchema,
  messages,
  run: (input, { user }) => dismissReports(db, user.id, input),
  onSuccess({ changed }) {
    revalidatePath("/admin");
    return said(changed, "Reports dismissed.");
  },
});

export const setCompanyVerifiedAction = defineFormAction({
  access: "admin",
  schema: verifySchema,
  messages,
  run: (input, { user }) => setCompanyVerified(db, user.id, input),
  onSuccess({ changed }) {
    // The badge shows on cards and cached guide pages.
    revalidateListings();
    revalidatePath("/admin");
    return said(changed, "Company updated.");
  },
});
