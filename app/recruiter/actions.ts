"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { revalidateListings } from "@/lib/jobs/revalidate";
import { recruiterOps, type OpFailure, type OpResult, type RecruiterOpName } from "@/lib/recruiters/service";

/*
 * Thin shells: each action reads its form and hands it to one operation in
 * lib/recruiters/service.ts, which checks the role, validates, and checks company
 * membership on the server. Every exported action here must appear in the refusal tests
 * (tests/integration/recruiters.test.ts checks the list).
 */

export type RecruiterFormState = {
  ok?: boolean;
  errors?: Record<string, string[] | undefined>;
  message?: string;
  values?: Record<string, string | string[]>;
  invite?: { token: string; expiresAt: string };
};

const SIGNED_OUT: OpFailure = {
  ok: false,
  reason: "forbidden",
  message: "Your session ended: sign in again. Nothing was saved.",
};

/** The one wrapper: signed in, run the operation, then refresh what the write changed. */
async function run<T>(name: RecruiterOpName, raw: unknown): Promise<OpResult<T>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const result = (await recruiterOps[name](db, user.id, raw)) as OpResult<T>;
  if (result.ok) {
    // Search totals, guide figures and cached pages learn about the change at once.
    if (result.listingsChanged) revalidateListings();
    revalidatePath("/recruiter");
  }
  return result;
}

const LIST_FIELDS = new Set(["skills", "applicantRegions"]);

/** Form fields as strings (lists as string arrays): kept as typed when the form is sent back. */
function readForm(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$")) continue; // React's own fields
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = LIST_FIELDS.has(key) ? all : (all[0] ?? "");
  }
  for (const key of LIST_FIELDS) out[key] ??= [];
  return out;
}

const failed = (r: OpFailure, values?: Record<string, string | string[]>): RecruiterFormState => ({
  ok: false,
  errors: r.errors,
  message: r.message,
  values,
});

export async function createCompanyAction(_prev: RecruiterFormState, form: FormData): Promise<RecruiterFormState> {
  const values = readForm(form);
  const result = await run<{ slug: string }>("createCompany", values);
  if (!result.ok) return failed(result, values);
  redirect("/recruiter?done=company");
}

export async function updateCompanyAction(_prev: RecruiterFormState, form: FormData): Promise<RecruiterFormState> {
  const values = readForm(form);
  const result = await run<{ slug: string }>("updateCompany", values);
  if (!result.ok) return failed(result, values);
  revalidatePath(`/companies/${result.value.slug}`);
  return { ok: true, message: "Company profile saved." };
}

export async function createInviteAction(_prev: RecruiterFormState, form: FormData): Promise<RecruiterFormState> {
  const result = await run<{ token: string; expiresAt: Date }>("createInvite", readForm(form));
  if (!result.ok) return failed(result);
  return { ok: true, invite: { token: result.value.token, expiresAt: result.value.expiresAt.toISOString() } };
}

export async function acceptInviteAction(_prev: RecruiterFormState, form: FormData): Promise<RecruiterFormState> {
  const result = await run("acceptInvite", readForm(form));
  if (!result.ok) return failed(result);
  redirect("/recruiter?done=joined");
}

/** Creates a listing: a draft, or published at once when the "Publish" button sent the form. */
export async function saveJobAction(_prev: RecruiterFormState, form: FormData): Promise<RecruiterFormState> {
  const values = readForm(form);
  const result = await run<{ id: number; slug: string }>("createJob", {
    ...values,
    publish: values.intent === "publish",
  });
  if (!result.ok) return failed(result, values);
  redirect(`/recruiter?done=${values.intent === "publish" ? "published" : "drafted"}&job=${result.value.id}`);
}

export async function updateJobAction(_prev: RecruiterFormState, form: FormData): Promise<RecruiterFormState> {
  const values = readForm(form);
  const result = await run<{ id: number; slug: string }>("updateJob", values);
  if (!result.ok) return failed(result, values);
  revalidatePath(`/jobs/${result.value.slug}`);
  redirect(`/recruiter?done=updated&job=${result.value.id}`);
}

/* The dashboard's row buttons. They answer with a message shown beside the row. */

async function rowAction(name: "publishJob" | "closeJob", form: FormData, done: string): Promise<RecruiterFormState> {
  const result = await run<{ slug: string }>(name, readForm(form));
  if (!result.ok) return failed(result);
  revalidatePath(`/jobs/${result.value.slug}`);
  return { ok: true, message: done };
}

export async function publishJobAction(_prev: RecruiterFormState, form: FormData): Promise<RecruiterFormState> {
  return rowAction("publishJob", form, "Published: it is in search now.");
}

export async function closeJobAction(_prev: RecruiterFormState, form: FormData): Promise<RecruiterFormState> {
  return rowAction("closeJob", form, "Closed: it left search and no longer takes applications.");
}

export async function renewJobAction(_prev: RecruiterFormState, form: FormData): Promise<RecruiterFormState> {
  const result = await run<{ slug: string; validThrough: Date }>("renewJob", readForm(form));
  if (!result.ok) return failed(result);
  revalidatePath(`/jobs/${result.value.slug}`);
  return { ok: true, message: `Open until ${formatDate(result.value.validThrough)}.` };
}

export async function duplicateJobAction(_prev: RecruiterFormState, form: FormData): Promise<RecruiterFormState> {
  const result = await run<{ id: number }>("duplicateJob", readForm(form));
  if (!result.ok) return failed(result);
  redirect(`/recruiter/jobs/${result.value.id}/edit?copied=1`);
}
