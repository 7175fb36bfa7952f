import { and, eq, gt, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { loginAttempts } from "@/db/schema";

/** At most this many failed sign-ins per email, and per IP address, in the window. */
export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;

/** Failures in the window, per email and per IP, counted in the database so every process agrees. */
export async function checkSignInLimit(database: Database, email: string, ip: string) {
  const since = sql`now() - make_interval(mins => ${WINDOW_MINUTES})`;
  const [row] = await database
    .select({
      byEmail: sql<number>`(count(*) filter (where ${loginAttempts.email} = ${email}))::int`,
      byIp: sql<number>`(count(*) filter (where ${loginAttempts.ip} = ${ip}))::int`,
      oldest: sql<string | null>`min(${loginAttempts.createdAt})::text`,
    })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.createdAt, since),
        sql`(${loginAttempts.email} = ${email} or ${loginAttempts.ip} = ${ip})`,
      ),
    );
  const limited = (row?.byEmail ?? 0) >= MAX_FAILURES || (row?.byIp ?? 0) >= MAX_FAILURES;
  return { limited, retryAfterMinutes: WINDOW_MINUTES };
}

export async function recordSignInAttempt(database: Database, email: string, ip: string, succeeded: boolean) {
  await database.insert(loginAttempts).values({ email, ip, succeeded });
}
