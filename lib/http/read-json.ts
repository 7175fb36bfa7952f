import { failure, ok, type Result } from "@/lib/result";
import { MAX_BODY_BYTES } from "./limits";

/**
 * Whether a Content-Type is exactly JSON: `application/json`, optionally with a charset
 * parameter. Not "contains application/json": `text/plain; application/json` is what a
 * no-cors form or fetch from another site can send without a preflight.
 */
export function isJsonContentType(value: string | null): boolean {
  return /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i.test((value ?? "").trim());
}

/**
 * A request's JSON body: unsupported_media_type (415) unless its type is exactly
 * application/json, too_large (413) over MAX_BODY_BYTES (proxy.ts refuses those first;
 * this holds without it), invalid (400, issue on `body`) when it does not parse.
 */
export async function readJson(req: Request): Promise<Result<unknown>> {
  if (!isJsonContentType(req.headers.get("content-type"))) {
    return failure("unsupported_media_type", "Send JSON", [
      { path: "body", message: "Use Content-Type: application/json" },
    ]);
  }
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) {
    return failure("too_large", "The request is too large", [
      { path: "body", message: `Send at most ${MAX_BODY_BYTES.toLocaleString("en-US")} bytes` },
    ]);
  }
  try {
    return ok(await req.json());
  } catch {
    return failure("invalid", "Check the highlighted fields", [
      { path: "body", message: "The body is not valid JSON" },
    ]);
  }
}
