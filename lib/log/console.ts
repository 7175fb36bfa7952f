import type { Logger } from "pino";
import { logger } from "./logger";

/** ANSI colour and style sequences (Next colours its own "⨯" error lines). */
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Makes `console.error` and `console.warn` write through the logger (`log`, default the
 * process's): one JSON line each, with the request id of the request being handled and the
 * logger's redaction. Next reports a failed page, route or action that way ("⨯ Error: Failed
 * query …", several lines, no id), as do libraries. The first Error among the arguments is
 * the line's `err`; other objects its `details`; the strings its message, uncoloured. Installed once per process in
 * production (instrumentation.ts); development keeps Next's readable output.
 */
export function routeConsoleToLogger(log: Logger = logger()): void {
  for (const level of ["error", "warn"] as const) {
    console[level] = (...args: unknown[]) => {
      const err = args.find((a): a is Error => a instanceof Error);
      const rest = args.filter((a) => a !== err);
      const text = rest
        .filter((a) => typeof a !== "object" || a === null)
        .map(String)
        .join(" ")
        .replace(ANSI, "")
        .trim();
      // Objects stay fields, so the logger's redaction sees their keys (inspected into the
      // message, a `password` would pass through).
      const details = rest.filter((a) => typeof a === "object" && a !== null);
      log[level]({ ...(err ? { err } : {}), ...(details.length ? { details } : {}) }, text || err?.message || "");
    };
  }
}
