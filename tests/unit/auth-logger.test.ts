import { Auth, skipCSRFCheck } from "@auth/core";
import Credentials from "@auth/core/providers/credentials";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authLogger } from "@/lib/auth/logger";
import { captureLogs } from "../helpers/logs";

const PASSWORD = "hunter2-correct-horse";
const HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";

/** Runs a credentials sign-in through Auth.js itself, with Ladder's logger, and returns what it logged. */
async function signInLogs(authorize: () => Promise<null>) {
  const logs = captureLogs();
  const response = await Auth(
    new Request("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "ana@example.test", password: PASSWORD }),
    }),
    {
      providers: [Credentials({ credentials: { email: {}, password: {} }, authorize })],
      secret: "a-test-secret-that-is-long-enough-000",
      trustHost: true,
      skipCSRFCheck,
      basePath: "/api/auth",
      logger: authLogger,
    },
  );
  return { lines: logs.lines(), text: logs.text(), status: response.status };
}

afterEach(() => vi.restoreAllMocks());

describe("Auth.js logging", () => {
  it("logs a failed sign-in as one line, without the password", async () => {
    const { lines, status } = await signInLogs(async () => null);
    expect(status).toBe(302);
    expect(lines.map((l) => [l.level, l.msg])).toEqual([["warn", "[auth] sign-in refused (credentials)"]]);
  });

  it("logs an error inside the check without its message, so no password, email or hash", async () => {
    const { lines, text } = await signInLogs(async () => {
      throw new Error(`Failed query: select ... params: ana@example.test,${HASH},${PASSWORD}`);
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.msg).toBe("[auth][error] CallbackRouteError: Error");
    expect(String(lines[0]!.stack).split("\n").length).toBeLessThanOrEqual(10);
    const all = text;
    for (const secret of [PASSWORD, HASH, "ana@example.test", "params"]) expect(all).not.toContain(secret);
  });
});
