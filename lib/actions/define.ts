import "server-only";
import { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { failure, fieldErrorsOf, issuesFromZod, type Result } from "@/lib/result";
import { isCleanText } from "@/lib/validation/fields";
import type { FormState, FormValues } from "./form-state";

/*
 * The one way to write a server action:
 *   1. authenticate (`access`: "public" says so explicitly, "user" needs a session,
 *      "admin" a session whose role is admin; the service re-reads the role from the
 *      database, since a session's role may be stale),
 *   2. validate with zod (`schema`),
 *   3. authorize and write in one lib/ call (`run`, answering a Result),
 *   4. then `onSuccess`: revalidate, redirect, or say what happened. It runs outside any
 *      try/catch, so Next's redirect() works there.
 * A form action answers a `FormState`; an action called with arguments answers the Result.
 */

export type Access = "public" | "user" | "admin";
export type ActionContext<A extends Access> = {
  user: A extends "public" ? CurrentUser | null : CurrentUser;
  /** The form's files named in `files` (defineFormAction): name and bytes, or null when none was chosen. */
  files: Record<string, Upload | null>;
};

/** A file from a form: the name the browser gave and the bytes. */
export type Upload = { name: string; bytes: Uint8Array };

/**
 * Whether a form's file part is a file input left empty. The browser still sends a part with
 * no bytes and `filename=""`; Next's multipart parser (busboy) drops the empty filename, and
 * React rebuilds the part with `formData.append(name, blob, undefined)`, which Node names
 * "undefined" (a plain `append(name, blob)` names it "blob"). A file the person chose keeps
 * its own name, so an empty `cv.pdf` is still an upload (and refused as empty).
 */
function isUnchosenFile(value: File): boolean {
  return value.size === 0 && ["", "blob", "undefined"].includes(value.name);
}

async function uploadsOf(form: FormData | null, names: readonly string[] = []): Promise<Record<string, Upload | null>> {
  const out: Record<string, Upload | null> = {};
  for (const name of names) {
    const value = form?.get(name);
    out[name] =
      value instanceof File && !isUnchosenFile(value)
        ? { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) }
        : null;
  }
  return out;
}

/**
 * The schema of a form whose fields an operation validates itself, inside its transaction
 * and after checking the user's role (lib/recruiters): text fields and lists, no files.
 */
export const formFields = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

const SIGNED_OUT = "Your session ended: sign in again. Nothing was saved.";
const NOT_ADMIN = "Only admins can do that. Nothing was changed.";
const CHECK_FIELDS = "Check the highlighted fields. Nothing was saved.";

/**
 * The one FormData reader: every text field as a string, the names in `lists` as string
 * arrays (missing lists become []). Files and React's own `$ACTION_` fields are skipped.
 */
export function readForm(form: FormData, lists: readonly string[] = []): FormValues {
  const out: FormValues = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    // Field names are ours: one with control characters is not a field of any form.
    if (!isCleanText(key)) continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = lists.includes(key) ? all : (all[0] ?? "");
  }
  for (const key of lists) out[key] ??= [];
  return out;
}

/** What may be sent back to the browser: never a password. */
function echo(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !/password/i.test(k)));
}

async function authenticate<A extends Access>(
  access: A,
  files: Record<string, Upload | null> = {},
): Promise<ActionContext<A> | { denied: string }> {
  const user = await getCurrentUser();
  if (access === "public") return { user, files } as ActionContext<A>;
  if (!user) return { denied: SIGNED_OUT };
  if (access === "admin" && user.role !== "admin") return { denied: NOT_ADMIN };
  return { user, files } as ActionContext<A>;
}

type Messages = {
  /** Said when the access check fails (default: the session ended, or admins only). */
  denied?: string;
  /** Said beside field errors (default: "Check the highlighted fields. Nothing was saved."). */
  invalid?: string;
};

/**
 * What defineAction builds: called with its argument object it answers the Result; bound to
 * a plain `<form action>` (no state shown: it revalidates or redirects) it answers nothing.
 */
type Action<I, T> = { (form: FormData): Promise<void>; (raw: I): Promise<Result<T>> };

/**
 * A server action called with one argument object (buttons, toggles), or bound to a plain
 * `<form action>` whose FormData is read with `readForm`.
 */
export function defineAction<S extends z.ZodType, T, A extends Access>(def: {
  access: A;
  schema: S;
  /** With a FormData: fields that may repeat. */
  lists?: readonly string[];
  run: (input: z.output<S>, ctx: ActionContext<A>) => Promise<Result<T>>;
  onSuccess?: (value: T, input: z.output<S>, ctx: ActionContext<A>) => void | Promise<void>;
  messages?: Messages;
}): Action<z.input<S>, T> {
  async function action(raw: z.input<S> | FormData): Promise<Result<T>> {
    const ctx = await authenticate(def.access);
    if ("denied" in ctx) {
      return failure(def.access === "admin" ? "forbidden" : "unauthenticated", def.messages?.denied ?? ctx.denied);
    }
    const parsed = def.schema.safeParse(raw instanceof FormData ? readForm(raw, def.lists) : raw);
    if (!parsed.success) {
      return failure("invalid", def.messages?.invalid ?? CHECK_FIELDS, issuesFromZod(parsed.error, "input"));
    }
    const result = await def.run(parsed.data, ctx);
    if (result.ok && def.onSuccess) await def.onSuccess(result.value, parsed.data, ctx);
    return result;
  }
  return async function serverAction(raw: z.input<S> | FormData) {
    const result = await action(raw);
    // A plain form shows no state: nothing goes back to the browser.
    return raw instanceof FormData ? undefined : result;
  } as Action<z.input<S>, T>;
}

/** A server action behind a `<form>` (works without JavaScript): answers a FormState. */
export function defineFormAction<S extends z.ZodType, T, A extends Access, D = unknown>(def: {
  access: A;
  schema: S;
  /** Fields that may repeat (checkbox groups, multi-selects). */
  lists?: readonly string[];
  /** File inputs, handed to `run` as `ctx.files` (the form needs `encType` multipart, which React sets). */
  files?: readonly string[];
  run: (input: z.output<S>, ctx: ActionContext<A>) => Promise<Result<T>>;
  /** After success: revalidate and redirect, or return what the form shows. */
  onSuccess: (value: T, input: z.output<S>, ctx: ActionContext<A>) => FormState<D> | Promise<FormState<D>>;
  messages?: Messages;
}): (prev: FormState<D>, form: FormData) => Promise<FormState<D>> {
  return async (_prev, form) => {
    // A hand-made call can send anything in place of the FormData: refuse it, never throw.
    if (!(form instanceof FormData)) return { ok: false, message: def.messages?.invalid ?? CHECK_FIELDS };
    const values = readForm(form, def.lists);
    const ctx = await authenticate(def.access, await uploadsOf(form, def.files));
    if ("denied" in ctx) return { ok: false, message: def.messages?.denied ?? ctx.denied, values: echo(values) };
    const parsed = def.schema.safeParse(values);
    if (!parsed.success) {
      return {
        ok: false,
        message: def.messages?.invalid ?? CHECK_FIELDS,
        errors: fieldErrorsOf(issuesFromZod(parsed.error, "form")),
        values: echo(values),
      };
    }
    const result = await def.run(parsed.data, ctx);
    if (!result.ok) {
      return { ok: false, message: result.message, errors: fieldErrorsOf(result.issues), values: echo(values) };
    }
    return def.onSuccess(result.value, parsed.data, ctx);
  };
}
