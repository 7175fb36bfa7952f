import type { NextRequest } from "next/server";
import { db } from "@/db";
import { cvAccess } from "@/lib/applications/service";
import { getCurrentUser } from "@/lib/auth/session";
import { readFileFor } from "@/lib/files/store";
import { errorResponse, fileResponse } from "@/lib/http/respond";
import { failure } from "@/lib/result";
import { dbId } from "@/lib/validation/fields";

/**
 * An application's CV, for its applicant, the members of the listing's company, and admins
 * while the listing has an open report (anyone else: 404, the same as an unknown id). Inline by default (PDFs
 * open in the browser), `?download=1` as an attachment. Every read by someone other than
 * the applicant is recorded (lib/files/store.ts). The id in the URL grants nothing by itself.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return errorResponse(failure("unauthenticated", "Sign in to see this file."));
  const id = dbId().safeParse((await params).id);
  const fileId = id.success ? await cvAccess(db, user.id, id.data) : null;
  const file = fileId && id.success ? await readFileFor(db, fileId, { userId: user.id, applicationId: id.data }) : null;
  if (!file) return errorResponse(failure("not_found", "No such file."));
  return fileResponse(file, request.nextUrl.searchParams.get("download") === "1");
}
