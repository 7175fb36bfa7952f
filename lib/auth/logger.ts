// The classes next-auth re-exports, from their own module (no Next.js needed to test this file).
import { AuthError, CredentialsSignin } from "@auth/core/errors";
import type { NextAuthConfig } from "next-auth";
import { logger } from "@/lib/log/logger";

/*
 * Auth.js's logger. Its default prints a stack trace (about 30 lines) for every wrong
 * password, and the `cause` of other errors as JSON, which may carry what a query or a form
 * held. Here a refused sign-in is one line, and any other error is its type, its first
 * message line and where it was thrown, never the cause's data: nothing a user typed
 * (password, email) and no hash reaches the log.
 */

const firstLine = (text: string) => text.split("\n", 1)[0]!.slice(0, 200);

/** Stack frames only ("    at ..."): a stack's first line repeats the message, which may hold data. */
const frames = (error: unknown) =>
  error instanceof Error && error.stack
    ? error.stack
        .split("\n")
        .filter((l) => l.trimStart().startsWith("at "))
        .slice(0, 10)
        .join("\n")
    : "";

/** "TypeError (ECONNREFUSED)": an error's class and code, never its message (which may quote a query's parameters). */
const describe = (error: Error) => {
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === "string" || typeof code === "number" ? ` (${code})` : ""}`;
};

export const authLogger: NonNullable<NextAuthConfig["logger"]> = {
  error(error) {
    if (error instanceof CredentialsSignin) {
      logger().warn(`[auth] sign-in refused (${error.code})`);
      return;
    }
    const cause = (error.cause as { err?: unknown } | undefined)?.err;
    // Auth.js's own messages are fixed text; anything else is described by class and code.
    const summary =
      error instanceof AuthError
        ? `${error.type}: ${cause instanceof Error ? describe(cause) : firstLine(error.message)}`
        : describe(error);
    const where = frames(cause instanceof Error ? cause : error);
    logger().error({ stack: where || undefined }, `[auth][error] ${summary}`);
  },
  warn(code) {
    logger().warn(`[auth][warn] ${code}`);
  },
  debug() {},
};
