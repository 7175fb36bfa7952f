/**
 * Runs once when the server starts, before it serves (Next awaits `register`). On Node:
 * 1. every request runs in its context from here on: client address from its socket (and
 *    TRUSTED_PROXIES) and a request id (lib/http/request-hook.ts); in production, Next's own
 *    error reports (console.error/warn) become logger lines with that id (lib/log/console.ts);
 * 2. not during `next build`: a production start refuses an incomplete configuration, then
 *    the database is migrated in this process (lib/start/prepare-server.ts): `npm start`
 *    is `next start`, nothing runs before it;
 * 3. the background worker starts without holding up the first request (lib/queue/;
 *    WORKER_IN_APP=0 leaves it to `npm run worker`), and says so clearly when production
 *    mail has no server.
 * Any failure here (a setting that does not parse, a migration) stops the process, exit 1.
 */
export async function register() {
  // Inside this test only: the bundler drops the branch from the Edge build (no process.exit there).
  if (process.env.NEXT_RUNTIME === "nodejs") {
    try {
      const { installRequestHook } = await import("./lib/http/request-hook");
      installRequestHook();
      if (process.env.NEXT_PHASE === "phase-production-build") return;
      if (process.env.NODE_ENV === "production") {
        const { routeConsoleToLogger } = await import("./lib/log/console");
        routeConsoleToLogger();
      }
      const { prepareServer } = await import("./lib/start/prepare-server");
      await prepareServer();
      const { startAppWorker } = await import("./lib/queue/app-worker");
      void startAppWorker();
    } catch (error) {
      if (process.env.NEXT_PHASE === "phase-production-build") throw error;
      // A setting that does not parse (env.ts: "APP_URL: must be an http(s) URL") throws here.
      // Next would log it and serve a 500 on every path, health included: stop instead. Plain
      // stderr, as the logger itself reads the environment that failed.
      console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  }
}
