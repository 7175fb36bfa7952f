"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/db";
import { changePassword, registerUser, revokeSessions } from "@/lib/accounts/service";
import { changePasswordSchema, signInSchema, signUpSchema } from "@/lib/accounts/validation";
import { signIn, signOut } from "@/lib/auth/auth";
import { getCurrentUser, safeReturnPath } from "@/lib/auth/session";

export type FormState = {
  errors?: Record<string, string[] | undefined>;
  message?: string;
  values?: Record<string, string>;
};

const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
};

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = { email: field(form, "email") };
  const parsed = signInSchema.safeParse({ email: field(form, "email"), password: field(form, "password") });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return {
        message: "Too many failed sign-ins for this account or network. Wait 15 minutes, then try again.",
        values,
      };
    }
    // The same words whether the email exists or not.
    if (error instanceof AuthError) return { message: "That email and password do not match an account.", values };
    throw error;
  }
  redirect(safeReturnPath(form.get("callbackUrl"), "/me"));
}

export async function signUpAction(_prev: FormState, form: FormData): Promise<FormState> {
  const raw = {
    name: field(form, "name"),
    email: field(form, "email"),
    password: field(form, "password"),
    role: field(form, "role"),
  };
  const values = { name: raw.name, email: raw.email, role: raw.role };
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
  await registerUser(db, parsed.data);
  // A new and an existing email see the same next step.
  const next = new URLSearchParams({ registered: "1", email: parsed.data.email });
  const back = safeReturnPath(form.get("callbackUrl"), "");
  if (back) next.set("callbackUrl", back);
  redirect(`/sign-in?${next}`);
}

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  // Ends this session and any copy of its cookie: the token version moves on.
  if (user) await revokeSessions(db, user.id);
  await signOut({ redirectTo: "/" });
}

export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?callbackUrl=/me");
  const parsed = changePasswordSchema.safeParse({
    currentPassword: field(form, "currentPassword"),
    newPassword: field(form, "newPassword"),
  });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors };
  const result = await changePassword(db, user.id, parsed.data);
  if (!result.ok) return { errors: { currentPassword: ["That is not your current password"] } };
  await signOut({ redirect: false });
  redirect("/sign-in?changed=1&callbackUrl=/me");
}

export async function oauthSignInAction(form: FormData): Promise<void> {
  const provider = form.get("provider");
  if (provider !== "github" && provider !== "google") return;
  await signIn(provider, { redirectTo: safeReturnPath(form.get("callbackUrl"), "/me") });
}
