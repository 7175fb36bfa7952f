import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailMessages, users } from "@/db/schema";
import { deliverMessage } from "@/lib/mail/deliver";
import { queueMail } from "@/lib/mail/queue-mail";
import { startWorker } from "@/lib/queue";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { createSmtpServer, smtpPort } from "../helpers/smtp";

const smtp = createSmtpServer(smtpPort());
process.env.SMTP_URL = smtp.url;
process.env.APP_URL = "http://ladder.test";

let t: TestDatabase;
let stop: () => Promise<void>;
let userId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  await smtp.start();
  stop = await startWorker({ database: t, pollingIntervalSeconds: 0.5, schedules: false });
  const [u] = await t.db.insert(users).values({ email: "mail@example.com", name: "Mai" }).returning();
  userId = u!.id;
});
afterAll(async () => {
  await stop?.();
  await smtp.stop();
  await t?.drop();
});

describe(`mail over SMTP (${process.env.TEST_DB})`, () => {
  it("renders a queued message to HTML and text and delivers it once through the queue", async () => {
    const url = "http://ladder.test/reset-password/abc";
    const id = await queueMail(t.db, {
      key: "test:one",
      to: "mail@example.com",
      userId,
      template: "password_reset",
      props: { name: "Mai", url, minutes: 30 },
    });
    expect(id).not.toBeNull();
    // The same key again queues nothing.
    expect(
      await queueMail(t.db, {
        key: "test:one",
        to: "mail@example.com",
        template: "password_reset",
        props: { name: "Mai", url, minutes: 30 },
      }),
    ).toBeNull();
    const mail = await smtp.waitFor((m) => m.subject === "Reset your Ladder password");
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(`href="${url}"`);
    expect(mail.from?.text).toContain("Ladder");
    // Delivering it again (a duplicate job) sends nothing.
    expect(await deliverMessage(t.db, id!)).toBe("skipped");
    expect(smtp.received.filter((m) => m.subject === "Reset your Ladder password")).toHaveLength(1);
  });

  it("retries with backoff while SMTP is down and delivers once when it is back", async () => {
    await smtp.stop();
    const id = await queueMail(t.db, {
      key: "test:down",
      to: "mail@example.com",
      template: "verify_email",
      props: { name: null, url: "http://ladder.test/verify-email/down", hours: 48 },
    });
    // The first attempt fails and is recorded.
    for (let i = 0; i < 60; i++) {
      const [row] = await t.db.select().from(mailMessages).where(eq(mailMessages.id, id!));
      if (row?.lastError) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const [failed] = await t.db.select().from(mailMessages).where(eq(mailMessages.id, id!));
    expect(failed?.lastError).toBeTruthy();
    expect(failed?.sentAt).toBeNull();
    await smtp.start();
    const mail = await smtp.waitFor((m) => m.text?.includes("/verify-email/down") ?? false, 90_000);
    expect(mail.subject).toBe("Confirm your email address for Ladder");
    // The row is marked sent just after the server accepted the message.
    let sent = (await t.db.select().from(mailMessages).where(eq(mailMessages.id, id!)))[0];
    for (let i = 0; i < 20 && !sent?.sentAt; i++) {
      await new Promise((r) => setTimeout(r, 250));
      sent = (await t.db.select().from(mailMessages).where(eq(mailMessages.id, id!)))[0];
    }
    expect(sent?.sentAt).not.toBeNull();
    expect(sent?.attempts).toBeGreaterThanOrEqual(2);
    expect(smtp.received.filter((m) => m.text?.includes("/verify-email/down"))).toHaveLength(1);
  }, 150_000);
});
