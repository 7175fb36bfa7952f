/* What the fuzz and abuse steps share: a `next start` of the built app on a PGlite folder of
   their own, and signing in as a demo account over HTTP. */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { DEMO_PASSWORD } from "../db/seed";

/** The environment of a test server on `port` over the PGlite folder `dataDir` (a production start needs its secret and origin). */
export function testServerEnv(port: number, dataDir: string, name: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PGLITE_DIR: dataDir,
    DATABASE_URL: "",
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: `${name}-only-secret-not-for-any-real-deployment`,
    APP_URL: `http://127.0.0.1:${port}`,
  };
}

/** Starts `next start` on `port`; resolves once /api/health answers 200 (within 120 s) with the process and its output so far. */
export async function startTestServer(port: number, env: NodeJS.ProcessEnv) {
  const server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port)], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => log.push(chunk.toString());
  server.stdout!.on("data", keep);
  server.stderr!.on("data", keep);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(10_000) });
      if (res.ok) return { server, log };
    } catch {
      /* not up yet */
    }
    if (server.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  server.kill();
  throw new Error(`The test server on port ${port} did not start:\n${log.join("")}`);
}

/** Stops a server started by `startTestServer`. */
export function stopTestServer(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null) return resolve();
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
}

/** Signs in as a demo account (password DEMO_PASSWORD) through Auth.js's credentials endpoint; answers the session cookie(s) as a Cookie header. */
export async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { signal: AbortSignal.timeout(60_000) });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";", 1)[0]!);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    signal: AbortSignal.timeout(60_000),
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD, csrfToken, callbackUrl: `${base}/me` }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";", 1)[0]!)
    .filter((c) => c.includes("session-token"));
  if (session.length === 0) throw new Error(`Could not sign in as ${email} (${res.status})`);
  return session.join("; ");
}
