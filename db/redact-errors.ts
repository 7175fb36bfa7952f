import { DrizzleQueryError } from "drizzle-orm/errors";
import { PgPreparedQuery } from "drizzle-orm/pg-core/session";
import { noteQueryFailure } from "./outage";

/*
 * A failed query must not put its values in the logs: Drizzle's error says
 * "Failed query: … params: <every value>" (an email, an argon2 hash, a token), and the
 * driver's error beside it carries them again (PGlite's `params`, Postgres's DETAIL such as
 * "Key (email)=(…) already exists" and CONTEXT "unnamed portal parameter $1 = '…'").
 * Patched once where both drivers' queries fail (PgPreparedQuery.queryWithCache), errors
 * keep the SQL text (placeholders only), the SQLSTATE code and the constraint, table and
 * column names that code reacts to.
 */

const HIDDEN = "[redacted]";

/** Strips the values from a failed query's error, in place (its class and code stay). */
export function redactQueryError(error: unknown): unknown {
  if (!(error instanceof DrizzleQueryError)) return error;
  const firstLine = `Failed query: ${error.query}`;
  error.stack = (error.stack ?? "").replace(/^[\s\S]*?\n\s+at /, `${error.name}: ${firstLine}\n    at `);
  error.message = firstLine;
  error.params = [];
  const cause = error.cause as Record<string, unknown> | undefined;
  if (cause && typeof cause === "object") {
    for (const key of ["params", "parameters", "detail", "where", "internalQuery"]) {
      const own = Object.getOwnPropertyDescriptor(cause, key);
      if (!own || cause[key] === undefined) continue;
      // postgres-js defines `parameters` and `query` hidden and fixed: they stay out of logs already.
      if (own.configurable) Object.defineProperty(cause, key, { value: HIDDEN, enumerable: false, configurable: true });
      else if (own.writable) cause[key] = HIDDEN;
    }
    // "invalid input syntax for type integer: "…"" quotes the value: keep the kind only.
    // (in the message and in the stack, which repeats it).
    const quoted = /: ".*"$/s;
    if (typeof cause.message === "string" && quoted.test(cause.message)) {
      const before = cause.message;
      const after = before.replace(quoted, `: ${HIDDEN}`);
      for (const key of ["message", "stack"] as const) {
        const value = cause[key];
        if (typeof value !== "string") continue;
        const own = Object.getOwnPropertyDescriptor(cause, key);
        const next = value.replace(before, after);
        if (!own || own.configurable)
          Object.defineProperty(cause, key, { value: next, configurable: true, writable: true, enumerable: false });
        else if (own.writable) cause[key] = next;
      }
    }
  }
  return error;
}

let patched = false;
/** Makes every Drizzle query error redacted (idempotent). */
export function redactFailedQueries(): void {
  if (patched) return;
  patched = true;
  const proto = PgPreparedQuery.prototype as unknown as { queryWithCache: (...args: unknown[]) => Promise<unknown> };
  const original = proto.queryWithCache;
  proto.queryWithCache = async function (this: unknown, ...args: unknown[]) {
    try {
      return await original.apply(this, args);
    } catch (error) {
      noteQueryFailure(error);
      throw redactQueryError(error);
    }
  };
}
