"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { defineFormAction, formFields } from "@/lib/actions/define";
import {
  addApplicationNote,
  applyToJob,
  deleteApplication,
  moveApplication,
  rejectApplications,
  withdrawApplication,
} from "@/lib/applications/service";

/*
 * The actions of applications on Ladder: the applicant's (apply, withdraw, delete) and the
 * recruiter's (move, reject, note). Each hands the form to one lib/applications call that
 * reads the role from the database and checks who may touch the application inside its
 * transaction. Every exported action has a refusal test (tests/integration/applications.test.ts).
 */

/** Applies to a listing with the form's fields, the CV file (`cv`) and screening answers (`q<id>`). */
export const applyAction = defineFormAction({
  access: "user",
  schema: formFields,
  files: ["cv"],
  messages: { denied: "Your session ended: sign in again to apply. Nothing was sent." },
  run: (fields, { user, files }) => applyToJob(db, user.id, fields, files.cv ?? null),
  onSuccess(value) {
    revalidatePath("/me/jobs");
    redirect(`/jobs/${value.jobSlug}/application?sent=${value.alreadySent ? "again" : "1"}`);
  },
});

export const withdrawApplicationAction = defineFormAction({
  access: "user",
  schema: formFields,
  run: (fields, { user }) => withdrawApplication(db, user.id, fields),
  onSuccess() {
    revalidatePath("/me/jobs");
    return { ok: true, message: "Withdrawn: the company sees you are no longer a candidate." };
  },
});

export const deleteApplicationAction = defineFormAction({
  access: "user",
  schema: formFields,
  run: (fields, { user }) => deleteApplication(db, user.id, fields),
  onSuccess() {
    revalidatePath("/me/jobs");
    redirect("/me/jobs?deleted=1");
  },
});

export const moveApplicationAction = defineFormAction({
  access: "user",
  schema: formFields,
  run: (fields, { user }) => moveApplication(db, user.id, fields),
  onSuccess(value) {
    revalidatePath(`/recruiter/jobs/${value.jobId}/applicants`);
    return { ok: true, message: "Stage saved." };
  },
});

export const rejectApplicationsAction = defineFormAction({
  access: "user",
  schema: formFields,
  lists: ["applicationIds"],
  run: (fields, { user }) => rejectApplications(db, user.id, fields),
  onSuccess(value) {
    revalidatePath("/recruiter", "layout");
    return { ok: true, message: value.rejected === 1 ? "Rejected." : `Rejected ${value.rejected} applicants.` };
  },
});

export const addNoteAction = defineFormAction({
  access: "user",
  schema: formFields,
  run: (fields, { user }) => addApplicationNote(db, user.id, fields),
  onSuccess(value) {
    revalidatePath(`/recruiter/jobs/${value.jobId}/applicants`);
    return { ok: true, message: "Note saved." };
  },
});
