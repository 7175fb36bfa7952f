import http from "node:http";
import { resolveClientAddress, trustedProxyCount } from "./client-address";
import { requestIdFrom, requestStorage } from "./request-context";

const INSTALLED = Symbol.for("ladder.requestHook");
const g = globalThis as { [INSTALLED]?: boolean };

/**
 * Wraps every HTTP server's "request" event, before Next sees the request, so the rest of
 * the request runs in its context (lib/http/request-context.ts):
 * - its client address, from the socket and `TRUSTED_PROXIES` (lib/http/client-address.ts);
 * - its id: a sane incoming `X-Request-Id` or a new UUID, set on the request (so Next's
 *   handlers see the same one) and echoed on the response, and on every log line (lib/log/).
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
    return requestStorage.run({ address, verified: true, requestId }, forward);
  };
}
