import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "@/env";
import { currentRequestId } from "@/lib/http/request-context";

/*
 * The server's one logger (pino): one JSON object a line in production, a short readable
 * line in development. Every line written while a request is handled carries its id
 * (`reqId`, the `X-Request-Id` the response echoes; lib/http/request-hook.ts).
 *
 * Nothing secret reaches a line, whatever a caller passes:
 * - any property, at any depth, whose name says it holds a password, hash, token, secret,
 *   cookie, authorization, email or a statement's parameters is replaced by "[redacted]";
 * - errors are reduced to their class, code, message and stack (Drizzle's query errors
 *   already lose their values: db/redact-errors.ts), never their other properties;
 * - the finished line is scrubbed once more for anything shaped like an email address, a
 *   password hash (argon2, bcrypt) or a JSON Web Token, wherever it sits (the message too).
 */

const REDACTED = "[redacted]";

/** Property names whose values never reach a line (matched case-insensitively, anywhere in the name). */
const SECRET_KEY =
  /pass(word|wd|phrase)?|secret|token|hash|salt|cookie|authori[sz]ation|e-?mail|params|parameters|api-?key|credential|signature/i;

/** Values that never reach a line, wherever they sit: email addresses, argon2/bcrypt hashes, JWTs/JWEs. */
const SECRET_VALUES: readonly [RegExp, string][] = [
  [/\$argon2(?:id|i|d)\$[^\s"']*/g, "[hash]"],
  [/\$2[abxy]\$\d{2}\$[./A-Za-z0-9]{20,}/g, "[hash]"],
  [/\beyJ[A-Za-z0-9_-]{5,}(?:\.[A-Za-z0-9_-]*){1,4}/g, "[token]"],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, "[email]"],
];

/** `text` with every email address, password hash and JWT replaced by a placeholder. */
export function scrubSecrets(text: string): string {
  return SECRET_VALUES.reduce((out, [pattern, placeholder]) => out.replace(pattern, placeholder), text);
}

const MAX_DEPTH = 6;
const MAX_ITEMS = 50;

/**
 * A copy of `value` safe to log: secret-named properties redacted at any depth, errors as
 * `{type, code, message, stack, cause}`, at most 6 levels and 50 items a level.
 */
export function redactForLog(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "[…]";
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return {
      type: value.name,
      ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
      message: value.message,
      stack: value.stack,
      ...(value.cause !== undefined ? { cause: redactForLog(value.cause, depth + 1) } : {}),
    };
  }
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => redactForLog(item, depth + 1));
  if (value instanceof Date) return value.toISOString();
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value).slice(0, MAX_ITEMS)) {
    out[key] = SECRET_KEY.test(key) ? REDACTED : redactForLog(item, depth + 1);
  }
  return out;
}

/** Development only: `12:03:04 WARN [reqId] message {rest}` instead of JSON (no worker thread, no extra package). */
const readable: DestinationStream = {
  write(line: string) {
    const { level, time, msg, reqId, ...fields } = JSON.parse(line) as Record<string, unknown>;
    const rest = Object.fromEntries(Object.entries(fields).filter(([key]) => key !== "pid"));
    const clock = String(time).slice(11, 19);
    const extra = Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : "";
    const id = typeof reqId === "string" ? ` [${reqId.slice(0, 8)}]` : "";
    process.stdout.write(`${clock} ${String(level).toUpperCase()}${id} ${String(msg ?? "")}${extra}\n`);
  },
};

/**
 * A logger with Ladder's redaction and request ids, writing to `destination` (default: the
 * process's stdout, readable lines in development). Tests pass their own destination.
 */
export function createLogger(destination?: DestinationStream, level = env().LOG_LEVEL): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin() {
        const reqId = currentRequestId();
        return reqId ? { reqId } : {};
      },
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => redactForLog(object) as Record<string, unknown>,
      },
      hooks: { streamWrite: scrubSecrets },
    },
    destination ?? (env().NODE_ENV === "development" ? readable : process.stdout),
  );
}

// One per process (on globalThis: instrumentation.ts and the route bundles are separate module graphs).
const LOGGER = Symbol.for("ladder.logger");
const g = globalThis as { [LOGGER]?: Logger };

/** The process's logger, made on first use. `logger().child({ area: "mail" })` for one area's lines. */
export function logger(): Logger {
  return (g[LOGGER] ??= createLogger());
}
