/**
 * Runs once when the server starts. On Node, resolves each request's client address from
 * its socket (and TRUSTED_PROXIES) before Next handles it: see lib/http/client-address.ts.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installClientAddressHook } = await import("./lib/http/client-address");
    installClientAddressHook();
  }
}
