import { isCommonPassword, PASSWORD_MAX, PASSWORD_MIN } from "./password";

/*
 * What a new password must not be (sign-up, password change). Sign-in never applies these:
 * it must not say which rule an old password breaks. NIST SP 800-63B (5.1.1.2) asks for at
 * least 8 characters, a maximum of at least 64, and a check against passwords known to be
 * common or specific to the service and the user: the common-password list, the site's name
 * and the user's own email.
 */

export const PASSWORD_MESSAGES = {
  tooShort: `Use at least ${PASSWORD_MIN} characters`,
  tooLong: `Use at most ${PASSWORD_MAX} characters`,
  onlySpaces: "Use letters, digits or symbols, not only spaces",
  common: "This password is one of the most common ones; choose another",
  siteName: "Choose a password without the word “ladder”",
  email: "Choose a password that does not contain your email address",
} as const;

/** A local part this short ("al" in al@example.com) is too common a string to refuse. */
const MIN_LOCAL_PART = 3;

/** True when the password contains the email, or its local part of 3+ characters, in any case. */
export function containsEmail(password: string, email: string): boolean {
  const p = password.toLowerCase();
  const e = email.trim().toLowerCase();
  if (!e) return false;
  const local = e.split("@")[0] ?? "";
  return p.includes(e) || (local.length >= MIN_LOCAL_PART && p.includes(local));
}

/** The first rule a new password breaks that needs no email, as the message to show; null when none. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return PASSWORD_MESSAGES.tooShort;
  if (password.length > PASSWORD_MAX) return PASSWORD_MESSAGES.tooLong;
  if (password.trim() === "") return PASSWORD_MESSAGES.onlySpaces;
  if (password.toLowerCase().includes("ladder")) return PASSWORD_MESSAGES.siteName;
  if (isCommonPassword(password)) return PASSWORD_MESSAGES.common;
  return null;
}
