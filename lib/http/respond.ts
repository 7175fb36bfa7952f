import { HTTP_STATUS, type Failure, type Issue } from "@/lib/result";

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
