import { z } from "zod";
import { decodeCursor } from "./cursor";

const single = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** The query string of /jobs. Empty values count as absent. */
export const jobListParams = z.object({
  q: z.preprocess(
    (v) => (typeof single(v) === "string" ? (single(v) as string).trim() || undefined : undefined),
    z.string().max(200, "Search text can be at most 200 characters").optional(),
  ),
  guide: z.preprocess(
    (v) => single(v) || undefined,
    z.string().regex(/^[a-z0-9-]{1,80}$/, "Unknown guide").optional(),
  ),
  skill: z.preprocess(
    (v) => (v === undefined || v === "" ? undefined : Array.isArray(v) ? v : [v]),
    z.array(z.string().regex(/^[a-z0-9-]{1,60}$/, "Unknown skill")).max(10, "At most 10 skills").optional(),
  ),
  cursor: z.preprocess(
    (v) => single(v) || undefined,
    z
      .string()
      .refine((c) => decodeCursor(c) !== null, "This page link is not valid; start from the first page")
      .optional(),
  ),
  limit: z.preprocess(
    (v) => single(v) || undefined,
    z.coerce.number().int("Limit must be a whole number").min(1, "Limit must be 1 to 50").max(50, "Limit must be 1 to 50").default(20),
  ),
});

export type JobListParams = z.infer<typeof jobListParams>;
