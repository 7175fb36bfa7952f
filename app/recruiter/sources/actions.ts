"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { defineFormAction, formFields } from "@/lib/actions/define";
import { addImportSource, setImportSourceEnabled, syncImportSourceNow } from "@/lib/import/service";
import { revalidateListings } from "@/lib/jobs/revalidate";

/*
 * Import sources on /recruiter (a company's recruiters) and /admin (any company). Each
 * action hands its form to lib/import/service.ts, which reads the user's role and
 * membership from the database and validates the fields.
 */

function refresh() {
  revalidatePath("/recruiter");
  revalidatePath("/admin");
}

export const addSourceAction = defineFormAction({
  access: "user",
  schema: formFields,
  run: (fields, { user }) => addImportSource(db, user.id, fields),
  onSuccess(value) {
    refresh();
    return {
      ok: true,
      message: value.created ? "Source added. Press “Sync now” to import its roles." : "That source was already added.",
    };
  },
});

export const toggleSourceAction = defineFormAction({
  access: "user",
  schema: formFields,
  run: (fields, { user }) => setImportSourceEnabled(db, user.id, fields),
  onSuccess() {
    refresh();
    return { ok: true, message: "Saved." };
  },
});

export const syncSourceAction = defineFormAction({
  access: "user",
  schema: formFields,
  run: async (fields, { user }) => {
    const result = await syncImportSourceNow(db, user.id, fields);
    // A failed sync is recorded on the source: the list shows it.
    if (!result.ok) refresh();
    return result;
  },
  onSuccess(r) {
    if (r.listingsChanged) revalidateListings();
    refresh();
    return {
      ok: true,
      message: `Synced: ${r.new} new, ${r.updated} updated, ${r.closed} closed, ${r.unchanged} unchanged, ${r.skipped} skipped.`,
    };
  },
});
