import http from "node:http";
import type { AddressObject } from "mailparser";
import { toolEnv } from "../env";
import { createSmtpServer } from "../tests/helpers/smtp";

/*
 * The e2e server's mail server (a second entry of playwright.config.ts' webServer): a real
 * SMTP server (smtp-server, parsed by mailparser) on E2E_PORT + 3 that keeps what it
 * receives in memory, and an HTTP server on E2E_PORT + 4 answering it as JSON, so specs
 * read links the way a person reads their mail. E2E_PORT + 1 is the import spec's fixture.
 *
 *   GET /health                   → 200 once both listen (Playwright waits for it)
 *   GET /messages?to=<address>    → [{ to, subject, text, html, headers, date }], oldest first
 */

const port = toolEnv().E2E_PORT;
const smtp = createSmtpServer(port + 3);

const addresses = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((o) => o.value.map((v) => (v.address ?? "").toLowerCase()));

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://fixture");
  if (url.pathname === "/health") {
    res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    return;
  }
  if (url.pathname === "/messages") {
    const to = url.searchParams.get("to")?.toLowerCase();
    const messages = smtp.received
      .filter((m) => !to || addresses(m.to).includes(to))
      .map((m) => ({
        to: addresses(m.to),
        subject: m.subject ?? "",
        text: m.text ?? "",
        html: typeof m.html === "string" ? m.html : "",
        headers: Object.fromEntries(m.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(":") + 1).trim()])),
        date: m.date?.toISOString() ?? null,
      }));
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(messages));
    return;
  }
  res.writeHead(404).end();
});

void smtp
  .start()
  .then(() =>
    server.listen(port + 4, "127.0.0.1", () => console.log(`SMTP fixture: smtp ${port + 3}, http ${port + 4}`)),
  );
