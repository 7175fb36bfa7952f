import { z } from "zod";
import { line } from "@/lib/validation/fields";
import { USER_ROLES } from "@/db/enums";
import { PASSWORD_MAX } from "./password";
import { containsEmail, PASSWORD_MESSAGES, passwordProblem } from "./password-policy";

const email = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com" }));

/** A new password: the rules of ./password-policy.ts that need no email, one message at a time. */
export const newPassword = z.string({ error: "Choose a password" }).superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const signUpSchema = z
  .object({
    name: line({ min: 1, max: 100, required: "Tell us your name", tooLong: "Use at most 100 characters" }),
    email,
    password: newPassword,
    // Admins are made by hand, never at sign-up.
    role: z.enum(USER_ROLES).exclude(["admin"], { error: "Choose job seeker or recruiter" }),
  })
  .superRefine((v, ctx) => {
    if (containsEmail(v.password, v.email)) {
      ctx.addIssue({ code: "custom", path: ["password"], message: PASSWORD_MESSAGES.email });
    }
  });

export const signInSchema = z.object({
  email,
  // Any length up to the maximum: a sign-in must never say which rule a password breaks.
  password: z
    .string({ error: "Enter your password" })
    .min(1, "Enter your password")
    .max(PASSWORD_MAX * 4, "Enter your password"),
});

/** The user's email is checked against the new password by the service (it is not in the form). */
export const changePasswordSchema = z.object({
  currentPassword: z
    .string()
    .min(1, "Enter your current password")
    .max(PASSWORD_MAX * 4),
  newPassword,
});

export const forgotPasswordSchema = z.object({ email });

/** The link's token (checked by the service) and the new password, with the sign-up rules. */
export const resetPasswordSchema = z.object({
  token: z.string().max(200),
  newPassword,
});

/** Job seeker or recruiter (/me's account type control). */
export const switchRoleSchema = z.object({
  role: z.enum(["seeker", "recruiter"], { error: "Choose job seeker or recruiter" }),
});

/** A new address, confirmed with the current password (lib/accounts/settings.ts). */
export const changeEmailSchema = z.object({
  newEmail: email,
  password: z
    .string()
    .min(1, "Enter your current password")
    .max(PASSWORD_MAX * 4),
});

/** The password, or the account's email for an account without one. */
export const deleteAccountSchema = z.object({
  confirm: z
    .string()
    .min(1, "Enter your password (or, without one, your email address)")
    .max(PASSWORD_MAX * 4),
});
