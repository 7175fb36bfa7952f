import { expect, test } from "@playwright/test";
import { expectCookiesRevoked, signUpAndIn } from "./helpers";
import { confirmEmailFromMail, latestMailTo, linkIn } from "./mail";

// Mail reaches the SMTP fixture beside the e2e server (e2e/smtp-fixture.ts); links are
// read from what arrived there, as their owner would read them.

test("sign-up mails a confirmation link; opening it confirms the address and the banner goes", async ({ page }) => {
  test.setTimeout(90_000);
  const email = await signUpAndIn(page, "Vera");
  const banner = page.getByRole("region", { name: "Confirm your email address" });
  await expect(banner).toBeVisible();
  await confirmEmailFromMail(page, email);
  await page.goto("/me");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(banner).toHaveCount(0);
});

test("forgot password from the sign-in page: the mailed link sets a new password once and ends other sessions", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const email = await signUpAndIn(page, "Fern");
  const oldSession = await page.context().cookies();

  const other = await browser.newContext();
  const visitor = await other.newPage();
  await visitor.goto("/sign-in");
  await visitor.getByRole("link", { name: "Forgot your password?" }).click();
  // The sign-in page has an Email field too: type only once the new page is there.
  await expect(visitor.getByRole("heading", { name: "Forgot your password?", level: 1 })).toBeVisible();
  await visitor.getByLabel("Email").fill(email);
  await visitor.getByRole("button", { name: "Send me a link" }).click();
  await expect(visitor.getByRole("status").filter({ hasText: "a link to choose a new password" })).toBeVisible();

  const link = linkIn(await latestMailTo(email, /^Reset your Ladder password/), "/reset-password/");
  await visitor.goto(link);
  await expect(visitor.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  const newPassword = "lantern-orchard-violet-58";
  await visitor.getByLabel("New password").fill(newPassword);
  await visitor.getByRole("button", { name: "Set the new password" }).click();
  await expect(visitor).toHaveURL(/\/sign-in\?reset=1/);

  // The new password signs in; the session from before the reset is over.
  await visitor.getByLabel("Email").fill(email);
  await visitor.getByLabel("Password").fill(newPassword);
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor).toHaveURL(/\/me$/);
  await expectCookiesRevoked(browser, oldSession);

  // The link worked once.
  const again = await visitor.goto(link);
  expect(again?.status()).toBe(404);
  await expect(visitor.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await other.close();
});

test("a job alert mail's one-click unsubscribe works signed out, with List-Unsubscribe headers, and turns the alert off", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const email = await signUpAndIn(page, "Uma");
  await confirmEmailFromMail(page, email);
  await page.goto("/jobs?workplace=remote");
  await page.getByRole("button", { name: "Save this search" }).click();
  await page.getByLabel("Name of the saved search").fill("Remote roles");
  await page.getByRole("form", { name: "Save this search" }).getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Search saved.")).toBeVisible();

  // The hourly digest job's work for this account, as if a week had passed since the save
  // (an e2e-only route: LADDER_TEST_ROUTES); the mail leaves through the queue.
  const run = await page.request.post("/api/test/alerts/digest");
  expect(run.status()).toBe(200);
  expect(await run.json()).toEqual({ processed: 1, mailed: 1 });
  const mail = await latestMailTo(email, /new listings? for “Remote roles”/);
  const link = linkIn(mail, "/alerts/unsubscribe/");
  const token = new URL(link).pathname.split("/").at(-1)!;
  // RFC 8058: the header names the POST endpoint for the same signed token.
  const header = (name: string) => (mail.headers[name] ?? "").replace(/\s+/g, "");
  expect(header("list-unsubscribe")).toBe(`<${new URL(link).origin}/api/alerts/unsubscribe/${token}>`);
  expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");

  // Opened signed out, in another browser: one click, and the page confirms.
  const visitor = await browser.newContext();
  const reader = await visitor.newPage();
  await reader.goto(link);
  await expect(reader.getByRole("heading", { name: "Stop this job alert?" })).toBeVisible();
  await reader.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(reader.getByRole("heading", { name: "You are unsubscribed" })).toBeVisible();
  // A link cut short or tampered with: a 404 page that says so, nothing changed.
  const forged = await reader.goto(`${link.slice(0, -4)}${link.endsWith("AAAA") ? "BBBB" : "AAAA"}`);
  expect(forged?.status()).toBe(404);
  await expect(reader.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await visitor.close();

  await page.goto("/me/searches");
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Remote roles" }) });
  await expect(item.getByLabel("Email alerts")).toHaveValue("off");
  // With the alert off, even another period's digest sends nothing.
  expect(await (await page.request.post("/api/test/alerts/digest")).json()).toEqual({ processed: 0, mailed: 0 });
});

test("the development outbox is a 404 under `next start` (production: mail may hold live reset links)", async ({
  request,
}) => {
  const response = await request.get("/dev/outbox");
  expect(response.status()).toBe(404);
  expect(await response.text()).not.toContain("Mail queued by this app");
});
