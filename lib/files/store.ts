import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";
import type { Database } from "@/db";
import { fileDownloads, files } from "@/db/schema";
import { failure, ok, type Result } from "@/lib/result";

/*
 * The one storage module for uploaded files (CVs). Bytes live in Postgres (`files.data`,
 * bytea), so both database drivers, every backup and every restore hold them with the rows
 * that point at them. Nothing else reads or writes `files`: moving the bytes to object
 * storage later (docs/architecture.md, "Files") changes this module only.
 */

/** Largest CV accepted: 5 MB (5 × 1024 × 1024 bytes). */
export const MAX_CV_BYTES = 5 * 1024 * 1024;

/** The types a CV may have, found in the bytes by `file-type` (never from the name or the browser's claim). */
const CV_TYPES: Record<string, string> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

/** An upload as the form sent it: the name typed by the browser, and the bytes. */
export type Upload = { name: string; bytes: Uint8Array };

/** A checked CV: its type as detected and a clean name ending in the matching extension. */
export type CheckedFile = Upload & { mediaType: string };

/**
 * Checks an upload is a CV: not empty, at most 5 MB, and a PDF or DOCX by its content.
 * An HTML or SVG file renamed `.pdf`, an executable, an image: unsupported_media_type.
 * Issues are on `field` (the form's file input).
 */
export async function checkCv(upload: Upload, field = "cv"): Promise<Result<CheckedFile>> {
  if (upload.bytes.byteLength === 0) {
    return failure("invalid", "The file is empty.", [{ path: field, message: "This file is empty: choose your CV" }]);
  }
  if (upload.bytes.byteLength > MAX_CV_BYTES) {
    return failure("too_large", "The file is too large.", [
      { path: field, message: "A CV can be at most 5 MB: save a smaller PDF" },
    ]);
  }
  const found = await fileTypeFromBuffer(upload.bytes);
  const ext = found ? CV_TYPES[found.mime] : undefined;
  if (!found || !ext) {
    return failure("unsupported_media_type", "That file is not a PDF or a Word document.", [
      {
        path: field,
        message: "Upload your CV as a PDF or a Word (.docx) file; this file is neither, whatever its name",
      },
    ]);
  }
  return ok({ name: cleanName(upload.name, ext), bytes: upload.bytes, mediaType: found.mime });
}

/** The uploaded name without path, control or quote characters, ending in the real extension. */
function cleanName(raw: string, ext: string): string {
  const base = (raw.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f"\\;]/g, "")
    .replace(/\.[A-Za-z0-9]{1,8}$/, "")
    .trim()
    .slice(0, 100);
  return `${base || "cv"}.${ext}`;
}

/** Stores a checked file for its owner and answers its id. Runs inside the caller's transaction. */
export async function saveFile(tx: Database, ownerId: string, file: CheckedFile): Promise<number> {
  const bytes = Buffer.from(file.bytes);
  const [row] = await tx
    .insert(files)
    .values({
      ownerId,
      name: file.name,
      mediaType: file.mediaType,
      size: bytes.byteLength,
      sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
      data: bytes,
    })
    .returning({ id: files.id });
  return row!.id;
}

/** A copy of one of the owner's files (an application keeps its own CV, whatever happens to the profile's). */
export async function copyFile(tx: Database, ownerId: string, fileId: number): Promise<number | null> {
  const [src] = await tx
    .select()
    .from(files)
    .where(and(eq(files.id, fileId), eq(files.ownerId, ownerId)));
  if (!src) return null;
  const [row] = await tx
    .insert(files)
    .values({ ownerId, name: src.name, mediaType: src.mediaType, size: src.size, sha256: src.sha256, data: src.data })
    .returning({ id: files.id });
  return row!.id;
}

/**
 * A file's bytes for a response the caller has already authorized. A reader other than the
 * owner is recorded in `file_downloads` (who, when, for which application).
 */
export async function readFileFor(
  database: Database,
  fileId: number,
  reader: { userId: string; applicationId?: number },
) {
  const [row] = await database.select().from(files).where(eq(files.id, fileId));
  if (!row) return null;
  if (row.ownerId !== reader.userId) {
    await database
      .insert(fileDownloads)
      .values({ fileId, userId: reader.userId, applicationId: reader.applicationId ?? null });
  }
  return { name: row.name, mediaType: row.mediaType, data: row.data };
}

/** Deletes a file (and its download log). */
export async function deleteFile(tx: Database, fileId: number): Promise<void> {
  await tx.delete(files).where(eq(files.id, fileId));
}
