"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/db";
import { unsubscribe } from "@/lib/alerts/unsubscribe";
import { defineAction } from "@/lib/actions/define";
import { failure, ok } from "@/lib/result";

/** The page's button: turns the alert off (the signed token is the credential; no sign-in). */
export const unsubscribeAction = defineAction({
  access: "public",
  schema: z.object({ token: z.string().max(200) }),
  run: async ({ token }) => {
    const done = await unsubscribe(db, token);
    return done ? ok(done) : failure("not_found", "This unsubscribe link is not valid.");
  },
  onSuccess: (_v, { token }) => redirect(`/alerts/unsubscribe/${encodeURIComponent(token)}?done=1`),
});
