import { failure, ok, type Result } from "@/lib/result";

/**
 * A request's JSON body: unsupported_media_type (415) unless it says application/json,
 * invalid (400, issue on `body`) when it does not parse.
 */
export async function readJson(req: Request): Promise<Result<unknown>> {
  if (!(req.headers.get("content-type") ?? "").includes("application/json")) {
    return failure("unsupported_media_type", "Send JSON", [
      { path: "body", message: "Use Content-Type: application/json" },
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
