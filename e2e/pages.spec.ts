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

  // The 20th newest: the newest ones may be listings earlier specs posted (Apply on Ladder,
  // or imported from a local fixture), and this checks a seeded employer's external link.
  const link = results.last().getByRole("heading").getByRole("link");
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

// Every guide: its content modules' slugs (content/guides/index.ts).
const GUIDES = [
  ["backend-engineer", "Backend Engineer"],
  ["frontend-engineer", "Frontend Engineer"],
  ["full-stack-developer", "Full Stack Developer"],
  ["devops-engineer", "DevOps Engineer / SRE"],
  ["data-engineer", "Data Engineer"],
  ["mobile-developer", "Mobile Developer"],
] as const;

test("every guide renders every section, with live figures equal to the searches they link to", async ({ page }) => {
  test.setTimeout(120_000);
  for (const [slug, title] of GUIDES) {
    await page.goto(`/guides/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    for (const section of [
      "What the role is",
      "Required skills",
      "Career path",
      "A day in the life",
      "Recommended certifications",
      "Who is hiring",
      "Frequently asked questions",
      "Sources",
    ]) {
      await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
    }
    await expect(page.getByRole("region", { name: "Career path" }).getByRole("listitem")).toHaveCount(5);
    // Every level has a live median (the seed gives each family enough listings showing pay).
    for (const level of ["junior", "mid", "senior", "lead", "principal"]) {
      await expect(page.getByTestId(`level-median-${level}`)).toBeVisible();
    }
    // The pay chart is an image to sighted users and a table to screen readers.
    const chart = page.getByRole("figure", { name: /Pay by level/ });
    await expect(chart.getByRole("row")).toHaveCount(6);
    expect(await page.getByRole("region", { name: "Frequently asked questions" }).textContent()).not.toContain("{{");

    const open = toNumber(await page.getByTestId("figure-open-positions").textContent());
    const median = toNumber(await page.getByTestId("figure-median-pay").textContent());
    expect(open).toBeGreaterThan(50);
    await page.getByTestId("figure-open-positions").click();
    await expect(page).toHaveURL(new RegExp(`/jobs\\?guide=${slug}$`));
    expect(toNumber(await page.getByTestId("result-total").textContent())).toBe(open);
    // The search's pay histogram states the same median (rounded to thousands there).
    await expect(page.getByRole("figure", { name: /What these roles pay/ })).toContainText(
      `median $${Math.round(median / 1000)}k`,
    );
  }
});

test("the comparison page shows every guide side by side", async ({ page }) => {
  await page.goto("/guides");
  await expect(page.getByRole("heading", { level: 1, name: "Career guides" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Median pay by level, per role/ })).toBeVisible();
  const table = page.locator("#compare-table");
  await expect(table.getByRole("row")).toHaveCount(GUIDES.length + 1);
  for (const [slug, title] of GUIDES) {
    const row = page.getByTestId(`compare-row-${slug}`);
    await expect(row.getByRole("rowheader")).toHaveText(title);
    await expect(page.getByTestId(`trend-${slug}`)).toContainText(/\d+ posted in 13 weeks/);
  }
  await expect(page.getByText(/Moving from .+ to .+: you already have \d+ of \d+ skills\./).first()).toBeVisible();
  // A row's open positions link to its search, whose total matches.
  const link = page.getByTestId("compare-row-frontend-engineer").getByRole("cell").first().getByRole("link");
  const figure = toNumber(await link.textContent());
  await link.click();
  await expect(page).toHaveURL(/\/jobs\?guide=frontend-engineer$/);
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

test("unknown listings, companies, guides and pages are 404s that say what was not found", async ({ page }) => {
  for (const [path, what] of [
    ["/jobs/no-such-listing", "listing"],
    ["/companies/no-such-company", "company"],
    ["/guides/no-such-guide", "guide"],
    ["/no-such-page", "page"],
  ]) {
    const response = await page.goto(path!);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: `We could not find that ${what}` })).toBeVisible();
  }
});

test("health reports the database, and the footer's Status is a page", async ({ page, request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok", migrations: "ok" });
  expect((await request.get("/api/health/ready")).status()).toBe(200);
  expect(await (await request.get("/api/health/live")).json()).toEqual({ status: "ok" });
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Status" }).click();
  await expect(page).toHaveURL(/\/status$/);
  await expect(page.getByRole("status")).toHaveText(/All systems working/);
});

test("pages fit a 360 px wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/", "/jobs", "/guides/backend-engineer", "/guides"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
