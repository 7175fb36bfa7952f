"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/db";
import { changePassword, registerUser } from "@/lib/accounts/service";
import { requestPasswordReset, resetPassword, sendVerificationEmail } from "@/lib/accounts/tokens";
import {
  changePasswordSchema,
  forgotPasswordSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
} from "@/lib/accounts/validation";
import { defineAction, defineFormAction } from "@/lib/actions/define";
import { clientAddressKey, signIn, signOut } from "@/lib/auth/auth";
import { safeReturnPath } from "@/lib/auth/session";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { ok } from "@/lib/result";

// Where to go after signing in; checked again by safeReturnPath (same-site paths only).
const returnTo = { callbackUrl: z.string().optional() };

export const signInAction = defineFormAction({
  access: "public",
  schema: signInSchema.extend(returnTo),
  messages: { invalid: "Check the highlighted fields." },
  run: (input) => signInWithPassword(input),
  onSuccess: (_v, input) => redirect(safeReturnPath(input.callbackUrl, "/me")),
});

export const signUpAction = defineFormAction({
  access: "public",
  schema: signUpSchema.safeExtend(returnTo),
  messages: { invalid: "Check the highlighted fields." },
  run: (input) => registerUser(db, input),
  onSuccess(_v, input) {
    // A new and an existing email see the same next step.
    const next = new URLSearchParams({ registered: "1", email: input.email });
    const back = safeReturnPath(input.callbackUrl, "");
    if (back) next.set("callbackUrl", back);
    redirect(`/sign-in?${next}`);
  },
});

/**
 * Ends this session and any copy of its cookie, then home: Auth.js's signOut event moves the
 * token version on (lib/auth/auth.ts), as for its own POST /api/auth/signout.
 */
export const signOutAction = defineAction({
  access: "public",
  schema: z.object({}),
  run: async () => ok(),
  async onSuccess() {
    await signOut({ redirectTo: "/" });
  },
});

export const changePasswordAction = defineFormAction({
  access: "user",
  schema: changePasswordSchema,
  messages: { invalid: "Check the highlighted fields. Nothing was changed." },
  run: (input, { user }) => changePassword(db, user.id, { ...input, ip: clientAddressKey() }),
  async onSuccess() {
    await signOut({ redirect: false });
    redirect("/sign-in?changed=1&callbackUrl=/me");
  },
});

/** "Continue with GitHub/Google": only providers that exist; the provider sends the visitor back. */
export const oauthSignInAction = defineAction({
  access: "public",
  schema: z.object({ provider: z.enum(["github", "google"]), ...returnTo }),
  run: async () => ok(),
  async onSuccess(_v, input) {
    await signIn(input.provider, { redirectTo: safeReturnPath(input.callbackUrl, "/me") });
  },
});

/** "Forgot password": the same answer whether or not the email has an account. */
export const forgotPasswordAction = defineFormAction({
  access: "public",
  schema: forgotPasswordSchema,
  messages: { invalid: "Check the highlighted field." },
  run: (input) => requestPasswordReset(db, { email: input.email, ip: clientAddressKey() }),
  onSuccess: (_v, input) => ({
    ok: true,
    message: `If ${input.email} has a Ladder account, a link to choose a new password is on its way. It works for 30 minutes.`,
  }),
});

/** A new password from a reset link; every session ends, then sign in with it. */
export const resetPasswordAction = defineFormAction({
  access: "public",
  schema: resetPasswordSchema,
  messages: { invalid: "Check the highlighted field. Nothing was changed." },
  run: (input) => resetPassword(db, input),
  onSuccess: () => redirect("/sign-in?reset=1"),
});

/** The banner's "Send the link again" (rate-limited). */
export const resendVerificationAction = defineFormAction({
  access: "user",
  schema: z.object({}),
  run: (_input, { user }) => sendVerificationEmail(db, user.id, clientAddressKey()),
  onSuccess: () => ({ ok: true, message: "Sent. Open the link in the mail to confirm your address." }),
});
