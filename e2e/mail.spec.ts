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
  await visitor.goto(link);
  await expect(visitor.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await other.close();
});
