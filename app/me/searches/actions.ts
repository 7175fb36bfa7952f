"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { createSavedSearch, deleteSavedSearch, resetFeedToken } from "@/lib/saved-searches/service";

export type SaveSearchState = { errors?: Record<string, string[] | undefined>; message?: string; savedId?: number };

const saveSchema = z.object({
  name: z.string().trim().min(1, "Give the search a name").max(80, "Use at most 80 characters"),
  query: z.string().max(4000, "This search is too long to save"),
});

export async function saveSearchAction(_prev: SaveSearchState, form: FormData): Promise<SaveSearchState> {
  const user = await getCurrentUser();
  if (!user) return { message: "Sign in to save searches." };
  const parsed = saveSchema.safeParse({ name: form.get("name") ?? "", query: form.get("query") ?? "" });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors };
  const row = await createSavedSearch(db, user.id, parsed.data);
  if (!row) return { errors: { query: ["This search has an invalid filter; fix it before saving"] } };
  revalidatePath("/me/searches");
  return { message: "Search saved.", savedId: row.id };
}

const idSchema = z.coerce.number().int().positive();

/** Signed in, a valid id, then `run` (which itself only touches the user's own rows). */
async function onOwnSearch(form: FormData, run: (userId: string, id: number) => Promise<unknown>): Promise<void> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?callbackUrl=/me/searches");
  const id = idSchema.safeParse(form.get("id"));
  if (id.success) await run(user.id, id.data);
  revalidatePath("/me/searches");
}

export async function resetFeedAction(form: FormData): Promise<void> {
  await onOwnSearch(form, (userId, id) => resetFeedToken(db, userId, id));
}

export async function deleteSearchAction(form: FormData): Promise<void> {
  await onOwnSearch(form, (userId, id) => deleteSavedSearch(db, userId, id));
}
