/*
 * Where to send a user back to after sign-in, sign-up or OAuth (`callbackUrl`, Auth.js's
 * `redirect` callback): a path on this site, or the fallback. Never another site.
 *
 * Browsers drop tab, CR and LF inside URLs and read "\" as "/" (WHATWG URL), so
 * "/\t/evil.test" becomes "//evil.test", a link to another host; "/.//evil.test" is
 * normalised to the same. So: no control characters or backslashes at all, the path must
 * start with exactly one "/" after the URL parser has normalised it, and no decoding of its
 * percent-escapes (a second one by some later step) may produce any of that either. The
 * answer is ASCII (non-ASCII is percent-encoded), so it is always a valid Location header.
 */

const BASE = "http://return-path.invalid";
/** C0 controls (tab, CR, LF, NUL...), DEL, C1 controls, and the backslash. */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\\]/;
/** Percent-decoding passes tried on the path: `%25` nests one level per pass. */
const DECODE_PASSES = 3;

const leavesSite = (path: string) => !path.startsWith("/") || path.startsWith("//") || UNSAFE.test(path);

/** True when every percent-decoding of `path` stays a plain same-site path. */
function decodesSafely(path: string): boolean {
  let current = path;
  for (let i = 0; i < DECODE_PASSES && current.includes("%"); i++) {
    try {
      current = decodeURIComponent(current);
    } catch {
      return false; // malformed escapes
    }
    if (leavesSite(current)) return false;
  }
  return true;
}

/**
 * A same-site path ("/me/jobs?stage=applied") from an untrusted return address, or
 * `fallback`. An absolute http(s) URL keeps only its path, query and fragment (the proxy
 * sends this site's absolute URL). At most 2,000 characters in.
 */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000 || UNSAFE.test(value)) return fallback;
  let candidate = value;
  if (/^https?:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      candidate = `${url.pathname}${url.search}${url.hash}`;
    } catch {
      return fallback;
    }
  }
  if (leavesSite(candidate)) return fallback;
  let url: URL;
  try {
    url = new URL(candidate, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return leavesSite(path) || !decodesSafely(url.pathname) ? fallback : path;
}

/**
 * The account type sign-up starts on: "recruiter" when asked for (`?role=recruiter`) or when
 * the visitor is on the way to the recruiter pages (`returnPath`, already made safe), else
 * "seeker". The visitor can still choose the other one on the form.
 */
export function signUpIntent(role: unknown, returnPath: string): "seeker" | "recruiter" {
  if (role === "recruiter") return "recruiter";
  return /^\/recruiter(?:[/?#]|$)/.test(returnPath) ? "recruiter" : "seeker";
}

/** A link between the sign-in and sign-up pages that keeps the return path and the intent. */
export function authPageHref(page: "/sign-in" | "/sign-up", returnPath: string, role: "seeker" | "recruiter"): string {
  const params = new URLSearchParams();
  if (returnPath) params.set("callbackUrl", returnPath);
  if (role === "recruiter") params.set("role", "recruiter");
  const query = params.toString();
  return query ? `${page}?${query}` : page;
}
