import { z } from "zod";
import { isCommonPassword, PASSWORD_MAX, PASSWORD_MIN } from "./password";

const email = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com" }));

export const newPassword = z
  .string({ error: "Choose a password" })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`)
  .refine((p) => !isCommonPassword(p), "This password is one of the most common ones; choose another");

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Tell us your name").max(100, "Use at most 100 characters"),
  email,
  password: newPassword,
  role: z.enum(["seeker", "recruiter"], { error: "Choose job seeker or recruiter" }),
});

export const signInSchema = z.object({
  email,
  // Any length up to the maximum: a sign-in must never say which rule a password breaks.
  password: z
    .string({ error: "Enter your password" })
    .min(1, "Enter your password")
    .max(PASSWORD_MAX * 4, "Enter your password"),
});

export const changePasswordSchema = z.object({
  currentPassword: z
    .string()
    .min(1, "Enter your current password")
    .max(PASSWORD_MAX * 4),
  newPassword,
});
