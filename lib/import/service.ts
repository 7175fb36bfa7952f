import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db";
import { IMPORT_SOURCE_KINDS } from "@/db/enums";
import { companies, companyMembers, importSources, users } from "@/db/schema";
import { failure, issuesFromZod, ok, type Result } from "@/lib/result";
import { dbId, flag } from "@/lib/validation/fields";
import { LOCATOR_SCHEMAS } from "./sources";
import { syncSource, type SyncReport } from "./sync";

/*
 * Adding, switching and syncing a company's import sources. A recruiter may touch their own
 * company's sources; an admin any company's. The role and membership are read from the
 * database (a session's role may be stale). Functions take the database and the acting
 * user's id, so the integration tests call them exactly as the server actions do.
 */

const CHECK = "Check the highlighted fields. Nothing was saved.";

const sourceFields = z
  .object({
    companyId: dbId("Choose a company"),
    kind: z.enum(IMPORT_SOURCE_KINDS, { error: "Choose Greenhouse, Lever, Ashby or a careers page" }),
    locator: z.string({ error: "Give the board's name or the page's address" }).max(4000, "That is too long"),
  })
  .transform((v, ctx) => {
    const locator = LOCATOR_SCHEMAS[v.kind].safeParse(v.locator);
    if (!locator.success) {
      for (const issue of locator.error.issues)
        ctx.addIssue({ code: "custom", path: ["locator"], message: issue.message });
      return z.NEVER;
    }
    return { ...v, locator: locator.data };
  });

const sourceIdInput = z.object({ sourceId: dbId("Unknown source") });
const toggleInput = sourceIdInput.extend({ enabled: flag() });

/** Whether `userId` may manage `companyId`'s sources: an admin, or a recruiter member. */
async function mayManage(database: Database, userId: string, companyId: number): Promise<boolean> {
  const [user] = await database.select({ role: users.role }).from(users).where(eq(users.id, userId));
  if (user?.role === "admin") return true;
  if (user?.role !== "recruiter") return false;
  const [member] = await database
    .select({ companyId: companyMembers.companyId })
    .from(companyMembers)
    .where(and(eq(companyMembers.userId, userId), eq(companyMembers.companyId, companyId)));
  return Boolean(member);
}

const FORBIDDEN = "Only the company's recruiters (or an admin) can manage its import sources.";

async function sourceFor(database: Database, userId: string, sourceId: number) {
  const [source] = await database.select().from(importSources).where(eq(importSources.id, sourceId));
  // Unknown and foreign sources get the same answer.
  if (!source || !(await mayManage(database, userId, source.companyId))) return null;
  return source;
}

/**
 * Adds a source to a company ({ companyId, kind, locator }): a board token / site / board
 * name, or careers-page URLs separated by spaces. The same source added again answers the
 * existing one (`created: false`); one that already feeds another company is refused.
 */
export async function addImportSource(
  database: Database,
  userId: string,
  raw: unknown,
): Promise<Result<{ id: number; created: boolean }>> {
  const parsed = sourceFields.safeParse(raw);
  if (!parsed.success) return failure("invalid", CHECK, issuesFromZod(parsed.error, "form"));
  const input = parsed.data;
  if (!(await mayManage(database, userId, input.companyId))) return failure("forbidden", FORBIDDEN);
  return ensureImportSource(database, input);
}

/** Adds the source if new (no authorization: the CLI and the services above). */
export async function ensureImportSource(
  database: Database,
  input: { companyId: number; kind: (typeof IMPORT_SOURCE_KINDS)[number]; locator: string },
): Promise<Result<{ id: number; created: boolean }>> {
  const [made] = await database
    .insert(importSources)
    .values(input)
    .onConflictDoNothing({ target: [importSources.kind, importSources.locator] })
    .returning({ id: importSources.id });
  if (made) return ok({ id: made.id, created: true });
  const [existing] = await database
    .select({ id: importSources.id, companyId: importSources.companyId })
    .from(importSources)
    .where(and(eq(importSources.kind, input.kind), eq(importSources.locator, input.locator)));
  if (!existing) return failure("conflict", "Could not add this source; try again.");
  if (existing.companyId !== input.companyId) {
    return failure("conflict", CHECK, [{ path: "locator", message: "This source already feeds another company." }]);
  }
  return ok({ id: existing.id, created: false });
}

/** Turns a source on or off ({ sourceId, enabled }); an off source is left out of the hourly sync. */
export async function setImportSourceEnabled(database: Database, userId: string, raw: unknown): Promise<Result> {
  const parsed = toggleInput.safeParse(raw);
  if (!parsed.success) return failure("invalid", CHECK, issuesFromZod(parsed.error, "form"));
  const source = await sourceFor(database, userId, parsed.data.sourceId);
  if (!source) return failure("forbidden", FORBIDDEN);
  await database.update(importSources).set({ enabled: parsed.data.enabled }).where(eq(importSources.id, source.id));
  return ok();
}

/** "Sync now" ({ sourceId }): the sync's report, or the source's error (also recorded on it). */
export async function syncImportSourceNow(
  database: Database,
  userId: string,
  raw: unknown,
): Promise<Result<SyncReport>> {
  const parsed = sourceIdInput.safeParse(raw);
  if (!parsed.success) return failure("invalid", CHECK, issuesFromZod(parsed.error, "form"));
  const source = await sourceFor(database, userId, parsed.data.sourceId);
  if (!source) return failure("forbidden", FORBIDDEN);
  return syncSource(database, source.id);
}

/** A company's id by its slug (the CLI's --company). */
export async function companyIdBySlug(database: Database, slug: string): Promise<number | null> {
  const [row] = await database.select({ id: companies.id }).from(companies).where(eq(companies.slug, slug));
  return row?.id ?? null;
}
