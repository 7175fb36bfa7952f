/**
 * Runs once when the server starts. On Node, resolves each request's client address from
 * its socket (and TRUSTED_PROXIES) before Next handles it: see lib/http/client-address.ts.
 * Then starts the background worker in this process (lib/queue/; WORKER_IN_APP=0 leaves it
 * to `npm run worker`), and says so clearly when production mail has no server.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installRequestHook } = await import("./lib/http/request-hook");
    installRequestHook();
    if (process.env.NEXT_PHASE === "phase-production-build") return;
    const { startAppWorker } = await import("./lib/queue/app-worker");
    await startAppWorker();
  }
}
