import http from "node:http";

/** What the fixture server answers on one path: a status, a body, an optional delay. */
export type FixtureRoute = { status?: number; body: string; type?: string; delayMs?: number };

/**
 * A local HTTP server standing in for Greenhouse, Lever, Ashby and careers pages: `routes`
 * maps a path with its query ("/v1/boards/acme/jobs?content=true") to an answer and can be
 * changed while it runs; anything else is a 404. Listens on 127.0.0.1:`port`.
 */
export async function startFixtureServer(port: number) {
  const routes = new Map<string, FixtureRoute>();
  const sockets = new Set<import("node:net").Socket>();
  const server = http.createServer((req, res) => {
    const route = routes.get(req.url ?? "") ?? routes.get((req.url ?? "").split("?")[0]!);
    const answer = () => {
      if (!route) {
        res.writeHead(404, { "content-type": "application/json" }).end('{"ok":false,"error":"Document not found"}');
        return;
      }
      res.writeHead(route.status ?? 200, { "content-type": route.type ?? "application/json" }).end(route.body);
    };
    if (route?.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
