import { z } from "zod";

/** Database settings, read once. Without DATABASE_URL the app runs on embedded PGlite. */
const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().trim().min(1).default(".data/pglite"),
});

export const dbEnv = schema.parse(process.env);
