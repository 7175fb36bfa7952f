import dns from "node:dns/promises";
import ipaddr from "ipaddr.js";
import { SourceError } from "./types";

/** How long a source may take to answer, and the most it may send. */
export const FETCH_TIMEOUT_MS = 20_000;
const MAX_BYTES = 50 * 1024 * 1024;
const MAX_REDIRECTS = 3;

export type FetchOptions = {
  timeoutMs?: number;
  /** Refuse hosts that resolve to private, loopback or link-local addresses (careers-page URLs typed by people). */
  publicOnly?: boolean;
};

/**
 * Whether a URL's host is, without asking DNS, not a public one: a literal IP address
 * outside public unicast (loopback, private, link-local such as the cloud metadata address
 * 169.254.169.254, unique-local; IPv4-mapped IPv6 unwrapped; the URL parser has already
 * turned "2852039166" or "0xa9.254.169.254" into dotted form), or a name that only a local
 * network answers: "localhost", a single label ("metadata"), or one under .localhost,
 * .local, .internal, .lan, .home.arpa. Used when a careers page is added, and again
 * before every fetch (with DNS then).
 */
export function privateHost(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (ipaddr.isValid(host)) return ipaddr.process(host).range() !== "unicast";
  const name = host.replace(/\.$/, "");
  return !name.includes(".") || /(^|\.)(localhost|local|internal|lan|home\.arpa)$/.test(name);
}

/**
 * Refuses a URL whose host resolves to anything but public unicast addresses: a
 * careers-page URL is typed by a recruiter, and the server must not be made to read its
 * own network (databases, cloud metadata at 169.254.169.254).
 */
async function assertPublic(url: URL) {
  if (privateHost(url)) throw new SourceError(`${url.host} is not a public address`);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = ipaddr.isValid(host) ? [host] : (await dns.lookup(host, { all: true })).map((a) => a.address);
  for (const address of addresses) {
    const parsed = ipaddr.process(address);
    if (parsed.range() !== "unicast") throw new SourceError(`${url.host} is not a public address`);
  }
}

/**
 * The body of a GET to `url` as text. Throws a SourceError, with a sentence for the
 * source's status line, when the source times out, refuses, answers other than 2xx, or
 * sends more than 50 MB. Redirects are followed (at most 3), each hop checked like the first.
 */
export async function fetchText(url: string, options: FetchOptions = {}): Promise<string> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  let target = new URL(url);
  const signal = AbortSignal.timeout(timeoutMs);
  for (let hop = 0; ; hop++) {
    if (!/^https?:$/.test(target.protocol)) throw new SourceError(`${target.protocol} links cannot be read`);
    if (options.publicOnly) await assertPublic(target);
    let response: Response;
    try {
      response = await fetch(target, {
        signal,
        redirect: "manual",
        headers: { accept: "application/json, text/html;q=0.9", "user-agent": "LadderImport/1.0" },
      });
    } catch (error) {
      if (signal.aborted) throw new SourceError(`${target.host} did not answer within ${timeoutMs / 1000} s`);
      throw new SourceError(
        `${target.host} could not be reached (${(error as Error).cause ?? (error as Error).message})`,
      );
    }
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      if (hop >= MAX_REDIRECTS) throw new SourceError(`${target.host} redirected too many times`);
      target = new URL(location, target);
      continue;
    }
    if (!response.ok) throw new SourceError(`${target.host} answered ${response.status} ${response.statusText}`.trim());
    const declared = Number(response.headers.get("content-length") ?? 0);
    if (declared > MAX_BYTES) throw new SourceError(`${target.host} sent more than 50 MB`);
    try {
      const body = await response.text();
      if (body.length > MAX_BYTES) throw new SourceError(`${target.host} sent more than 50 MB`);
      return body;
    } catch (error) {
      if (error instanceof SourceError) throw error;
      if (signal.aborted) throw new SourceError(`${target.host} did not answer within ${timeoutMs / 1000} s`);
      throw new SourceError(`${target.host} broke off its answer`);
    }
  }
}
