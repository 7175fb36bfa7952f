import { expect, type Browser, type Cookie, type Page } from "@playwright/test";

export const TEST_PASSWORD = "quartz-meadow-signal-31";

/** Creates a fresh account through the form (sign-up signs it in); returns its email. */
export async function signUpAndIn(page: Page, name: string, password = TEST_PASSWORD): Promise<string> {
  const email = `${name.toLowerCase()}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/me$/);
  return email;
}

/** Auth.js's CSRF token for this page's context (its cookie is set on the context too). */
export async function csrfToken(page: Page): Promise<string> {
  return ((await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

/** Asserts that a copy of `cookies` (taken while signed in) no longer opens /me in a fresh browser. */
export async function expectCookiesRevoked(browser: Browser, cookies: Cookie[]): Promise<void> {
  const copy = await browser.newContext();
  await copy.addCookies(cookies);
  const stolen = await copy.newPage();
  await stolen.goto("/me");
  await expect(stolen).toHaveURL(/\/sign-in/);
  await copy.close();
}
