import type { z } from "zod";

/** JSON answers shared by the progress routes: 400 `{ error, issues: [{ path, message }] }`. */
export type Issue = { path: string; message: string };

export const badRequest = (issues: Issue[]) =>
  Response.json({ error: "Check the highlighted fields", issues }, { status: 400 });

export const issuesOf = (error: z.ZodError): Issue[] =>
  error.issues.map((i) => ({ path: i.path.join(".") || "body", message: i.message }));

export async function readJson(
  req: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  if (!(req.headers.get("content-type") ?? "").includes("application/json")) {
    return {
      ok: false,
      response: Response.json(
        { error: "Send JSON", issues: [{ path: "body", message: "Use Content-Type: application/json" }] },
        { status: 415 },
      ),
    };
  }
  try {
    return { ok: true, value: await req.json() };
  } catch {
    return { ok: false, response: badRequest([{ path: "body", message: "The body is not valid JSON" }]) };
  }
}
