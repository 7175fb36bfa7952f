import "server-only";
import { AuthError } from "next-auth";
import { signInWaitMessage } from "@/lib/accounts/service";
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
