import { expect, type Page } from "@playwright/test";
import { toolEnv } from "../env";

/** A message the e2e SMTP fixture received (e2e/smtp-fixture.ts). */
export type ReceivedMail = {
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  date: string | null;
};

const FIXTURE = `http://127.0.0.1:${toolEnv().E2E_PORT + 4}`;

/**
 * The newest mail to `email` (whose subject matches `subject`, when given), polling the
 * SMTP fixture: mail leaves through the app's job queue, so it arrives seconds after the
 * action. Fails after `timeoutMs` (default 60 s, for a loaded machine).
 */
export async function latestMailTo(email: string, subject?: RegExp, timeoutMs = 60_000): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      async () => {
        const res = await fetch(`${FIXTURE}/messages?to=${encodeURIComponent(email)}`);
        const all = (await res.json()) as ReceivedMail[];
        found = all.filter((m) => !subject || subject.test(m.subject)).at(-1);
        return found !== undefined;
      },
      { timeout: timeoutMs, intervals: [500, 1000, 2000] },
    )
    .toBe(true);
  return found!;
}

/** The first link in a mail's plain text whose path starts with `pathPrefix` ("/verify-email/"). */
export function linkIn(mail: ReceivedMail, pathPrefix: string): string {
  const link = mail.text.match(/https?:\/\/[^\s<>"]+/g)?.find((u) => new URL(u).pathname.startsWith(pathPrefix));
  if (!link) throw new Error(`No ${pathPrefix} link in "${mail.subject}": ${mail.text}`);
  return link;
}

/** Opens the verification link mailed to `email` at sign-up, as its owner would. */
export async function confirmEmailFromMail(page: Page, email: string): Promise<void> {
  const mail = await latestMailTo(email, /^Confirm your email/);
  await page.goto(linkIn(mail, "/verify-email/"));
  await expect(page.getByRole("heading", { name: "Email confirmed" })).toBeVisible();
}
