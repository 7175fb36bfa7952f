import http from "node:http";
import { connectionFailedWithin, databaseSuspect } from "@/db/outage";
import { logger } from "@/lib/log/logger";
import { HTTP_STATUS } from "@/lib/result";
import { resolveClientAddress, trustedProxyCount } from "./client-address";
import { bodyLimitFor } from "./limits";
import { requestIdFrom, requestStorage } from "./request-context";
import { bodyTooLarge, type ErrorBody } from "./respond";

const INSTALLED = Symbol.for("ladder.requestHook");
const g = globalThis as { [INSTALLED]?: boolean };

/**
 * Wraps every HTTP server's "request" event, before Next sees the request, so the rest of
 * the request runs in its context (lib/http/request-context.ts):
 * - its client address, from the socket and `TRUSTED_PROXIES` (lib/http/client-address.ts);
 * - its id: a sane incoming `X-Request-Id` or a new UUID, set on the request (so Next's
 *   handlers see the same one) and echoed on the response, and on every log line (lib/log/);
 * - a body sent without Content-Length (chunked) is counted as it arrives and refused
 *   with a 413 as soon as it passes its path's cap (`capChunkedBody`);
 * - a 500 written while the database is suspect is a 503 (`outageIs503`).
 * Installed once per process (instrumentation.ts); later calls do nothing.
 */
export function installRequestHook(trustedProxies = trustedProxyCount()): void {
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    const forward = () => Reflect.apply(emit, this, [event, ...args]) as boolean;
    if (event !== "request") return forward();
    const req = args[0] as http.IncomingMessage;
    const res = args[1] as http.ServerResponse;
    const address = resolveClientAddress(req.socket?.remoteAddress, req.headers["x-forwarded-for"], trustedProxies);
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    if (req.headers["content-length"] === undefined && req.headers["transfer-encoding"] !== undefined) {
      capChunkedBody(req, res, bodyLimitFor((req.url ?? "/").split("?", 1)[0]!));
    }
    outageIs503(res);
    return requestStorage.run({ address, verified: true, requestId }, forward);
  };
}

/** How long after any query failed to reach the database a 500 is still taken for its effect, in ms. */
const RECENT_MS = 5_000;

/**
 * Turns a 500 into a 503 with `Retry-After: 5` when the database is suspect as the 500 is
 * written, or a query failed to reach it within the last RECENT_MS (db/outage.ts). The proxy
 * answers 503 to requests that arrive during an outage; this covers those already past it
 * when Postgres went away: in flight at a shutdown (57P01, ECONNRESET), or sent on a pooled
 * connection that died with the old server just after another request found the database
 * back (CONNECTION_CLOSED), whose page or route then fails with a 500 (measured by review:
 * 1-5 such 500s per restart at 16 clients). A time window, not a mark on the request: a read
 * shared between requests fails outside the context of those awaiting it. The body stays
 * what Next wrote (the error page, or an empty body). Any other 500 stays a 500.
 */
function outageIs503(res: http.ServerResponse): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (statusCode === 500 && (databaseSuspect() || connectionFailedWithin(RECENT_MS))) {
      this.setHeader("retry-after", "5");
      this.setHeader("cache-control", "no-store");
      if (typeof rest[0] === "string") rest[0] = http.STATUS_CODES[503];
      return Reflect.apply(writeHead, this, [503, ...rest]) as http.ServerResponse;
    }
    return Reflect.apply(writeHead, this, [statusCode, ...rest]) as http.ServerResponse;
  } as typeof res.writeHead;
}

/** How long a refused connection keeps reading (and dropping) what the client still sends, in ms. */
const LINGER_MS = 5_000;

/**
 * Refuses a chunked body once more than `limit` bytes of it have arrived: answers 413 with
 * the one error body and closes the connection, without passing the rest on. Next itself
 * would buffer such a body for the proxy up to its own limit and drain what lies beyond
 * before answering (measured before this: 23 s for 100 MB). A declared Content-Length
 * over the cap is refused by the proxy before the body is read (lib/http/request-guard.ts).
 *
 * How: the HTTP parser hands each received piece of the body to `req.push`; counted here,
 * so nothing is consumed early. Past the cap, nothing more reaches Next, the 413 is
 * written, and whatever Next later writes for this request is dropped.
 *
 * The close lingers, as web servers' "lingering close" does (RFC 9112 section 9.6): the 413
 * goes out, then our half of the connection closes, and what the client still sends is read
 * and dropped until it closes its half or LINGER_MS pass. Closing a socket with unread input
 * makes the kernel send a reset, and a client still sending then fails with ECONNRESET before
 * it has read the 413 (measured: 1 request in 5 lost its answer so, over loopback).
 */
function capChunkedBody(req: http.IncomingMessage, res: http.ServerResponse, limit: number): void {
  let received = 0;
  let refused = false;
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    // Dropped, but `true`: `false` would stop the parser reading the socket (backpressure).
    if (refused) return true;
    if (chunk !== null && chunk !== undefined) received += (chunk as Buffer).length;
    if (received <= limit) return push(chunk, encoding);
    refused = true;
    refuse(req, res, limit);
    return true;
  };
}

function refuse(req: http.IncomingMessage, res: http.ServerResponse, limit: number): void {
  logger().warn({ limit, path: (req.url ?? "/").split("?", 1)[0] }, "413: chunked body over its cap");
  const socket = req.socket;
  if (res.headersSent) {
    socket.destroy();
    return;
  }
  const failure = bodyTooLarge(limit);
  const body = JSON.stringify({ error: failure.message, issues: failure.issues } satisfies ErrorBody);
  const status = HTTP_STATUS[failure.reason];
  // Written on the socket, not through `res`: finishing `res` would make Node close the
  // socket at once (a reset). Next still holds `res`: what it writes from now on goes nowhere.
  res.writeHead = () => res;
  res.setHeader = () => res;
  res.write = () => true;
  res.end = () => res;
  const head = [
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}`,
    "content-type: application/json",
    `content-length: ${Buffer.byteLength(body)}`,
    `x-request-id: ${String(res.getHeader("x-request-id") ?? "")}`,
    "connection: close",
  ];
  socket.end(`${head.join("\r\n")}\r\n\r\n${body}`);
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  timer.unref();
  socket.once("close", () => clearTimeout(timer));
  // The client has read the answer and closed its half: nothing more to drop.
  socket.once("end", () => socket.destroy());
}
