import "server-only";
import { databaseAnswers as probe } from "@/db/probe";

/**
 * Whether the database answers `select 1` within 2 s; never throws. Asked on a connection
 * of its own, outside the app's pool (db/probe.ts), so load does not read as an outage.
 */
export async function databaseAnswers(): Promise<boolean> {
  return probe();
}
