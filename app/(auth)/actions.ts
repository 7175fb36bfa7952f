"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/db";
import { changePassword } from "@/lib/accounts/service";
import { changeEmail, deleteAccount, switchAccountRole } from "@/lib/accounts/settings";
import { requestPasswordReset, resetPassword, sendVerificationEmail } from "@/lib/accounts/tokens";
import {
  changeEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  forgotPasswordSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
  switchRoleSchema,
} from "@/lib/accounts/validation";
import { defineAction, defineFormAction } from "@/lib/actions/define";
import { clientAddressKey, signIn, signOut } from "@/lib/auth/auth";
import { safeReturnPath } from "@/lib/auth/session";
import { signInWithPassword, signUpAndSignIn } from "@/lib/auth/sign-in";
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

/**
 * Sign-up signs a new account in and goes where the visitor was going (a recruiter to
 * /recruiter, a job seeker to /me, unless a same-site return path says otherwise). An
 * email that already has an account gets the same answer as before: the sign-in page.
 */
export const signUpAction = defineFormAction({
  access: "public",
  schema: signUpSchema.safeExtend(returnTo),
  messages: { invalid: "Check the highlighted fields." },
  run: (input) => signUpAndSignIn(input),
  onSuccess({ signedIn }, input) {
    if (signedIn) redirect(safeReturnPath(input.callbackUrl, input.role === "recruiter" ? "/recruiter" : "/me"));
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

/** Job seeker ↔ recruiter, for an account without a company (lib/accounts/settings.ts). */
export const switchRoleAction = defineFormAction({
  access: "user",
  schema: switchRoleSchema,
  run: (input, { user }) => switchAccountRole(db, user.id, input.role),
  onSuccess: (_v, input) => {
    revalidatePath("/", "layout");
    return {
      ok: true,
      message:
        input.role === "recruiter"
          ? "This is now a recruiter account: set up your company on “Your roles”."
          : "This is now a job-seeker account.",
    };
  },
});

/** A new email address: confirmed with the password; the new address must be verified again. */
export const changeEmailAction = defineFormAction({
  access: "user",
  schema: changeEmailSchema,
  messages: { invalid: "Check the highlighted fields. Nothing was changed." },
  run: (input, { user }) => changeEmail(db, user.id, { ...input, ip: clientAddressKey() }),
  onSuccess: ({ email }) => {
    revalidatePath("/me");
    return { ok: true, message: `Your email is now ${email}. Open the link we sent there to confirm it.` };
  },
});

/** Deletes the account and everything tied to it, then signs out (the session is void already). */
export const deleteAccountAction = defineFormAction({
  access: "user",
  schema: deleteAccountSchema,
  messages: { invalid: "Check the highlighted field. Nothing was deleted." },
  run: (input, { user }) => deleteAccount(db, user.id, { ...input, ip: clientAddressKey() }),
  async onSuccess() {
    await signOut({ redirect: false });
    redirect("/sign-in?deleted=1");
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
