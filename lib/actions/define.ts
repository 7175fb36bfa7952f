import "server-only";
import { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { failure, fieldErrorsOf, issuesFromZod, type FieldErrors, type Result } from "@/lib/result";

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
export type ActionContext<A extends Access> = { user: A extends "public" ? CurrentUser | null : CurrentUser };

/** Form fields as strings (lists as string arrays), echoed back so a form keeps what was typed. */
export type FormValues = Record<string, string | string[]>;

/** The one state every form action answers. `data` carries what a form shows after success. */
export type FormState<D = unknown> = {
  ok?: boolean;
  message?: string;
  errors?: FieldErrors;
  values?: FormValues;
  data?: D;
};

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

async function authenticate<A extends Access>(access: A): Promise<ActionContext<A> | { denied: string }> {
  const user = await getCurrentUser();
  if (access === "public") return { user } as ActionContext<A>;
  if (!user) return { denied: SIGNED_OUT };
  if (access === "admin" && user.role !== "admin") return { denied: NOT_ADMIN };
  return { user } as ActionContext<A>;
}

/** A server action called with one argument object (buttons, toggles): answers the Result. */
export function defineAction<S extends z.ZodType, T, A extends Access>(def: {
  access: A;
  schema: S;
  run: (input: z.output<S>, ctx: ActionContext<A>) => Promise<Result<T>>;
  onSuccess?: (value: T, input: z.output<S>, ctx: ActionContext<A>) => void | Promise<void>;
}): (raw: z.input<S>) => Promise<Result<T>> {
  return async (raw) => {
    const ctx = await authenticate(def.access);
    if ("denied" in ctx) return failure(def.access === "admin" ? "forbidden" : "unauthenticated", ctx.denied);
    const parsed = def.schema.safeParse(raw);
    if (!parsed.success) return failure("invalid", CHECK_FIELDS, issuesFromZod(parsed.error, "input"));
    const result = await def.run(parsed.data, ctx);
    if (result.ok && def.onSuccess) await def.onSuccess(result.value, parsed.data, ctx);
    return result;
  };
}

/** A server action behind a `<form>` (works without JavaScript): answers a FormState. */
export function defineFormAction<S extends z.ZodType, T, A extends Access>(def: {
  access: A;
  schema: S;
  /** Fields that may repeat (checkbox groups, multi-selects). */
  lists?: readonly string[];
  run: (input: z.output<S>, ctx: ActionContext<A>) => Promise<Result<T>>;
  /** After success: revalidate and redirect, or return what the form shows. */
  onSuccess: (value: T, input: z.output<S>, ctx: ActionContext<A>) => FormState | Promise<FormState>;
  /** The message beside field errors (default: "Check the highlighted fields. Nothing was saved."). */
  invalidMessage?: string;
}): (prev: FormState, form: FormData) => Promise<FormState> {
  return async (_prev, form) => {
    const values = readForm(form, def.lists);
    const ctx = await authenticate(def.access);
    if ("denied" in ctx) return { ok: false, message: ctx.denied, values: echo(values) };
    const parsed = def.schema.safeParse(values);
    if (!parsed.success) {
      return {
        ok: false,
        message: def.invalidMessage ?? CHECK_FIELDS,
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
