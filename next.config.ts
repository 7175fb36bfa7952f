import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at runtime,
  // not bundled; the native argon2 binding likewise.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: false,
  // `next dev` serves its hot-reload socket and dev assets only to these hosts (localhost is
  // always allowed): the README's http://127.0.0.1:3000 gets hot reload too.
  allowedDevOrigins: ["127.0.0.1"],
  // The apply form sends a CV of up to 5 MB (lib/files/store.ts checks the limit and answers
  // a field error); the default 1 MB body limit of server actions would refuse it first.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
