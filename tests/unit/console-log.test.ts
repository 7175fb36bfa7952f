import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { requestStorage } from "@/lib/http/request-context";
import { routeConsoleToLogger } from "@/lib/log/console";
import { createLogger } from "@/lib/log/logger";

const original = { error: console.error, warn: console.warn };
afterEach(() => Object.assign(console, original));

/** A logger writing its lines into `lines`, parsed. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, log: createLogger(sink, "info") };
}

describe("console.error and console.warn through the logger", () => {
  it("writes Next's failed-request report as one JSON line with the request id, its error, and no values", async () => {
    const { lines, log } = capture();
    routeConsoleToLogger(log);
    const failure = Object.assign(new Error("Failed query: select 1 where email = $1"), { code: "57P01" });
    requestStorage.run({ address: "127.0.0.1", verified: true, requestId: "req-12345678" }, () => {
      console.error("\u001b[31m⨯\u001b[39m", failure, { digest: "123", password: "hunter2" });
    });
    console.warn("outside any request, writing to someone@example.com");
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      level: "error",
      reqId: "req-12345678",
      err: { code: "57P01", message: "Failed query: select 1 where email = $1" },
    });
    expect(lines[0]!.msg).toBe("⨯");
    expect(lines[0]!.details).toEqual([{ digest: "123", password: "[redacted]" }]);
    expect(JSON.stringify(lines)).not.toMatch(/hunter2|someone@example\.com|\\u001b/);
    expect(lines[1]).toMatchObject({ level: "warn" });
    expect(lines[1]!.reqId).toBeUndefined();
  });
});
