import { failure, HTTP_STATUS, type Failure, type Issue } from "@/lib/result";

/** The JSON body of every error answer: `{ error, issues: [{ path, message }] }`. */
export type ErrorBody = { error: string; issues: Issue[] };

/** A `Failure` as HTTP: its reason's status and the one error body (with `Retry-After` when it has a wait). */
export function errorResponse(f: Failure, init: { headers?: HeadersInit } = {}): Response {
  const headers = new Headers(init.headers);
  if (f.retryAfterSeconds !== undefined) headers.set("retry-after", String(f.retryAfterSeconds));
  return Response.json({ error: f.message, issues: f.issues } satisfies ErrorBody, {
    status: HTTP_STATUS[f.reason],
    headers,
  });
}

/** The refusal of a body over `limit` bytes (413, the issue on `body`). */
export function bodyTooLarge(limit: number): Failure {
  return failure("too_large", "The request is too large", [
    { path: "body", message: `Send at most ${limit.toLocaleString("en-US")} bytes` },
  ]);
}
