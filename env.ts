import { z } from "zod";

/*
 * The environment, in one place: every variable the app, the scripts and the tests read,
 * validated with zod. `env()` is the app's (parsed on first use, so importing this opens
 * nothing and `next build` needs none of them); `toolEnv()` the test and bench runners'.
 * Imports nothing of the project, so every layer may use it (db/ included).
 */

const blankIsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema.optional());
const postgresUrl = z
  .string()
  .trim()
  .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL");
const httpUrl = z
  .string()
  .trim()
  .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), "must be an http(s) URL");
const smtpUrl = z
  .string()
  .trim()
  .refine((v) => URL.canParse(v) && /^smtps?:$/.test(new URL(v).protocol), "must be an smtp:// or smtps:// URL");
const port = z.coerce.number().int().min(1).max(65_535);
/** "1"/"0" switches. */
const on = (fallback: boolean) =>
  z.preprocess(blankIsUnset, z.enum(["0", "1"]).optional()).transform((v) => (v === undefined ? fallback : v === "1"));

const appSchema = z
  .object({
    /** Real Postgres; unset: embedded PGlite in PGLITE_DIR. */
    DATABASE_URL: optional(postgresUrl),
    PGLITE_DIR: z.preprocess(blankIsUnset, z.string().trim().default(".data/pglite")),
    /** A streaming replica (read-only) that search reads from (db/index.ts `readDb`); unset: everything reads the primary. */
    DATABASE_REPLICA_URL: optional(postgresUrl),
    /**
     * "false" (or "0") turns off named prepared statements: needed behind a pooler in
     * transaction mode (PgBouncer `pool_mode = transaction`). Default true.
     */
    DATABASE_PREPARE: z
      .preprocess(blankIsUnset, z.enum(["true", "false", "1", "0"]).optional())
      .transform((v) => v !== "false" && v !== "0"),
    /** A Redis the instances share Next's data cache through (cache-handler.mjs); unset: each keeps its own. */
    REDIS_URL: optional(
      z
        .string()
        .trim()
        .regex(/^rediss?:\/\//, "must be a redis:// URL"),
    ),
    /** Signs session cookies (Auth.js reads it too). `dev`/`start` write one to .env.local when unset. */
    AUTH_SECRET: optional(z.string()),
    /** The public origin; APP_URL wins (lib/public-origin.ts). */
    APP_URL: optional(httpUrl),
    AUTH_URL: optional(httpUrl),
    AUTH_TRUST_HOST: optional(z.enum(["true", "false", "1", "0"])),
    AUTH_GITHUB_ID: optional(z.string()),
    AUTH_GITHUB_SECRET: optional(z.string()),
    AUTH_GOOGLE_ID: optional(z.string()),
    AUTH_GOOGLE_SECRET: optional(z.string()),
    PORT: z.preprocess(blankIsUnset, port.default(3000)),
    /** How many reverse proxies append to X-Forwarded-For (0: the socket address; lib/http/client-address.ts). */
    TRUSTED_PROXIES: z.preprocess(
      blankIsUnset,
      z.coerce
        .number({ error: "must be a whole number from 0 to 10" })
        .int("must be a whole number from 0 to 10")
        .min(0, "must be a whole number from 0 to 10")
        .max(10, "must be a whole number from 0 to 10")
        .default(0),
    ),
    /** The mail server (smtp://user:pass@host:port or smtps://); unset: the local outbox (lib/mail/). */
    SMTP_URL: optional(smtpUrl),
    /** The From of every mail: an address, or "Name <address>". */
    MAIL_FROM: z.preprocess(blankIsUnset, z.string().trim().min(3).default("Ladder <no-reply@ladder.localhost>")),
    /** 0: the app process runs no background jobs (run `npm run worker` beside it). */
    WORKER_IN_APP: on(true),
    /** 1 serves /bench/guides/[slug], the uncached guide page `npm run bench` times. */
    LADDER_BENCH_ROUTES: on(false),
    /**
     * 1 serves /api/test/*, the triggers the e2e specs use (playwright.config.ts sets it):
     * never set it on a deployment. Off, those routes are 404s.
     */
    LADDER_TEST_ROUTES: on(false),
    /** Base URLs of the job board APIs imports read (lib/import/sources): tests and staging point them at a local server. */
    GREENHOUSE_API_URL: z.preprocess(blankIsUnset, httpUrl.default("https://boards-api.greenhouse.io")),
    LEVER_API_URL: z.preprocess(blankIsUnset, httpUrl.default("https://api.lever.co")),
    ASHBY_API_URL: z.preprocess(blankIsUnset, httpUrl.default("https://api.ashbyhq.com")),
    /**
     * When the background worker syncs every enabled import source: a 5-field cron
     * expression in UTC (default hourly, on the hour), or "off" (then only the button and
     * `npm run import`).
     */
    IMPORT_SCHEDULE: z.preprocess(
      blankIsUnset,
      z
        .string()
        .trim()
        .regex(/^(off|\S+( \S+){4})$/, 'must be a cron expression of 5 fields ("0 * * * *") or "off"')
        .default("0 * * * *"),
    ),
    /** 1 lets imports fetch private and loopback addresses (tests, local fixtures); off, a careers-page URL must be public. */
    IMPORT_ALLOW_PRIVATE_URLS: on(false),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** Least severe level written to the log (lib/log/logger.ts): fatal, error, warn, info (default), debug, trace or silent. */
    LOG_LEVEL: z.preprocess(
      blankIsUnset,
      z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    ),
  })
  .superRefine((e, ctx) => {
    // An OAuth provider needs both halves: one alone is a deployment mistake, not "off".
    for (const [id, secret] of [
      ["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET"],
      ["AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET"],
    ] as const) {
      if (Boolean(e[id]) !== Boolean(e[secret])) {
        ctx.addIssue({ code: "custom", path: [e[id] ? secret : id], message: `is needed with ${e[id] ? id : secret}` });
      }
    }
  });

export type AppEnv = z.output<typeof appSchema>;

function parse<S extends z.ZodType>(schema: S, source: Record<string, string | undefined>): z.output<S> {
  const parsed = schema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new Error(`Invalid environment:\n${lines.join("\n")}`);
}

/** The app's settings from `source` (default: process.env). Throws one error naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): AppEnv {
  return parse(appSchema, source);
}

let cached: AppEnv | undefined;
/** The app's settings, parsed once per process. */
export function env(): AppEnv {
  return (cached ??= parseEnv());
}

const toolSchema = z.object({
  /** Integration tests also run on this Postgres server (falls back to DATABASE_URL). */
  TEST_DATABASE_URL: optional(postgresUrl),
  /** Set by vitest.config.ts per project: which database a test file runs on. */
  TEST_DB: z.enum(["pglite", "postgres"]).optional(),
  /** `npm run bench`'s database (falls back to DATABASE_URL). */
  BENCH_DATABASE_URL: optional(postgresUrl),
  CHROMIUM_PATH: optional(z.string()),
  /** Port of the e2e server (`next start`). */
  E2E_PORT: z.preprocess(blankIsUnset, port.default(3200)),
  /** Port of `npm run audit:pages`'s server (scripts/audit-pages.ts). */
  AUDIT_PORT: z.preprocess(blankIsUnset, port.default(3202)),
  /** Port of the fuzz step's server (scripts/fuzz.ts). */
  FUZZ_PORT: z.preprocess(blankIsUnset, port.default(3201)),
  /** Port of the abuse step's server (scripts/abuse.ts). */
  ABUSE_PORT: z.preprocess(blankIsUnset, port.default(3202)),
  /** The fuzz step's seed and request count: the same seed sends the same requests. */
  FUZZ_SEED: z.preprocess(blankIsUnset, z.coerce.number().int().min(0).default(12)),
  FUZZ_COUNT: z.preprocess(blankIsUnset, z.coerce.number().int().min(1).max(100_000).default(2_400)),
  CI: optional(z.string()),
  PLAYWRIGHT_JSON_OUTPUT_NAME: optional(z.string()),
  DATABASE_URL: optional(postgresUrl),
});

/** The test and bench runners' settings (read where they start). */
export function toolEnv(source: Record<string, string | undefined> = process.env) {
  return parse(toolSchema, source);
}
