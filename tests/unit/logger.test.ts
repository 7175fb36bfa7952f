import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { requestStorage } from "@/lib/http/request-context";
import { createLogger } from "@/lib/log/logger";

const PASSWORD = "correct-horse-battery-staple";
const HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";
const BCRYPT = "$2b$10$abcdefghijklmnopqrstuuJmYhK1yWQ0V4Lk5Xr6bD2Jc8nq3Ouy";
const EMAIL = "ana.lopez@example.test";
const TOKEN = "6f1d3c0a9b8e7f6a5d4c3b2a1f0e9d8c";
const JWT = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..q1w2e3r4t5y6u7i8o9p0.a1s2d3f4g5h6j7k8l9.z1x2c3v4b5n6m7";
const SECRETS = [
  PASSWORD,
  HASH,
  "aGFzaGhhc2hoYXNoaGFzaA",
  "c2FsdHNhbHQ",
  BCRYPT,
  EMAIL,
  TOKEN,
  JWT,
  "hunter2",
  "s3cr3t-value",
  "sid=abc123",
];

/** A logger writing into an array of parsed lines, and the raw text. */
function logInto() {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString("utf8"));
      done();
    },
  });
  const log = createLogger(sink, "trace");
  return {
    log,
    text: () => chunks.join(""),
    lines: () =>
      chunks
        .join("")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe("the server's logger", () => {
  it("writes no password, hash, email, token, cookie or statement parameter, at any depth or in the message", () => {
    const { log, text, lines } = logInto();
    const queryError = Object.assign(new Error(`Failed query: insert into users values ($1, $2)`), {
      code: "23505",
      params: [EMAIL, HASH],
      cause: Object.assign(new Error("duplicate key"), {
        detail: `Key (email)=(${EMAIL}) already exists.`,
        parameters: [EMAIL],
      }),
    });
    log.info({ password: PASSWORD, email: EMAIL, passwordHash: HASH, user: { Email: EMAIL, hash: BCRYPT } }, "sign-up");
    log.warn({ headers: { cookie: "sid=abc123", authorization: `Bearer ${JWT}` }, sessionToken: TOKEN }, "request");
    log.error({ err: queryError, params: [EMAIL, PASSWORD], statement: { parameters: [HASH] } }, "query failed");
    log.error(queryError);
    log.info({ deep: { a: { b: { c: { d: { newPassword: "hunter2", apiKey: "s3cr3t-value" } } } } } }, "nested");
    log.info({ list: [{ email: EMAIL }, { resetToken: TOKEN }], note: `mailed ${EMAIL} a link with ${JWT}` }, "array");
    log.info(`free text mentioning ${EMAIL} and ${HASH} and ${BCRYPT}`);

    const out = text();
    expect(lines()).toHaveLength(7);
    for (const secret of SECRETS) expect(out).not.toContain(secret);
    // What is not secret stays, so the lines are still useful.
    expect(out).toContain("Failed query: insert into users values ($1, $2)");
    expect(out).toContain("23505");
    expect(lines()[0]).toMatchObject({ level: "info", msg: "sign-up", password: "[redacted]" });
    expect(lines()[6]!.msg).toBe("free text mentioning [email] and [hash] and [hash]");
  });

  it("puts the request's id on every line written inside it, and none outside", () => {
    const { log, lines } = logInto();
    requestStorage.run({ address: "203.0.113.9", verified: true, requestId: "req-12345678" }, () => {
      log.info("inside");
      log.child({ area: "mail" }).warn("child inside");
    });
    log.info("outside");
    expect(lines().map((l) => [l.msg, l.reqId])).toEqual([
      ["inside", "req-12345678"],
      ["child inside", "req-12345678"],
      ["outside", undefined],
    ]);
  });
});
