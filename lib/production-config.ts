import type { AppEnv } from "@/env";

/** The shortest AUTH_SECRET a production start accepts: 32 characters (Auth.js's `npx auth secret` makes 44). */
export const MIN_AUTH_SECRET_LENGTH = 32;

/**
 * What stops a production start: a missing or short AUTH_SECRET (sessions could be forged, or
 * each instance would sign with its own) and a missing public origin (mail links, feeds and
 * sitemaps would point at the server's own address). Returns one sentence per problem, empty
 * when the configuration may serve users.
 */
export function productionConfigProblems(e: Pick<AppEnv, "AUTH_SECRET" | "APP_URL">): string[] {
  const problems: string[] = [];
  if (!e.AUTH_SECRET) {
    problems.push(
      `AUTH_SECRET is not set: set it to a random string of at least ${MIN_AUTH_SECRET_LENGTH} characters (e.g. \`openssl rand -base64 32\`), the same on every instance.`,
    );
  } else if (e.AUTH_SECRET.length < MIN_AUTH_SECRET_LENGTH) {
    problems.push(
      `AUTH_SECRET is ${e.AUTH_SECRET.length} characters long: use at least ${MIN_AUTH_SECRET_LENGTH} (e.g. \`openssl rand -base64 32\`).`,
    );
  }
  if (!e.APP_URL) {
    problems.push("APP_URL is not set: set it to the public origin users reach, e.g. https://ladder.example.com.");
  }
  return problems;
}
