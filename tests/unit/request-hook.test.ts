import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { databaseRecovered, noteQueryFailure } from "@/db/outage";
import { currentClientAddress } from "@/lib/http/client-address";
import { MAX_BODY_BYTES } from "@/lib/http/limits";
import { currentRequestId } from "@/lib/http/request-context";
import { installRequestHook } from "@/lib/http/request-hook";

/*
 * The hook instrumentation.ts installs, on a plain Node HTTP server (what `next start` runs
 * on): the handler reads the whole body, as Next would, and answers what it saw.
 */
let server: http.Server;
let port = 0;
beforeAll(async () => {
  installRequestHook(0);
  server = http.createServer((req, res) => {
    let bytes = 0;
    req.on("data", (chunk: Buffer) => (bytes += chunk.length));
    req.on("end", () => {
      if (req.url === "/fails-to-reach") {
        // A query of this request hit a dead connection, but the database is back already.
        noteQueryFailure({ code: "CONNECTION_CLOSED" });
        databaseRecovered();
        res.statusCode = 500;
        return void res.end("failed");
      }
      if (req.url === "/fails") {
        res.statusCode = 500;
        return void res.end("failed");
      }
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ bytes, requestId: currentRequestId(), address: currentClientAddress().address }));
    });
    req.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends `bytes` bytes in 64 KiB chunks, chunked (no Content-Length) unless `declared`. */
function send(path: string, bytes: number, headers: Record<string, string> = {}, declared = false) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string; ms: number }>(
    (resolve, reject) => {
      const started = Date.now();
      const req = http.request({
        host: "127.0.0.1",
        port,
        path,
        method: "POST",
        agent: false,
        headers: { ...headers, ...(declared ? { "content-length": String(bytes) } : {}) },
      });
      req.on("response", (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, ms: Date.now() - started }),
        );
      });
      // Once the answer has arrived the client may stop sending; before it, any error (a
      // reset that loses the 413, as a browser would see it) fails the request.
      let answered = false;
      req.on("response", () => (answered = true));
      req.on("error", (e) => (answered ? null : reject(e)));
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < bytes) {
          const piece = chunk.subarray(0, Math.min(chunk.length, bytes - sent));
          sent += piece.length;
          if (!req.write(piece)) return void req.once("drain", pump);
        }
        req.end();
      };
      pump();
    },
  );
}

describe("the request hook", () => {
  it("gives each request an id, keeps a sane incoming X-Request-Id, replaces any other, and echoes it", async () => {
    const made = await send("/", 0);
    expect(made.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(made.body)).toMatchObject({ requestId: made.headers["x-request-id"], address: "127.0.0.1" });
    const kept = await send("/", 0, { "x-request-id": "lb-trace:0001.abc" });
    expect(kept.headers["x-request-id"]).toBe("lb-trace:0001.abc");
    for (const bad of ["short", "has space in it", 'quote"d-value-1', "x".repeat(129)]) {
      const replaced = await send("/", 0, { "x-request-id": bad });
      expect(replaced.headers["x-request-id"], bad).not.toBe(bad);
      expect(replaced.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("refuses chunked bodies with a 413 the client always reads: the connection lingers, never reset while it sends", async () => {
    // Several at once: the reset (a closed socket with unread input) lost the answer now and then.
    const refused = await Promise.all(
      Array.from({ length: 12 }, () => send("/api/me/roadmaps/backend-engineer/progress", 8 * 1024 * 1024)),
    );
    expect(refused.map((r) => r.status)).toEqual(refused.map(() => 413));
  });

  it("refuses a chunked body with a 413 as soon as it passes the cap, without reading the rest", async () => {
    const big = await send("/api/me/roadmaps/backend-engineer/progress", 100 * 1024 * 1024);
    expect(big.status).toBe(413);
    expect(big.ms).toBeLessThan(5_000);
    expect(JSON.parse(big.body)).toEqual({
      error: "The request is too large",
      issues: [{ path: "body", message: `Send at most ${MAX_BODY_BYTES.toLocaleString("en-US")} bytes` }],
    });
    // Under the cap, and an upload path's larger cap: read whole.
    expect(JSON.parse((await send("/api/x", MAX_BODY_BYTES)).body).bytes).toBe(MAX_BODY_BYTES);
    expect(JSON.parse((await send("/jobs/some-role/application", 3 * 1024 * 1024)).body).bytes).toBe(3 * 1024 * 1024);
    // A declared length is the proxy's business (lib/http/request-guard.ts): not cut here.
    expect(JSON.parse((await send("/api/x", 2 * 1024 * 1024, {}, true)).body).bytes).toBe(2 * 1024 * 1024);
    // The server still answers afterwards.
    expect((await send("/", 0)).status).toBe(200);
  });

  it("answers 503 with Retry-After, not 500, when a request fails while the database is suspect or after its own query could not reach it; other 500s stay", async () => {
    noteQueryFailure({ code: "57P01" }); // Postgres shut down under a query in flight
    const during = await send("/fails", 0);
    expect(during.status).toBe(503);
    expect(during.headers["retry-after"]).toBe("5");
    expect(during.body).toBe("failed");
    databaseRecovered();
    // Back, but a read shared with this request may have failed moments ago: still a 503.
    expect((await send("/fails", 0)).status).toBe(503);
    vi.useFakeTimers({ now: Date.now() + 6_000, toFake: ["Date"] });
    const after = await send("/fails", 0);
    expect(after.status).toBe(500);
    expect(after.headers["retry-after"]).toBeUndefined();
    expect((await send("/fails-to-reach", 0)).status).toBe(503);
    vi.setSystemTime(Date.now() + 6_000);
    expect((await send("/fails", 0)).status).toBe(500);
    // A query that failed for its own sake (bad SQL) does not make the database suspect.
    noteQueryFailure({ code: "42601" });
    expect((await send("/fails", 0)).status).toBe(500);
    expect((await send("/", 0)).status).toBe(200);
    vi.useRealTimers();
  });
});
