import { expect, type Page } from "@playwright/test";

export const TEST_PASSWORD = "quartz-meadow-signal-31";

/** Creates a fresh account through the forms and signs in with it; returns its email. */
export async function signUpAndIn(page: Page, name: string, password = TEST_PASSWORD): Promise<string> {
  const email = `${name.toLowerCase()}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?registered=1/);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/me$/);
  return email;
}
