import "server-only";
import { asc, eq } from "drizzle-orm";
import { db, type Database } from "@/db";
import { companies, importSources } from "@/db/schema";

/** A company's import sources (every company's when `companyId` is null: the admin page), oldest first. */
export async function getImportSources(companyId: number | null, database: Database = db) {
  const query = database
    .select({
      id: importSources.id,
      kind: importSources.kind,
      locator: importSources.locator,
      enabled: importSources.enabled,
      lastSyncAt: importSources.lastSyncAt,
      lastSuccessAt: importSources.lastSuccessAt,
      lastCounts: importSources.lastCounts,
      lastError: importSources.lastError,
      companyName: companies.name,
    })
    .from(importSources)
    .innerJoin(companies, eq(companies.id, importSources.companyId))
    .orderBy(asc(importSources.id))
    .$dynamic();
  return companyId === null ? query : query.where(eq(importSources.companyId, companyId));
}
