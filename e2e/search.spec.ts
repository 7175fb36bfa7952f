import { expect, test, type Page } from "@playwright/test";

const total = async (page: Page) =>
  Number(((await page.getByTestId("result-total").textContent()) ?? "").replace(/[^0-9]/g, ""));
const titles = (page: Page) =>
  page.getByRole("list", { name: "Results" }).getByRole("article").getByRole("heading").allTextContents();

test("search as you type, refine with filters, open a result and come back", async ({ page }) => {
  await page.goto("/jobs");
  const all = await total(page);
  expect(all).toBeGreaterThan(1000);

  // A word with fewer matches than a text search samples (500), so facet counts are exact
  // and choosing one must give exactly that many results.
  await page.getByRole("searchbox", { name: "Search jobs" }).fill("python");
  await expect(page).toHaveURL(/[?&]q=python/);
  await expect.poll(() => total(page)).toBeLessThan(all);
  const matched = await total(page);
  expect(matched).toBeGreaterThan(0);

  const filters = page.locator("details").filter({ has: page.getByText("Filters") });
  const remote = filters.getByRole("checkbox", { name: /^Remote/ });
  const remoteCount = Number(
    (await filters.locator("label", { has: page.getByRole("checkbox", { name: /^Remote/ }) }).textContent())!.replace(
      /[^0-9]/g,
      "",
    ),
  );
  await remote.check();
  await expect(page).toHaveURL(/workplace=remote/);
  await expect.poll(() => total(page)).toBe(remoteCount);

  await filters.getByRole("checkbox", { name: /^Senior/ }).check();
  await expect(page).toHaveURL(/level=senior/);
  await expect.poll(() => total(page)).toBeLessThan(remoteCount);
  await expect(page.getByRole("button", { name: "Remove filter Senior" })).toBeVisible();
  const refined = await total(page);
  const shown = await titles(page);
  expect(shown.length).toBeGreaterThan(0);
  const url = page.url();

  await page
    .getByRole("list", { name: "Results" })
    .getByRole("article")
    .first()
    .getByRole("heading")
    .getByRole("link")
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(shown[0]!);
  await page.goBack();
  await expect(page).toHaveURL(url);
  await expect.poll(() => total(page)).toBe(refined);
  expect(await titles(page)).toEqual(shown);
  await expect(page.getByRole("checkbox", { name: /^Senior/ })).toBeChecked();
  await expect(page.getByRole("searchbox", { name: "Search jobs" })).toHaveValue("python");

  // The URL alone reproduces the page, in a fresh tab.
  const fresh = await page.context().newPage();
  await fresh.goto(url);
  expect(await total(fresh)).toBe(refined);
  expect(await titles(fresh)).toEqual(shown);
});

test("load more appends the next page and suggests a spelling when nothing matches", async ({ page }) => {
  await page.goto("/jobs?sort=salary");
  const results = page.getByRole("list", { name: "Results" }).getByRole("article");
  await expect(results).toHaveCount(20);
  await page.getByRole("link", { name: "Load more" }).click();
  await expect(results).toHaveCount(40);

  await page.goto("/jobs?q=kubrenetes");
  await expect(page.getByText("No open roles match this search")).toBeVisible();
  await page.getByRole("button", { name: "Kubernetes" }).click();
  await expect(page).toHaveURL(/skill=kubernetes/);
  await expect.poll(() => total(page)).toBeGreaterThan(0);
});

test("the salary histogram has a text alternative", async ({ page }) => {
  await page.goto("/jobs?guide=backend-engineer");
  const figure = page.getByRole("figure", { name: /What these roles pay/ });
  await expect(figure).toBeVisible();
  await expect(figure.getByRole("table")).toHaveCount(1);
});

test("the API answers bad parameters with 400 and field-level issues", async ({ request }) => {
  const bad = await request.get("/api/jobs?limit=500&workplace=moon&salaryMin=-1&cursor=nope");
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(body.error).toBeTruthy();
  expect(body.issues.map((i: { path: string }) => i.path).sort()).toEqual([
    "cursor",
    "limit",
    "salaryMin",
    "workplace",
  ]);
  const long = await request.get(`/api/jobs?q=${"a".repeat(10_000)}`);
  expect(long.status()).toBe(400);

  const ok = await request.get("/api/jobs?q=engineer&workplace=remote&limit=5");
  expect(ok.status()).toBe(200);
  const data = await ok.json();
  expect(data.items).toHaveLength(5);
  expect(Object.keys(data.items[0]).sort()).toEqual(
    [
      "company",
      "id",
      "level",
      "location",
      "publishedAt",
      "salary",
      "skillNames",
      "skills",
      "slug",
      "title",
      "type",
      "url",
      "validThrough",
      "workplace",
    ].sort(),
  );
  expect(data.facets.workplace.length).toBeGreaterThan(1);
  const next = await request.get(`/api/jobs?q=engineer&workplace=remote&limit=5&cursor=${data.nextCursor}`);
  const page2 = await next.json();
  expect(page2.items[0].id).not.toBe(data.items[0].id);
});

test("the search works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/jobs");
  await page.getByRole("searchbox", { name: "Search jobs" }).fill("kubernetes");
  await page.getByRole("checkbox", { name: /^Remote/ }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/q=kubernetes/);
  await expect(page).toHaveURL(/workplace=remote/);
  expect(await total(page)).toBeGreaterThan(0);
  await context.close();
});

test("on a phone the filters fold away and open on demand", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/jobs");
  const filters = page.locator("details").filter({ has: page.getByText("Filters") });
  await expect(filters).not.toHaveAttribute("open");
  await expect(page.getByRole("list", { name: "Results" }).getByRole("article").first()).toBeInViewport();
  await filters.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(filters).toHaveAttribute("open");
  await expect(filters.getByRole("checkbox", { name: /^Remote/ })).toBeVisible();
});
