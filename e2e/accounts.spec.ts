import { expect, test, type Page } from "@playwright/test";
import { csrfToken, expectCookiesRevoked } from "./helpers";

const PASSWORD = "maple-orbit-canvas-77";

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("sign up, sign out, sign in; protected page redirects and returns; old cookies die", async ({ page, browser }) => {
  // Two sign-ups and three sign-ins, each an argon2 hash on a shared machine.
  test.setTimeout(90_000);
  const email = `e2e-${Date.now()}@example.test`;

  // A protected page sends a signed-out visitor to sign in, and back afterwards.
  await page.goto("/me");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=[^&]*%2Fme$/);

  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Name").fill("Erin Tester");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is one of the most common ones; choose another")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  // Sign-up signs the new account in and comes back to where the visitor was going.
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByText(`(${email})`)).toBeVisible();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);

  // Signing up again with a registered email signs no one in and says nothing of the account.
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Someone Else");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("another-quiet-harbor-42");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?registered=1/);
  await expect(page.getByText(/If this email is new to Ladder, your account is ready/)).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/sign-in?callbackUrl=%2Fme");
  await signIn(page, email, "not-my-password-9");
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByText(`(${email})`)).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Erin" })).toBeVisible();
  const cookies = await page.context().cookies();

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

  // A copy of the signed-in cookie no longer works once its owner signed out.
  await expectCookiesRevoked(browser, cookies);

  await page.goto("/me");
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
});

test("an unknown email gets the same answer as a wrong password", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, "nobody-here@example.test", PASSWORD);
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
});

test("the demo job seeker can sign in", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, "seeker@ladder.test", "ladder-demo-2026");
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByText("Job seeker")).toBeVisible();
});

test("after 5 failed sign-ins the form asks to wait and the endpoint answers 429", async ({ page }) => {
  test.setTimeout(90_000); // six form sign-ins, each an argon2 verification
  // The browser's address fails 5 times for this email (the per-address limit, 20, is not reached).
  const email = `locked-${Date.now()}@example.test`;
  for (let i = 0; i < 5; i++) {
    await page.goto("/sign-in");
    await signIn(page, email, `wrong-password-${i}`);
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  }
  await page.goto("/sign-in");
  await signIn(page, email, "wrong-password-again");
  await expect(page.getByText(/Too many failed sign-ins .* Wait 1 minute, then try again/)).toBeVisible();
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { email, password: "x", csrfToken: await csrfToken(page) },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await response.json()).error).toMatch(/Too many failed sign-ins/);
});
