import type { ImportSourceKind } from "@/db/schema";

/** How a listing names where it came from: "via Greenhouse". */
export const SOURCE_LABELS: Record<ImportSourceKind, string> = {
  greenhouse: "Greenhouse",
  lever: "Lever",
  ashby: "Ashby",
  jsonld: "the company's careers page",
};
