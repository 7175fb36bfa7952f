import type { FieldErrors } from "@/lib/result";

/*
 * The state every form action answers (lib/actions/define.ts builds the actions). Plain
 * data with no server imports, so client components read it with the helpers below.
 */

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

/** What was typed into `name` when the form came back with errors, else `fallback`. */
export function typed(state: FormState, name: string, fallback = ""): string {
  const v = state.values?.[name];
  return typeof v === "string" ? v : fallback;
}

/**
 * The values a form shows: after an answer with errors, what was typed (each field of
 * `initial` that came back with the same kind, text or list), else `initial`.
 */
export function shownValues<V extends FormValues>(state: FormState, initial: V): V {
  if (!state.values) return initial;
  const out: FormValues = { ...initial };
  for (const [key, before] of Object.entries(initial)) {
    const sent = state.values[key];
    if (sent !== undefined && Array.isArray(sent) === Array.isArray(before)) out[key] = sent;
  }
  return out as V;
}
