import ipaddr from "ipaddr.js";
import { parseEnv } from "@/env";
import { requestStorage, type ClientAddress } from "./request-context";

/*
 * The client's network address, for the sign-in limits. Never read from a header alone:
 * `X-Forwarded-For` is written by whoever sends the request.
 *
 * How `next start` (Next 16.4) exposes the socket: base-server.js sets
 * `req.headers['x-forwarded-for'] ??= req.socket.remoteAddress`, that is only when the
 * request has none. A client that sends its own header replaces the socket address, and a
 * route handler cannot tell the two apart (it gets a web `Request`, no socket). So Ladder
 * reads the socket itself: `installRequestHook()` (lib/http/request-hook.ts, run by
 * instrumentation.ts when the server starts) resolves the address from the socket and the
 * header on the Node request, before Next sees it, and keeps it in the request's context
 * (lib/http/request-context.ts) for the rest of that request.
 */

/** Requests that arrive before the hook is installed (the first moments of a start). */
export const UNVERIFIED_ADDRESS = "unverified";

/**
 * The client address behind `trustedProxies` proxies: the socket address when 0, else the
 * entry that many hops from the right of `X-Forwarded-For` (each proxy appends the address
 * it received the request from, so the right end is written by our own proxies and the left
 * end by the client). With fewer entries than proxies, the leftmost. Shape: an IPv4 or IPv6
 * address as text, e.g. "203.0.113.9"; IPv4-mapped IPv6 ("::ffff:1.2.3.4") becomes IPv4.
 * Express's `trust proxy = N` counts hops the same way.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = [
    socketAddress ?? "",
    ...header
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .reverse(),
  ];
  return normalizeAddress(hops[Math.min(trustedProxies, hops.length - 1)] ?? "");
}

/** IPv4-mapped IPv6 as IPv4, IPv6 in its canonical form; anything unparsable as given (at most 64 characters). */
export function normalizeAddress(address: string): string {
  const bare = address.replace(/^\[|\](:\d+)?$/g, "");
  if (!ipaddr.isValid(bare)) return address.slice(0, 64) || "unknown";
  return ipaddr.process(bare).toString();
}

/**
 * The key the per-address limit counts on: an IPv4 address, or the /64 network of an IPv6
 * one (one subscriber usually holds a whole /64, so rotating inside it must not reset the
 * count; RFC 6177 recommends at least a /64 per end site).
 */
export function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(":")}::/64`;
}

/** `TRUSTED_PROXIES`: how many proxies in front of the app append to X-Forwarded-For (0-10, default 0; env.ts). */
export function trustedProxyCount(source: Record<string, string | undefined> = process.env): number {
  return parseEnv(source).TRUSTED_PROXIES;
}

/** The client address of the current request, or `UNVERIFIED_ADDRESS` outside a hooked request (lib/http/request-hook.ts). */
export function currentClientAddress(): ClientAddress {
  const context = requestStorage.getStore();
  return context
    ? { address: context.address, verified: context.verified }
    : { address: UNVERIFIED_ADDRESS, verified: false };
}
