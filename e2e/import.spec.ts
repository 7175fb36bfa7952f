import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { toolEnv } from "../env";
import { startFixtureServer } from "../tests/helpers/fixture-server";

// The e2e server reads Greenhouse at E2E_PORT + 1 (playwright.config.ts): this spec serves it.
const FIXTURE_PORT = toolEnv().E2E_PORT + 1;

test("a recruiter adds a Greenhouse board, syncs it, and the role is listed via Greenhouse", async ({ page }) => {
  test.setTimeout(120_000);
  const server = await startFixtureServer(FIXTURE_PORT);
  try {
    server.routes.set("/v1/boards/tesorio-e2e/jobs?content=true", {
      body: fs.readFileSync(path.join(import.meta.dirname, "../tests/fixtures/import/greenhouse.json"), "utf8"),
    });
    // The demo recruiter (Tesorio), seeded on the embedded database.
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("recruiter@ladder.test");
    await page.getByLabel("Password").fill("ladder-demo-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/me$/);

    await page.goto("/recruiter");
    await page.getByLabel("Kind").selectOption("greenhouse");
    await page.getByLabel("Board name or page address").fill("tesorio-e2e");
    await page.getByRole("button", { name: "Add source" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Source added" })).toBeVisible();

    const source = page.getByRole("listitem", { name: "Greenhouse board tesorio-e2e" });
    await source.getByRole("button", { name: /Sync now/ }).click();
    await expect(source.getByRole("status")).toContainText("4 new", { timeout: 30_000 });
    await expect(source.getByRole("status")).toContainText("1 skipped");

    await page.reload();
    await page.getByRole("link", { name: "Senior Backend Engineer, Payments", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Senior Backend Engineer, Payments");
    await expect(page.getByText("via Greenhouse")).toBeVisible();
    const apply = page.getByRole("link", { name: "Apply on Greenhouse" });
    const answer = await page.request.get((await apply.getAttribute("href"))!, { maxRedirects: 0 });
    expect(answer.status()).toBe(303);
    expect(answer.headers().location).toBe("https://boards.greenhouse.io/northwind/jobs/4012001");
    // The description's nested list survived as Markdown.
    await expect(page.locator("li li").filter({ hasText: "own the ledger API" })).toBeVisible();
  } finally {
    await server.close();
  }
});
