import { expect, test } from "@playwright/test";
import { signUpAndIn } from "./helpers";

test("edit the profile, see a field error without losing input, and keep it after reload", async ({ page }) => {
  await signUpAndIn(page, "Yara");

  await page.getByRole("link", { name: "Your profile" }).click();
  await page.getByLabel("Headline").fill("Backend engineer who likes databases");
  await page.getByLabel("Years of experience").fill("-2");
  await page.getByRole("checkbox", { name: "PostgreSQL" }).check();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Use 0 or more")).toBeVisible();
  await expect(page.getByLabel("Headline")).toHaveValue("Backend engineer who likes databases");
  await expect(page.getByRole("checkbox", { name: "PostgreSQL" })).toBeChecked();

  await page.getByLabel("Years of experience").fill("3");
  await page.getByLabel("Target role").selectOption("backend-engineer");
  await page.getByLabel("Target level").selectOption("mid");
  await page.getByRole("checkbox", { name: "Go", exact: true }).check();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Years of experience")).toHaveValue("3");
  await expect(page.getByLabel("Target level")).toHaveValue("mid");
  await expect(page.getByRole("checkbox", { name: "PostgreSQL" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Go", exact: true })).toBeChecked();
});
