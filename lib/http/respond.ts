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

/**
 * A stored file's bytes for a reader the caller has authorized: inline (PDFs open in the
 * browser) or as an attachment. `Content-Disposition` carries an ASCII fallback and the
 * UTF-8 name (RFC 6266, RFC 8187); nosniff, no caching, no referrer.
 */
export function fileResponse(file: { name: string; mediaType: string; data: Uint8Array }, download: boolean): Response {
  const ascii = file.name.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Disposition": `${download ? "attachment" : "inline"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "Content-Length": String(file.data.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}
