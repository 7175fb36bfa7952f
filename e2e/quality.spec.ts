import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { companySeeds } from "../db/seed/data/companies";
import { generateJob } from "../db/seed/jobs";

/*
 * Accessibility (axe-core) and layout on every page type, signed out and signed in, in one
 * visit per page: axe at 1366 px, then the same document resized to 390 and 320 px for the
 * overflow check (no reload). WCAG 2.2 A/AA plus axe's best practices (heading order,
 * landmarks). Zero serious or critical anywhere; zero moderate on the pages search engines
 * send people to (guide, search, listing). The counts per page are printed as a table.
 */

const DEMO_PASSWORD = "ladder-demo-2026";
// 683: a 1366 px screen at 200% zoom (the CSS viewport halves; deviceScaleFactor only changes pixels).
const WIDTHS = [1366, 683, 390, 320] as const;
/** Chart labels are never drawn smaller than this (CSS px), at any width. */
const MIN_LABEL_PX = 12;
const STRICT = new Set(["guide", "search (results)", "search (empty)", "listing (open)", "listing (closed)"]);

type Row = {
  page: string;
  critical: number;
  serious: number;
  moderate: number;
  minor: number;
  overflow: string;
  smallLabels: string;
};
const rows: Row[] = [];

/** A closed listing of the default seed (deterministic: listing i depends only on i). */
function closedSeedSlug(): string {
  for (let i = 0; i < 1400; i++) {
    const j = generateJob(i, companySeeds, { now: new Date() });
    if (j.status === "closed") return j.slug;
  }
  throw new Error("the seed has no closed listing");
}

async function check(page: Page, name: string) {
  await page.setViewportSize({ width: 1366, height: 900 });
  await expect(page.locator("h1").first()).toBeVisible();
  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const count = (impact: string) => axe.violations.filter((v) => v.impact === impact).length;
  const overflow: string[] = [];
  const smallLabels: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const extra = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (extra > 0) overflow.push(`${width}px:+${extra}`);
    // SVG text scales with its viewBox: its drawn size is the font size times the CTM's scale.
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll<SVGTextElement>("svg text")].map(
          (t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1),
        ),
      ),
    );
    if (smallest < MIN_LABEL_PX) smallLabels.push(`${width}px:${smallest.toFixed(1)}px`);
  }
  const row = {
    page: name,
    critical: count("critical"),
    serious: count("serious"),
    moderate: count("moderate"),
    minor: count("minor"),
    overflow: overflow.join(" ") || "none",
    smallLabels: smallLabels.join(" ") || "none",
  };
  rows.push(row);
  const worst = axe.violations
    .filter((v) => v.impact === "critical" || v.impact === "serious" || (STRICT.has(name) && v.impact === "moderate"))
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")})`,
    );
  expect.soft(worst, `axe on ${name}`).toEqual([]);
  expect.soft(overflow, `horizontal overflow on ${name}`).toEqual([]);
  expect.soft(smallLabels, `chart labels under ${MIN_LABEL_PX} px on ${name}`).toEqual([]);
  await page.setViewportSize({ width: 1366, height: 900 });
}

async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

test.afterAll(() => {
  console.log("\naxe violations (by impact) and horizontal overflow, per page:");
  console.table(rows);
});

test("signed out: every public page type", async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto("/");
  await check(page, "home");
  await page.goto("/guides");
  await check(page, "guides (comparison)");
  await page.goto("/guides/backend-engineer");
  await check(page, "guide");
  await page.goto("/guides/backend-engineer/roadmap");
  await check(page, "roadmap");
  await page.goto("/jobs?q=engineer&workplace=remote");
  await expect(page.getByRole("list", { name: "Results" }).getByRole("article").first()).toBeVisible();
  await check(page, "search (results)");
  await page.goto("/jobs?q=zzqxwv");
  await check(page, "search (empty)");
  // No blank gap above few or no results: they start right under the search box (at 1366
  // px, where the filter sidebar beside them is much taller than they are).
  const gap = await page.evaluate(
    () =>
      document.getElementById("results")!.getBoundingClientRect().top -
      document.getElementById("job-search")!.getBoundingClientRect().bottom,
  );
  expect(gap).toBeLessThan(80);
  await page.goto("/jobs");
  await page
    .getByRole("list", { name: "Results" })
    .getByRole("article")
    .first()
    .getByRole("heading")
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(/\/jobs\/[^/?]+$/);
  await check(page, "listing (open)");
  await page.locator('main a[href^="/companies/"]').first().click();
  await expect(page).toHaveURL(/\/companies\//);
  await check(page, "company");
  await page.goto(`/jobs/${closedSeedSlug()}`);
  await expect(page.getByText("No longer accepting applications")).toBeVisible();
  await check(page, "listing (closed)");
  await page.goto("/sign-in");
  await check(page, "sign-in");
  await page.goto("/sign-up");
  await check(page, "sign-up");
  await page.goto("/jobs/no-such-listing");
  await check(page, "not found");
});

test("signed in as a job seeker: every /me page, and search, listing and guide", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "seeker@ladder.test");
  for (const path of ["/me", "/me/profile", "/me/jobs", "/me/matches", "/me/searches"]) {
    await page.goto(path);
    await check(page, `${path} (seeker)`);
  }
  await page.goto("/jobs?sort=match");
  await check(page, "search (seeker)");
  await page
    .getByRole("list", { name: "Results" })
    .getByRole("article")
    .first()
    .getByRole("heading")
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(/\/jobs\/[^/?]+$/);
  await check(page, "listing (seeker)");
  await page.goto("/guides/backend-engineer/roadmap");
  await check(page, "roadmap (seeker)");
});

test("signed in as a recruiter and as an admin: dashboard, posting form with errors, admin", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signIn(page, "recruiter@ladder.test");
  await page.goto("/recruiter");
  await check(page, "recruiter dashboard");
  await page.goto("/recruiter/company");
  await check(page, "recruiter company");
  await page.goto("/recruiter/jobs/new");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Give the role a title")).toBeVisible();
  await check(page, "posting form (errors)");

  // axe needs a page of a context (not browser.newPage()).
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, "admin@ladder.test");
  await admin.goto("/admin");
  await check(admin, "admin");
  await context.close();
});
