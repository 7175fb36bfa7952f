import "server-only";
import { AuthError } from "next-auth";
import { db } from "@/db";
import { registerUser, signInWaitMessage } from "@/lib/accounts/service";
import { failure, ok, rateLimited, type Result } from "@/lib/result";
import { RateLimitedSignIn, signIn } from "./auth";

/**
 * Email + password sign-in through Auth.js (which sets the session cookie). A wrong
 * password and an unknown email get the same answer (invalid); over the failed-sign-in
 * limits: rate_limited. Anything else Auth.js throws propagates.
 */
export async function signInWithPassword(input: { email: string; password: string }): Promise<Result> {
  try {
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    return ok();
  } catch (error) {
    if (error instanceof RateLimitedSignIn) {
      return rateLimited(signInWaitMessage(error.retryAfterSeconds), error.retryAfterSeconds);
    }
    if (error instanceof AuthError) return failure("invalid", "That email and password do not match an account.");
    throw error;
  }
}

/**
 * Sign-up: creates the account (lib/accounts/service.ts) and signs a new account in at
 * once. An email that already has an account is neither changed nor signed in: it gets the
 * answer sign-up always gave (`signedIn` false: "sign in to continue"), so the form still
 * does not say whether the existing account's password was the one typed. Answers
 * `signedIn` false too when the sign-in itself is refused (over the sign-in limits).
 */
export async function signUpAndSignIn(
  input: Parameters<typeof registerUser>[1],
): Promise<Result<{ signedIn: boolean }>> {
  const created = await registerUser(db, input);
  if (!created.ok) return created;
  if (!created.value.created) return ok({ signedIn: false });
  const signedIn = await signInWithPassword(input);
  return ok({ signedIn: signedIn.ok });
}
