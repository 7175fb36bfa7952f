import { expect, test } from "@playwright/test";
import { signUpAndIn, TEST_PASSWORD as PASSWORD } from "./helpers";

test("save a role from search, track it, and keep it across reloads; another user never sees it", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signUpAndIn(page, "Tara");

  await page.goto("/jobs?q=backend");
  const card = page.getByRole("list", { name: "Results" }).getByRole("article").first();
  const title = (await card.getByRole("heading").textContent())!;
  // The click's answer carries the saved state, not a new render of the whole search page
  // (25 kB before). Read through the route, which holds the body, unlike the browser's cache of it.
  let answerBytes = -1;
  await page.route(/\/jobs/, async (route) => {
    if (route.request().method() !== "POST" || !route.request().headers()["next-action"]) return route.continue();
    const response = await route.fetch();
    answerBytes = (await response.body()).length;
    await route.fulfill({ response });
  });
  await card.getByRole("button", { name: `Save ${title}` }).click();
  await expect.poll(() => answerBytes).toBeGreaterThan(0);
  expect(answerBytes).toBeLessThan(2_000);
  await page.unroute(/\/jobs/);
  await expect(card.getByRole("button", { name: new RegExp(`^Saved: `) })).toHaveAttribute("aria-pressed", "true");
  await expect(card.getByText("Saved to your tracker.")).toBeVisible();

  await page.goto("/me/jobs");
  const entry = page.getByRole("article", { name: title });
  await expect(entry).toBeVisible();
  await entry.getByLabel("Stage").selectOption("applied");
  await entry.getByLabel("Notes").fill("Sent my CV; referred by Sam.");
  await entry.getByRole("button", { name: "Save changes" }).click();
  await expect(entry.getByRole("status")).toHaveText("Saved.");

  await page.reload();
  const again = page.getByRole("article", { name: title });
  await expect(again.getByLabel("Stage")).toHaveValue("applied");
  await expect(again.getByLabel("Notes")).toHaveValue("Sent my CV; referred by Sam.");
  await expect(again.getByLabel("Applied on")).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await page.getByRole("link", { name: /^Applied \(1\)/ }).click();
  await expect(page.getByRole("article", { name: title })).toBeVisible();

  // A second user sees an empty tracker and cannot read the first user's saved ids.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUpAndIn(otherPage, "Uma");
  await otherPage.goto("/me/jobs");
  await expect(otherPage.getByText("You have not saved any roles yet.")).toBeVisible();
  const ids = await otherPage.request.get("/api/me/saved");
  expect(await ids.json()).toEqual({ jobIds: [] });
  await other.close();

  const anonymous = await page.request.fetch("/api/me/saved", { headers: { cookie: "" } });
  expect(anonymous.status()).toBe(401);
});

test("a signed-out visitor who saves is asked to sign in, and the role is saved after", async ({ page }) => {
  await page.goto("/jobs");
  const card = page.getByRole("list", { name: "Results" }).getByRole("article").first();
  const title = (await card.getByRole("heading").textContent())!;
  await card.getByRole("link", { name: `Save ${title} (sign in first)` }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Name").fill("Vic");
  await page.getByLabel("Email").fill(`vic-${Date.now()}@example.test`);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  // Sign-up signs in and goes back where the visitor was.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("button", { name: new RegExp("^Saved: ") })).toBeVisible();
  await page.goto("/me/jobs");
  await expect(page.getByRole("article", { name: title })).toBeVisible();
});

test("Save holds when the saved-ids read answers late, and Undo undoes the click", async ({ page }) => {
  await signUpAndIn(page, "Lena");
  await page.goto("/jobs?q=backend");
  const card = page.getByRole("list", { name: "Results" }).getByRole("article").first();
  const title = (await card.getByRole("heading").textContent())!;
  await expect(card.getByRole("button", { name: `Save ${title}` })).toBeEnabled();

  // A slow connection: the listing page's read of the saved ids leaves now (before the save)
  // and answers seconds later, with what was saved when it left.
  let reads = 0;
  await page.route("**/api/me/saved", async (route) => {
    reads += 1;
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await route.fulfill({ response }).catch(() => {}); // cancelled reads may be gone
  });
  await card.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect.poll(() => reads).toBeGreaterThan(0);
  await page.getByRole("button", { name: `Save ${title}` }).click();
  const saved = page.getByRole("button", { name: `Saved: ${title}. Press to remove` });
  await expect(saved).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("Saved to your tracker.")).toBeVisible();

  // The late read has answered by now; the button still says what the server stored.
  await page.waitForTimeout(3_000);
  await expect(saved).toHaveAttribute("aria-pressed", "true");
  await page.unroute("**/api/me/saved");
  expect((await (await page.request.get("/api/me/saved")).json()).jobIds).toHaveLength(1);

  // Undo undoes the click: the role is removed, not saved again.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("button", { name: `Save ${title}` })).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByText("Removed from your tracker.")).toBeVisible();
  await expect.poll(async () => (await (await page.request.get("/api/me/saved")).json()).jobIds).toEqual([]);
});
