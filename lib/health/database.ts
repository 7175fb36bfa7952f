import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";

/** Whether the database answers `select 1` within `timeoutMs` (3 s); never throws. */
export async function databaseAnswers(timeoutMs = 3000): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      db.execute(sql`select 1`),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
