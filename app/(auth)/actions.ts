"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/db";
import { changePassword, registerUser, waitMinutes } from "@/lib/accounts/service";
import { changePasswordSchema, signInSchema, signUpSchema } from "@/lib/accounts/validation";
import { clientAddressKey, RateLimitedSignIn, signIn, signOut } from "@/lib/auth/auth";
import { getCurrentUser, safeReturnPath } from "@/lib/auth/session";
import { fieldErrorsOf } from "@/lib/result";

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
    if (error instanceof RateLimitedSignIn) {
      const wait = waitMinutes(error.retryAfterSeconds);
      return {
        message: `Too many failed sign-ins for this account or network. Wait ${wait} minute${wait === 1 ? "" : "s"}, then try again.`,
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
  // Auth.js's signOut event ends this session and any copy of its cookie (lib/auth/auth.ts).
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
  const result = await changePassword(db, user.id, { ...parsed.data, ip: clientAddressKey() });
  if (!result.ok) return { errors: fieldErrorsOf(result.issues) };
  await signOut({ redirect: false });
  redirect("/sign-in?changed=1&callbackUrl=/me");
}

export async function oauthSignInAction(form: FormData): Promise<void> {
  const provider = form.get("provider");
  if (provider !== "github" && provider !== "google") return;
  await signIn(provider, { redirectTo: safeReturnPath(form.get("callbackUrl"), "/me") });
}
