import { z } from "zod";
import { isCleanText } from "./clean-text";

// No compiled parsers: zod probes `new Function` when an object schema is built, and the
// strict CSP (proxy.ts: no 'unsafe-eval') reports that probe as a violation in the browser,
// where validation modules are loaded for their labels. Every validation module imports this
// one first, so the setting precedes every schema. Parsing speed is not measurably lower here.
z.config({ jitless: true });

/*
 * Zod building blocks for input at the boundary (forms, actions, route bodies, query
 * strings). Postgres refuses NUL in text, XML (feeds) refuses most C0 controls, and ids are
 * `integer` columns: checked here, they get a field-level 4xx instead of a 500.
 */

/** Largest value of a Postgres `integer` (serial ids). */
export const MAX_DB_INT = 2_147_483_647;

export { isCleanText } from "./clean-text";

const CONTROL_MESSAGE = "Remove the control characters from this text";

/**
 * A trimmed single-line string of at most `max` characters, without control characters.
 * `min` > 0 makes it required with `required` as the message.
 */
export function line(opts: { max: number; min?: number; required?: string; tooLong?: string }) {
  const min = opts.min ?? 0;
  return z
    .string({ error: opts.required ?? "Enter a value" })
    .trim()
    .refine((v) => isCleanText(v), CONTROL_MESSAGE)
    .refine((v) => v.length >= min, opts.required ?? `Use at least ${min} characters`)
    .refine((v) => v.length <= opts.max, opts.tooLong ?? `Use at most ${opts.max.toLocaleString("en-US")} characters`);
}

/** Like `line`, but tabs and newlines are kept (notes, descriptions). */
export function multiline(opts: { max: number; min?: number; required?: string; tooLong?: string }) {
  const min = opts.min ?? 0;
  return z
    .string({ error: opts.required ?? "Enter a value" })
    .trim()
    .refine((v) => isCleanText(v, true), CONTROL_MESSAGE)
    .refine((v) => v.length >= min, opts.required ?? `Use at least ${min} characters`)
    .refine((v) => v.length <= opts.max, opts.tooLong ?? `Use at most ${opts.max.toLocaleString("en-US")} characters`);
}

/**
 * A database id from a form field, a URL segment or JSON: a whole number 1..2^31-1, given as
 * a number or as decimal digits. Anything else (`"1e3"`, `"0x10"`, `"99999999999"`) is refused.
 */
export function dbId(message = "Unknown id") {
  return z
    .union(
      [
        z.number(),
        z
          .string()
          .trim()
          .regex(/^\d{1,10}$/, message),
      ],
      { error: message },
    )
    .transform(Number)
    .pipe(z.number().int(message).min(1, message).max(MAX_DB_INT, message));
}

/** A yes/no from a checkbox, a form field or JSON: true, "true", "on", "1" / false, "false", "off", "0", "". */
export function flag(message = "Choose yes or no") {
  return z.union(
    [
      z.boolean(),
      z.enum(["true", "on", "1", "yes"], { error: message }).transform(() => true),
      z.enum(["false", "off", "0", "no", ""], { error: message }).transform(() => false),
    ],
    { error: message },
  );
}
