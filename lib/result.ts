import type { z } from "zod";

/**
 * The one result and error type of the domain. Every service in lib/ answers a
 * `Result<T>`; route handlers turn a `Failure` into HTTP with `errorResponse`
 * (lib/http/respond.ts), forms into a `FormState` (lib/actions/define.ts).
 *
 * Reasons and their HTTP status (RFC 9110 names):
 * invalid 400 · unauthenticated 401 · forbidden 403 · not_found 404 · conflict 409 ·
 * too_large 413 · unsupported_media_type 415 · rate_limited 429 · unavailable 503.
 */
export const ERROR_REASONS = [
  "invalid",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "too_large",
  "unsupported_media_type",
  "rate_limited",
  "unavailable",
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

export const HTTP_STATUS: Record<ErrorReason, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
};

/** One problem with one input field: `path` is the field name (dotted for nested fields). */
export type Issue = { path: string; message: string };

export type Failure = {
  ok: false;
  reason: ErrorReason;
  message: string;
  issues: Issue[];
  /** rate_limited only: seconds until a retry may succeed (HTTP `Retry-After`). */
  retryAfterSeconds?: number;
};
export type Success<T> = { ok: true; value: T };
export type Result<T = undefined> = Success<T> | Failure;

export function ok(): Success<undefined>;
export function ok<T>(value: T): Success<T>;
export function ok<T>(value?: T): Success<T | undefined> {
  return { ok: true, value };
}

export function failure(reason: ErrorReason, message: string, issues: Issue[] = []): Failure {
  return { ok: false, reason, message, issues };
}

/** Over a limit: the message says how long to wait; `retryAfterSeconds` is that wait. */
export function rateLimited(message: string, retryAfterSeconds: number, issues: Issue[] = []): Failure {
  return {
    ok: false,
    reason: "rate_limited",
    message,
    issues,
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)),
  };
}

/**
 * A refusal thrown inside a transaction, so the transaction rolls back and nothing is
 * half-written; `catchRefusal` turns it back into a `Failure`. Anything else thrown is a bug
 * and propagates (a 500).
 */
export class Refusal extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
    this.name = "Refusal";
  }
}

/** Throws a `Refusal`: `never` returns, so TypeScript narrows after it. */
export function refuse(reason: ErrorReason, message: string, issues: Issue[] = []): never {
  throw new Refusal(failure(reason, message, issues));
}

/** Runs `work`, answering a thrown `Refusal` as its `Failure`. */
export async function catchRefusal<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    throw error;
  }
}

/** Zod's issues as ours: the path joined with dots, or `fallbackPath` for the root. */
export function issuesFromZod(error: z.ZodError, fallbackPath = "body"): Issue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join(".") || fallbackPath, message: i.message }));
}

/**
 * Issues grouped by field, as forms show them: `{ email: ["Enter an email"] }`. An issue of
 * a list's item counts for the list (`skills.2` → `skills`: a form's list is one field).
 */
export type FieldErrors = Record<string, string[] | undefined>;

export function fieldErrorsOf(issues: Issue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const { path, message } of issues) (out[path.replace(/\.\d+(\..*)?$/, "")] ??= []).push(message);
  return out;
}
