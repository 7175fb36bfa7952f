import path from "node:path";
import type { NextConfig } from "next";
import { PROXY_BODY_BUFFER_BYTES, UPLOAD_BODY_BYTES } from "./lib/http/limits";
import { staticSecurityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at runtime,
  // not bundled; the native argon2 binding likewise.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg-boss", "nodemailer", "@react-email/render"],
  poweredByHeader: false,
  // Several app servers share the data cache (guide figures, tag revalidations) through
  // Redis when REDIS_URL is set (cache-handler.mjs); without it, Next's own per-process cache.
  ...(process.env.REDIS_URL
    ? { cacheHandler: path.resolve(process.cwd(), "cache-handler.mjs"), cacheMaxMemorySize: 0 }
    : {}),
  typedRoutes: false,
  // `next dev` serves its hot-reload socket and dev assets only to these hosts (localhost is
  // always allowed): the README's http://127.0.0.1:3000 gets hot reload too.
  allowedDevOrigins: ["127.0.0.1"],
  // The CSP is per response (proxy.ts); these are the same on every response, static files too.
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders(process.env.NODE_ENV === "production") }];
  },
  experimental: {
    // proxy.ts answers 413 above a path's cap (1 MiB; 6 MiB for the application form with
    // its CV, lib/http/limits.ts) before an action reads anything; this is Next's own limit
    // behind it. Next buffers at most PROXY_BODY_BUFFER_BYTES of a body for
    // the proxy and drains the rest, so a huge upload never sits in memory.
    serverActions: { bodySizeLimit: UPLOAD_BODY_BYTES },
    proxyClientMaxBodySize: PROXY_BODY_BUFFER_BYTES,
  },
};

export default nextConfig;
