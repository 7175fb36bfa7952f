/*
 * The browser security headers. The Content-Security-Policy carries a fresh nonce per
 * request (set by proxy.ts; Next reads it from the request's CSP header and puts it on
 * every script it renders), so it cannot be a static header; the rest can, and
 * next.config.ts sends them on every response, static files included.
 */

/** 16 random bytes, base64: a fresh one per response (a nonce that repeats is no nonce). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * The policy for one response. Scripts: only those carrying this response's nonce, and
 * what they load ('strict-dynamic': Next's runtime adds its chunks as script elements);
 * no 'unsafe-inline' or 'unsafe-eval' (except `next dev`, whose React uses eval for
 * debugging). Styles keep 'unsafe-inline': React renders `style` attributes (the pay
 * histogram's bars, Next's route announcer) and a nonce cannot cover an attribute; CSS
 * cannot run script, so this is the accepted trade. `formHosts` are where forms may be
 * sent on (the OAuth providers' sign-in pages, after the sign-in action's redirect).
 */
export function contentSecurityPolicy(nonce: string, opts: { dev?: boolean; formHosts?: string[] } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${(opts.formHosts ?? []).map((h) => ` ${h}`).join("")}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Headers every response gets (next.config.ts `headers()`): no MIME sniffing, no framing
 * for old browsers that ignore frame-ancestors, the origin only on cross-site links, no
 * powerful features, and HSTS in production (browsers ignore it over plain http).
 */
export function staticSecurityHeaders(production: boolean): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
  ];
}
