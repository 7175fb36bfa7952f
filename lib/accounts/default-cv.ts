import { and, eq } from "drizzle-orm";
import type { Database } from "@/db";
import { applications, files, users } from "@/db/schema";
import { checkCv, deleteFile, saveFile, type Upload } from "@/lib/files/store";
import { catchRefusal, ok, refuse, type Result } from "@/lib/result";

/*
 * The default CV a seeker keeps on the profile (users.default_cv_file_id) and the apply form
 * offers. An application never points at it: applying copies it (lib/applications), so
 * replacing or deleting it here leaves every sent application with the CV it was sent with.
 */

/** Points the user's default CV at `fileId` (or none) and deletes the file it pointed at before. Inside a transaction. */
export async function replaceDefaultCv(tx: Database, userId: string, fileId: number | null): Promise<void> {
  const [before] = await tx
    .select({ fileId: users.defaultCvFileId })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  await tx.update(users).set({ defaultCvFileId: fileId }).where(eq(users.id, userId));
  const old = before?.fileId;
  if (!old || old === fileId) return;
  // Only applications made before copies existed could share it; such a file stays.
  const [used] = await tx
    .select({ id: applications.id })
    .from(applications)
    .where(eq(applications.cvFileId, old))
    .limit(1);
  if (!used) await deleteFile(tx, old);
}

async function seekerOnly(tx: Database, userId: string) {
  const [user] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId));
  if (user?.role !== "seeker") refuse("forbidden", "Only job seeker accounts keep a CV on their profile.");
}

/**
 * Uploads (or replaces) the seeker's default CV: the same checks as the apply form (PDF or
 * DOCX by content, at most 5 MB, not empty; issues on `cv`). Answers the stored name.
 * Refusals: forbidden (not a seeker), invalid / too_large / unsupported_media_type.
 */
export async function setDefaultCv(
  database: Database,
  userId: string,
  upload: Upload | null,
): Promise<Result<{ name: string }>> {
  // file-type reads the bytes asynchronously: checked before the transaction, reported in it
  // (after the role, so a non-seeker hears "forbidden", not what was wrong with the file).
  const cv = upload ? await checkCv(upload) : null;
  return catchRefusal(() =>
    database.transaction(async (tx) => {
      await seekerOnly(tx, userId);
      if (!cv) {
        refuse("invalid", "Choose a file first.", [
          { path: "cv", message: "Choose your CV (PDF or Word .docx, at most 5 MB)" },
        ]);
      }
      if (!cv.ok) refuse(cv.reason, cv.message, cv.issues);
      await replaceDefaultCv(tx, userId, await saveFile(tx, userId, cv.value));
      return ok({ name: cv.value.name });
    }),
  );
}

/** Deletes the seeker's default CV (sent applications keep their own copies). Idempotent. */
export async function deleteDefaultCv(database: Database, userId: string): Promise<Result> {
  return catchRefusal(() =>
    database.transaction(async (tx) => {
      await seekerOnly(tx, userId);
      await replaceDefaultCv(tx, userId, null);
      return ok();
    }),
  );
}

/** The user's default CV as the profile shows it (name, size in bytes, upload time), or null. */
export async function getDefaultCv(database: Database, userId: string) {
  const [row] = await database
    .select({ id: files.id, name: files.name, size: files.size, createdAt: files.createdAt })
    .from(users)
    .innerJoin(files, and(eq(files.id, users.defaultCvFileId), eq(files.ownerId, users.id)))
    .where(eq(users.id, userId));
  return row ?? null;
}
