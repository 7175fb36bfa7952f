import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server in this process (smtp-server), keeping every message it accepts,
 * parsed by mailparser. `stop()` and `start()` take it down and bring it back on the same
 * port (the "SMTP down" tests). Ports come from the helper's range (3260-3269).
 */
export function createSmtpServer(port: number) {
  const received: ParsedMail[] = [];
  const waiters: (() => void)[] = [];
  let server: SMTPServer | undefined;

  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => {
            received.push(mail);
            waiters.splice(0).forEach((w) => w());
            callback();
          })
          .catch(callback);
      },
    });

  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    async start() {
      server = make();
      await new Promise<void>((resolve, reject) => {
        server!.once("error", reject);
        server!.listen(port, "127.0.0.1", () => resolve());
      });
    },
    async stop() {
      const s = server;
      server = undefined;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    /** Waits until a message matching `match` has arrived (default 60 s); answers it. */
    async waitFor(match: (m: ParsedMail) => boolean, timeoutMs = 60_000): Promise<ParsedMail> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.find(match);
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`No matching mail within ${timeoutMs} ms (${received.length} received)`);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, Math.min(left, 500));
          waiters.push(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
    },
  };
}

/** The test leg's SMTP port: each database leg runs at the same time, so each has its own. */
export const smtpPort = (offset = 0) => (process.env.TEST_DB === "postgres" ? 3262 : 3261) + offset * 2;
