"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db";
import { defineAction, defineFormAction } from "@/lib/actions/define";
import { ALERT_FREQUENCIES } from "@/lib/enums";
import { createSavedSearch, deleteSavedSearch, resetFeedToken, setAlertFrequency } from "@/lib/saved-searches/service";
import { dbId, line } from "@/lib/validation/fields";

const saveSchema = z.object({
  name: line({ min: 1, max: 80, required: "Give the search a name" }),
  query: line({ max: 4000, tooLong: "This search is too long to save" }),
});

/** "Save this search". The same search saved twice stays one saved search. */
export const saveSearchAction = defineFormAction({
  access: "user",
  schema: saveSchema,
  messages: { denied: "Sign in to save searches." },
  run: (input, { user }) => createSavedSearch(db, user.id, input),
  onSuccess({ search, created }) {
    revalidatePath("/me/searches");
    return {
      ok: true,
      message: created ? "Search saved." : "You had already saved this search.",
      data: { savedId: search.id },
    };
  },
});

const ownSearch = z.object({ id: dbId("Unknown saved search") });
const refresh = () => revalidatePath("/me/searches");

/** A new private feed address for one of the user's saved searches (the old one stops working). */
export const resetFeedAction = defineAction({
  access: "user",
  schema: ownSearch,
  run: ({ id }, { user }) => resetFeedToken(db, user.id, id),
  onSuccess: refresh,
});

export const deleteSearchAction = defineAction({
  access: "user",
  schema: ownSearch,
  run: ({ id }, { user }) => deleteSavedSearch(db, user.id, id),
  onSuccess: refresh,
});

/** Alerts by mail for one saved search: off, daily or weekly. */
export const setAlertsAction = defineAction({
  access: "user",
  schema: ownSearch.extend({ frequency: z.enum(ALERT_FREQUENCIES, { error: "Choose off, daily or weekly" }) }),
  run: ({ id, frequency }, { user }) => setAlertFrequency(db, user.id, id, frequency),
  onSuccess: refresh,
});
