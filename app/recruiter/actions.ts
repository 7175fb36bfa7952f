"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { defineFormAction, formFields } from "@/lib/actions/define";
import { formatDate } from "@/lib/format";
import { revalidateListings } from "@/lib/jobs/revalidate";
import { recruiterOps } from "@/lib/recruiters/service";

/*
 * Each action hands its form to one operation in lib/recruiters/service.ts, which reads the
 * user's role from the database, validates with zod and checks company membership inside
 * one transaction (so it takes the fields as typed: `formFields`). Every exported action
 * here must appear in the refusal tests (tests/integration/recruiters.test.ts checks the list).
 */

const lists = ["skills", "applicantRegions", "questionPrompt", "questionKind", "questionRequired"];

/** After every successful write: search totals, guide figures and cached pages learn of it at once. */
function refresh(value: { listingsChanged: boolean; slug?: string }) {
  if (value.listingsChanged) revalidateListings();
  if (value.slug) revalidatePath(`/jobs/${value.slug}`);
  revalidatePath("/recruiter");
}

export const createCompanyAction = defineFormAction({
  access: "user",
  schema: formFields,
  run: (fields, { user }) => recruiterOps.createCompany(db, user.id, fields),
  onSuccess() {
    // Its page may have been cached as unknown (lib/jobs/cached.ts).
    refresh({ listingsChanged: true });
    redirect("/recruiter?done=company");
  },
});

export const updateCompanyAction = defineFormAction({
  access: "user",
  schema: formFields,
  run: (fields, { user }) => recruiterOps.updateCompany(db, user.id, fields),
  onSuccess(value) {
    // The company page and its listings' pages show the profile from cached data.
    refresh({ listingsChanged: true });
    revalidatePath(`/companies/${value.slug}`);
    return { ok: true, message: "Company profile saved." };
  },
});

export const createInviteAction = defineFormAction({
  access: "user",
  schema: formFields,
  run: (fields, { user }) => recruiterOps.createInvite(db, user.id, fields),
  onSuccess: ({ token, expiresAt }) => ({ ok: true, data: { token, expiresAt: expiresAt.toISOString() } }),
});

export const acceptInviteAction = defineFormAction({
  access: "user",
  schema: formFields,
  run: (fields, { user }) => recruiterOps.acceptInvite(db, user.id, fields),
  onSuccess(value) {
    refresh(value);
    redirect("/recruiter?done=joined");
  },
});

/** Creates a listing: a draft, or published at once when the "Publish" button sent the form. */
export const saveJobAction = defineFormAction({
  access: "user",
  schema: formFields,
  lists,
  run: (fields, { user }) => recruiterOps.createJob(db, user.id, { ...fields, publish: fields.intent === "publish" }),
  onSuccess(value, fields) {
    refresh(value);
    const done = value.alreadySent ? "already" : fields.intent === "publish" ? "published" : "drafted";
    redirect(`/recruiter?done=${done}&job=${value.id}`);
  },
});

export const updateJobAction = defineFormAction({
  access: "user",
  schema: formFields,
  lists,
  run: (fields, { user }) => recruiterOps.updateJob(db, user.id, fields),
  onSuccess(value) {
    refresh(value);
    redirect(`/recruiter?done=updated&job=${value.id}`);
  },
});

/* The dashboard's row buttons. They answer with a message shown beside the row. */

export const publishJobAction = defineFormAction({
  access: "user",
  schema: formFields,
  run: (fields, { user }) => recruiterOps.publishJob(db, user.id, fields),
  onSuccess(value) {
    refresh(value);
    return { ok: true, message: "Published: it is in search now." };
  },
});

export const closeJobAction = defineFormAction({
  access: "user",
  schema: formFields,
  run: (fields, { user }) => recruiterOps.closeJob(db, user.id, fields),
  onSuccess(value) {
    refresh(value);
    return { ok: true, message: "Closed: it left search and no longer takes applications." };
  },
});

export const renewJobAction = defineFormAction({
  access: "user",
  schema: formFields,
  run: (fields, { user }) => recruiterOps.renewJob(db, user.id, fields),
  onSuccess(value) {
    refresh(value);
    return { ok: true, message: `Open until ${formatDate(value.validThrough)}.` };
  },
});

export const duplicateJobAction = defineFormAction({
  access: "user",
  schema: formFields,
  run: (fields, { user }) => recruiterOps.duplicateJob(db, user.id, fields),
  onSuccess(value) {
    refresh(value);
    redirect(`/recruiter/jobs/${value.id}/edit?copied=1`);
  },
});
