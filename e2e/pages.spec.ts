import { expect, test } from "@playwright/test";

const toNumber = (text: string | null) => Number((text ?? "").replace(/[^0-9]/g, ""));

test("home shows live counts, latest listings and searches", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const open = toNumber(await page.getByTestId("count-open-roles").textContent());
  expect(open).toBeGreaterThan(1000);
  await expect(page.getByRole("region", { name: "Latest listings" }).getByRole("article")).toHaveCount(6);
  await page.getByRole("searchbox", { name: "Search jobs" }).fill("kubernetes");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/jobs\?q=kubernetes/);
  await expect(page.getByRole("heading", { name: /Jobs matching “kubernetes”/ })).toBeVisible();
  const found = toNumber(await page.getByTestId("result-total").textContent());
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(open);
});

test("jobs list shows open roles newest first and opens a listing", async ({ page }) => {
  await page.goto("/jobs");
  const results = page.getByRole("list", { name: "Results" }).getByRole("article");
  await expect(results).toHaveCount(20);
  const times = await results
    .locator("time")
    .evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute("datetime")!)));
  expect([...times].sort((a, b) => b - a)).toEqual(times);

  const link = results.first().getByRole("heading").getByRole("link");
  const title = (await link.textContent())!;
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Pay", { exact: true })).toBeVisible();
  // Apply goes through our counting redirect to the employer's site.
  const apply = page.getByRole("link", { name: /^Apply on/ });
  await expect(apply).toHaveAttribute("href", /^\/jobs\/[^/]+\/apply$/);
  const answer = await page.request.get((await apply.getAttribute("href"))!, { maxRedirects: 0 });
  expect(answer.status()).toBe(303);
  expect(answer.headers().location).toMatch(/^https:\/\//);
});

test("the backend guide renders every section with live figures", async ({ page }) => {
  await page.goto("/guides/backend-engineer");
  await expect(page.getByRole("heading", { level: 1, name: "Backend Engineer" })).toBeVisible();
  for (const section of [
    "What the role is",
    "Required skills",
    "Career path",
    "A day in the life",
    "Recommended certifications",
    "Who is hiring",
    "Frequently asked questions",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
  await expect(page.getByText(/Updated (today|\d+ days? ago)/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Career path" }).getByRole("listitem")).toHaveCount(5);
  await expect(page.getByRole("region", { name: "Required skills" }).getByRole("listitem")).toHaveCount(12);
  await expect(page.getByRole("region", { name: "Recommended certifications" }).getByRole("listitem")).toHaveCount(5);

  // The pay chart is an image to sighted users and a table to screen readers.
  const chart = page.getByRole("figure", { name: /Pay by level/ });
  await expect(chart).toBeVisible();
  await expect(chart.getByRole("table")).toHaveCount(1);
  await expect(chart.getByRole("row")).toHaveCount(6);

  const figure = toNumber(await page.getByTestId("figure-open-positions").textContent());
  expect(figure).toBeGreaterThan(300);
  await page.getByTestId("figure-open-positions").click();
  await expect(page).toHaveURL(/\/jobs\?guide=backend-engineer/);
  expect(toNumber(await page.getByTestId("result-total").textContent())).toBe(figure);
});

test("the guide's FAQ opens and closes with the keyboard", async ({ page }) => {
  await page.goto("/guides/backend-engineer");
  const faq = page.getByRole("region", { name: "Frequently asked questions" });
  const first = faq.locator("details").first();
  await expect(first).not.toHaveAttribute("open");
  await first.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(first).toHaveAttribute("open");
  await expect(first.getByRole("paragraph")).toBeVisible();
  await page.keyboard.press("Space");
  await expect(first).not.toHaveAttribute("open");
  // Answers quote live figures, never a placeholder.
  expect(await faq.textContent()).not.toContain("{{");
});

test("the guide is served from cache between listing changes", async ({ page }) => {
  await page.goto("/guides/backend-engineer");
  const stamp = await page.getByTestId("figures-computed-at").getAttribute("datetime");
  await page.waitForTimeout(1100);
  await page.reload();
  expect(await page.getByTestId("figures-computed-at").getAttribute("datetime")).toBe(stamp);
});

test("unknown listings and guides are 404s", async ({ page }) => {
  for (const path of ["/jobs/no-such-listing", "/guides/no-such-guide", "/no-such-page"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  }
});

test("health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});

test("pages fit a 360 px wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/", "/jobs", "/guides/backend-engineer"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
