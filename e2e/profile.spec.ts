import path from "node:path";
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

test("keep a default CV on the profile: a wrong file is refused, upload, open your own, replace, delete", async ({
  page,
}) => {
  const files = path.join(import.meta.dirname, "../tests/fixtures/files");
  await signUpAndIn(page, "Cleo");
  await page.goto("/me/profile");
  const cv = page.getByRole("region", { name: "Default CV" });
  await expect(cv).toContainText("No default CV yet.");
  await cv.getByLabel(/Upload a CV/).setInputFiles(path.join(files, "image-renamed.pdf"));
  await cv.getByRole("button", { name: "Save CV" }).click();
  await expect(cv.getByText(/this file is neither, whatever its name/)).toBeVisible({ timeout: 20_000 });

  await cv.getByLabel(/Upload a CV/).setInputFiles(path.join(files, "cv.pdf"));
  await cv.getByRole("button", { name: "Save CV" }).click();
  await expect(cv.getByText("Saved cv.pdf as your default CV.")).toBeVisible({ timeout: 20_000 });
  await expect(cv).toContainText("Your default CV: cv.pdf");
  const own = await page.request.get("/api/me/cv?download=1");
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("application/pdf");
  expect(own.headers()["content-disposition"]).toMatch(/^attachment; filename="cv.pdf"/);
  expect(own.headers()["x-content-type-options"]).toBe("nosniff");

  await cv.getByLabel(/Replace it with/).setInputFiles(path.join(files, "cv.docx"));
  await cv.getByRole("button", { name: "Replace CV" }).click();
  await expect(cv).toContainText("Your default CV: cv.docx", { timeout: 20_000 });

  await cv.getByRole("button", { name: "Delete default CV" }).click();
  await expect(cv).toContainText("No default CV yet.", { timeout: 20_000 });
  expect((await page.request.get("/api/me/cv")).status()).toBe(404);
  // Signed out, there is nothing to ask for.
  await page.context().clearCookies();
  expect((await page.request.get("/api/me/cv")).status()).toBe(401);
});
