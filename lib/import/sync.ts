import crypto from "node:crypto";
import { and, asc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { companies, importSources, jobSkills, jobs, skills, type SyncCounts } from "@/db/schema";
import { isOpenJob } from "@/lib/jobs/open";
import { failure, ok, type Result } from "@/lib/result";
import { toSlug } from "@/lib/slug";
import { normalizeForDuplicates } from "./classify";
import type { FetchOptions } from "./fetch";
import { mapPosting, postingHash, type MappedListing } from "./map";
import { SOURCE_LABELS } from "./labels";
import { readSource } from "./sources";
import { SourceError, type RawPosting, type Skip } from "./types";

/** What one sync did, as the CLI prints it and the source's row keeps it. */
export type SyncReport = SyncCounts & {
  sourceId: number;
  /** Whether anything open changed (search totals and guide figures must learn of it). */
  listingsChanged: boolean;
  /** The skipped postings themselves (id and reason), for the CLI. */
  skippedPostings: Skip[];
};

const INSERT_BATCH = 500;
// Namespace of the advisory lock that keeps two syncs of one source from interleaving.
const LOCK_SPACE = 7171;

const emptyCounts = (): SyncCounts => ({ new: 0, updated: 0, closed: 0, unchanged: 0, skipped: 0, skippedReasons: {} });

function skip(counts: SyncCounts, list: Skip[], s: Skip) {
  counts.skipped++;
  counts.skippedReasons[s.reason] = (counts.skippedReasons[s.reason] ?? 0) + 1;
  list.push(s);
}

const duplicateKey = (title: string, location: string) =>
  `${normalizeForDuplicates(title)}|${normalizeForDuplicates(location)}`;

/** A listing's slug: stable per source and posting, so a re-run can never make a second one. */
function importedSlug(title: string, companySlug: string, sourceId: number, externalId: string) {
  const suffix = crypto.createHash("sha256").update(`${sourceId}:${externalId}`).digest("hex").slice(0, 8);
  return `${toSlug(title, 80) || "role"}-${companySlug}-${suffix}`;
}

async function recordFailure(database: Database, sourceId: number, now: Date, message: string) {
  await database
    .update(importSources)
    .set({ lastSyncAt: now, lastError: message })
    .where(eq(importSources.id, sourceId));
}

/**
 * Reads a source and brings its listings in line, in one transaction: postings new to
 * Ladder are published; changed ones updated (a listing a sync closed because it vanished
 * reopens; one a recruiter closed stays closed; an admin's removal always stays); ones no
 * longer listed are closed, never deleted. Unchanged postings write nothing, so a re-run
 * changes nothing. A posting already open at the same company under the same normalized
 * title and location (hand-posted, or from another source) is skipped as a duplicate.
 *
 * When the source cannot be read (timeout, refused, 404/500, not the documented shape),
 * or lists nothing while its listings are open here (an empty answer by mistake must not
 * close everything), the error is recorded on the source, no listing changes, and the
 * Result is `unavailable`; the next run tries again. A posting the mapper cannot read is
 * skipped with a reason; any other error is recorded on the source the same way and
 * answered as `unavailable` (never thrown).
 */
export async function syncSource(
  database: Database,
  sourceId: number,
  options: { now?: Date; fetch?: FetchOptions } = {},
): Promise<Result<SyncReport>> {
  const now = options.now ?? new Date();
  try {
    return await syncSourceOnce(database, sourceId, now, options);
  } catch (error) {
    // Anything unforeseen (a database error, a bug) is recorded on the source like a source's
    // own failure, so "Sync now" and the CLI report it instead of failing with a 500 or a trace.
    console.error(`[import] sync of source ${sourceId} failed:`, error);
    // Only the error's kind: its message may hold SQL or internals, and the line is shown on /recruiter.
    const kind = error instanceof Error ? error.name : "error";
    const full = `The sync failed unexpectedly (${kind}; details in the server log). Nothing was changed; the next sync tries again.`;
    try {
      await recordFailure(database, sourceId, now, full);
    } catch {
      // The database itself failed: the message still reaches the caller.
    }
    return failure("unavailable", full);
  }
}

async function syncSourceOnce(
  database: Database,
  sourceId: number,
  now: Date,
  options: { fetch?: FetchOptions },
): Promise<Result<SyncReport>> {
  const [source] = await database
    .select({
      id: importSources.id,
      kind: importSources.kind,
      locator: importSources.locator,
      companyId: importSources.companyId,
      companySlug: companies.slug,
      companyName: companies.name,
    })
    .from(importSources)
    .innerJoin(companies, eq(companies.id, importSources.companyId))
    .where(eq(importSources.id, sourceId));
  if (!source) return failure("not_found", "That import source does not exist.");

  let read;
  try {
    read = await readSource(source.kind, source.locator, options.fetch);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    const message = `${SOURCE_LABELS[source.kind]}: ${error.message}. Nothing was changed; the next sync tries again.`;
    await recordFailure(database, source.id, now, message);
    return failure("unavailable", message);
  }

  const counts = emptyCounts();
  const skippedPostings: Skip[] = [];
  for (const s of read.skipped) skip(counts, skippedPostings, s);
  const skillList = await database.select({ id: skills.id, slug: skills.slug, name: skills.name }).from(skills);
  const skillName = new Map(skillList.map((s) => [s.id, s.name]));
  const seen = new Set<string>(read.skipped.flatMap((s) => (s.externalId ? [s.externalId] : [])));
  const postings: { raw: RawPosting; hash: string }[] = [];
  for (const raw of read.postings) {
    if (seen.has(raw.externalId)) {
      skip(counts, skippedPostings, { externalId: raw.externalId, reason: "listed twice by the source" });
      continue;
    }
    seen.add(raw.externalId);
    postings.push({ raw, hash: postingHash(raw) });
  }

  const outcome = await database.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_SPACE}, ${source.id})`);
    const existing = await tx
      .select({
        id: jobs.id,
        externalId: jobs.externalId,
        status: jobs.status,
        sourceHash: jobs.sourceHash,
        removedAt: jobs.removedAt,
        title: jobs.title,
        location: jobs.location,
      })
      .from(jobs)
      .where(eq(jobs.sourceId, source.id));
    const open = existing.filter((r) => r.status === "published");
    if (postings.length === 0 && open.length > 0) {
      return {
        error: `${SOURCE_LABELS[source.kind]} listed no roles while ${open.length} of its roles are open here. Nothing was closed; close them by hand if the company really has no openings.`,
      };
    }
    const byExternal = new Map(existing.map((r) => [r.externalId, r]));
    // Open listings of the company from elsewhere (hand-posted or another source).
    const others = await tx
      .select({ title: jobs.title, location: jobs.location })
      .from(jobs)
      .where(
        and(eq(jobs.companyId, source.companyId), isOpenJob(), or(isNull(jobs.sourceId), ne(jobs.sourceId, source.id))),
      );
    const taken = new Set(others.map((o) => duplicateKey(o.title, o.location)));
    // The source's own listings that it still lists hold their place too.
    for (const p of postings) {
      const row = byExternal.get(p.raw.externalId);
      if (row?.status === "published") taken.add(duplicateKey(row.title, row.location));
    }

    const columnsOf = (m: MappedListing, hash: string) => ({
      title: m.title,
      roleFamily: m.roleFamily,
      level: m.level,
      employmentType: m.employmentType,
      workplace: m.workplace,
      location: m.location,
      country: m.country,
      applicantRegions: m.applicantRegions,
      salaryMin: m.salaryMin,
      salaryMax: m.salaryMax,
      salaryCurrency: m.salaryCurrency,
      salaryPeriod: m.salaryPeriod,
      payAsReported: m.payAsReported,
      description: m.description,
      applyUrl: m.sourceUrl,
      sourceUrl: m.sourceUrl,
      sourceHash: hash,
      companyName: source.companyName,
      skillsText: m.skillIds.map((id) => skillName.get(id) ?? "").join(" "),
      skillIds: [...m.skillIds].sort((a, b) => a - b),
    });

    const inserts: (ReturnType<typeof columnsOf> & Record<string, unknown>)[] = [];
    const insertSkills = new Map<string, number[]>();
    const updatedSkills = new Map<number, number[]>();
    for (const { raw, hash } of postings) {
      const row = byExternal.get(raw.externalId);
      if (row?.sourceHash === hash) {
        counts.unchanged++;
        continue;
      }
      let m: MappedListing;
      try {
        m = mapPosting(raw, skillList);
      } catch (error) {
        // One posting the mapper cannot read is skipped; the others still import.
        skip(counts, skippedPostings, {
          externalId: raw.externalId,
          reason: `could not be read (${error instanceof Error ? error.name : "error"})`,
        });
        continue;
      }
      if (!row) {
        const key = duplicateKey(m.title, m.location);
        if (taken.has(key)) {
          skip(counts, skippedPostings, {
            externalId: m.externalId,
            reason: "duplicate of an open listing of the company (same title and location)",
          });
          continue;
        }
        taken.add(key);
        const postedAt = m.postedAt && m.postedAt < now ? m.postedAt : now;
        inserts.push({
          ...columnsOf(m, hash),
          companyId: source.companyId,
          slug: importedSlug(m.title, source.companySlug, source.id, m.externalId),
          sourceId: source.id,
          externalId: m.externalId,
          status: "published",
          publishedAt: postedAt,
          validThrough: m.validThrough,
        });
        insertSkills.set(m.externalId, m.skillIds);
        continue;
      }
      // Closed by a sync because it vanished (hash cleared), and back: open it again.
      const reopen = row.status === "closed" && row.sourceHash === null && !row.removedAt;
      await tx
        .update(jobs)
        .set({
          ...columnsOf(m, hash),
          ...(reopen ? { status: "published" as const, validThrough: m.validThrough } : {}),
        })
        .where(eq(jobs.id, row.id));
      updatedSkills.set(row.id, m.skillIds);
      counts.updated++;
    }
    // The updated listings' skills, replaced in two statements rather than two per listing.
    const updatedIds = [...updatedSkills.keys()];
    for (let i = 0; i < updatedIds.length; i += 1_000) {
      await tx.delete(jobSkills).where(inArray(jobSkills.jobId, updatedIds.slice(i, i + 1_000)));
    }
    const updatedLinks = [...updatedSkills].flatMap(([jobId, skillIds]) =>
      skillIds.map((skillId) => ({ jobId, skillId })),
    );
    for (let i = 0; i < updatedLinks.length; i += 5_000)
      await tx.insert(jobSkills).values(updatedLinks.slice(i, i + 5_000));

    for (let i = 0; i < inserts.length; i += INSERT_BATCH) {
      const batch = inserts.slice(i, i + INSERT_BATCH) as (typeof jobs.$inferInsert)[];
      const made = await tx
        .insert(jobs)
        .values(batch)
        .onConflictDoNothing()
        .returning({ id: jobs.id, externalId: jobs.externalId });
      counts.new += made.length;
      const links = made.flatMap((r) =>
        (insertSkills.get(r.externalId!) ?? []).map((skillId) => ({ jobId: r.id, skillId })),
      );
      for (let j = 0; j < links.length; j += 5_000) await tx.insert(jobSkills).values(links.slice(j, j + 5_000));
    }

    const listed = new Set(seen);
    const vanished = open.filter((r) => !listed.has(r.externalId ?? "")).map((r) => r.id);
    for (let i = 0; i < vanished.length; i += 1_000) {
      await tx
        .update(jobs)
        // The closing day is the day it vanished, unless it had already expired.
        .set({
          status: "closed",
          sourceHash: null,
          validThrough: sql`least(coalesce(${jobs.validThrough}, ${now.toISOString()}::timestamptz), ${now.toISOString()}::timestamptz)`,
        })
        .where(inArray(jobs.id, vanished.slice(i, i + 1_000)));
    }
    counts.closed = vanished.length;

    await tx
      .update(importSources)
      .set({ lastSyncAt: now, lastSuccessAt: now, lastCounts: counts, lastError: null })
      .where(eq(importSources.id, source.id));
    return { error: null };
  });

  if (outcome.error) {
    await recordFailure(database, source.id, now, outcome.error);
    return failure("unavailable", outcome.error);
  }
  return ok({
    ...counts,
    sourceId: source.id,
    listingsChanged: counts.new + counts.updated + counts.closed > 0,
    skippedPostings,
  });
}

/**
 * Syncs every enabled source, least recently synced first, one after another (what the
 * hourly job runs). A failing source is recorded on its row and does not stop the others.
 */
export async function syncAllSources(database: Database, options: { now?: Date; fetch?: FetchOptions } = {}) {
  const due = await database
    .select({ id: importSources.id })
    .from(importSources)
    .where(eq(importSources.enabled, true))
    .orderBy(sql`${importSources.lastSyncAt} asc nulls first`, asc(importSources.id));
  const results: Result<SyncReport>[] = [];
  for (const s of due) results.push(await syncSource(database, s.id, options));
  return results;
}
