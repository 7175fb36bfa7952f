import { expect, test } from "@playwright/test";
import { signUpAndIn, TEST_PASSWORD } from "./helpers";
import { latestMailTo, linkIn } from "./mail";

const uniqueEmail = (name: string) => `${name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;

test("For employers → sign in → Create an account starts on hiring, and sign-up lands signed in on /recruiter", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "For employers" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Frecruiter/);
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/sign-up\?.*role=recruiter/);
  await expect(page.getByLabel("hiring (recruiter)")).toBeChecked();
  // The way back to sign-in keeps the intent too.
  await expect(page.getByRole("link", { name: "Sign in", exact: true }).last()).toHaveAttribute(
    "href",
    /callbackUrl=%2Frecruiter.*role=recruiter/,
  );

  await page.getByLabel("Name").fill("Hana Hiring");
  await page.getByLabel("Email").fill(uniqueEmail("hana"));
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/recruiter$/);
  await expect(page.getByRole("heading", { name: "Set up your company" })).toBeVisible();
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Your roles" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Hana" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Your matches" })).toHaveCount(0);
});

test("a job seeker without a company switches to recruiter and back", async ({ page }) => {
  await signUpAndIn(page, "Sol");
  await page.goto("/recruiter");
  await expect(page.getByRole("heading", { name: "For recruiter accounts" })).toBeVisible();
  await page.getByRole("button", { name: "Switch to a recruiter account (hiring)" }).click();
  await expect(page.getByRole("heading", { name: "Set up your company" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Your roles" })).toBeVisible();

  await page.goto("/me");
  await expect(page.getByText("· Recruiter")).toBeVisible();
  await page.getByRole("button", { name: "Switch to a job-seeker account" }).click();
  await expect(page.getByRole("status").filter({ hasText: "This is now a job-seeker account." })).toBeVisible();
  await page.reload();
  await expect(page.getByText("· Job seeker")).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Your matches" })).toBeVisible();
});

test("a job seeker deletes their account from /me and can no longer sign in", async ({ page }) => {
  const email = await signUpAndIn(page, "Dora");
  const section = page.getByRole("region", { name: "Delete your account" });
  await section.getByLabel("Your password").fill("not-the-password-7");
  await section.getByRole("button", { name: "Delete my account and all its data" }).click();
  await expect(section.getByText("That is not your password", { exact: true })).toBeVisible();

  await section.getByLabel("Your password").fill(TEST_PASSWORD);
  await section.getByRole("button", { name: "Delete my account and all its data" }).click();
  await expect(page).toHaveURL(/\/sign-in\?deleted=1/);
  await expect(page.getByRole("status").filter({ hasText: "were deleted" })).toBeVisible();

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  await page.goto("/me");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("changing the email mails a confirmation link to the new address and a notice to the old one", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const oldEmail = await signUpAndIn(page, "Eve");
  const newEmail = uniqueEmail("eve-new");
  const section = page.getByRole("region", { name: "Change email" });
  await section.getByLabel("New email address").fill(newEmail);
  await section.getByLabel("Your password").fill(TEST_PASSWORD);
  await section.getByRole("button", { name: "Change email" }).click();
  await expect(section.getByRole("status")).toContainText(`Your email is now ${newEmail}`);

  await page.reload();
  await expect(page.getByText(`(${newEmail})`)).toBeVisible();
  const banner = page.getByRole("region", { name: "Confirm your email address" });
  await expect(banner).toBeVisible();

  const notice = await latestMailTo(oldEmail, /^The email of your Ladder account was changed/);
  expect(notice.text).toContain(newEmail);
  const mail = await latestMailTo(newEmail, /^Confirm your email/);
  await page.goto(linkIn(mail, "/verify-email/"));
  await expect(page.getByRole("heading", { name: "Email confirmed" })).toBeVisible();
  await page.goto("/me");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(banner).toHaveCount(0);
});
