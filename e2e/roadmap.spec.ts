import { expect, type Page, test } from "@playwright/test";
import { signUpAndIn, TEST_PASSWORD } from "./helpers";

const ROADMAP = "/guides/backend-engineer/roadmap";

const overall = (page: Page) => page.getByTestId("overall-progress");
const milestone = (page: Page, anchor: string) => page.locator(`#${anchor}`);
/** Clicks a status pill of a milestone and, when signed in, waits for the save. */
async function mark(page: Page, anchor: string, status: "To do" | "Learning" | "Done" | "Skipped", signedIn = true) {
  const saved = signedIn
    ? page.waitForResponse((r) => r.url().includes("/progress") && r.request().method() === "PUT" && r.ok())
    : null;
  await milestone(page, anchor).getByText(status, { exact: true }).click();
  await saved;
  await expect(milestone(page, anchor)).toHaveAttribute(
    "data-status",
    status === "To do" ? "todo" : status.toLowerCase(),
  );
}
async function signOut(page: Page) {
  await page.goto("/me");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
}

test("mark three milestones done, see the bars move, keep them after signing out and in, and share them", async ({
  page,
  browser,
}) => {
  const email = await signUpAndIn(page, "Rhea");
  await page.goto("/guides/backend-engineer");
  await page.getByRole("link", { name: "Open the Backend Engineer roadmap" }).click();
  await expect(page).toHaveURL(/\/guides\/backend-engineer\/roadmap$/);
  await expect(overall(page)).toHaveText(/^0 of (\d+) complete \(0%\)$/);
  const total = Number((await overall(page).textContent())!.match(/of (\d+)/)![1]);
  // Nothing learned yet: no matched jobs.
  await page.goto("/me/matches");
  await expect(page.getByRole("heading", { name: "Tell us what you have learned" })).toBeVisible();
  await page.goto(ROADMAP);
  await expect(page.getByTestId("readiness")).toContainText("Finish the junior skills and topics");
  // Live demand on every skill milestone.
  await expect(milestone(page, "skill-sql").getByTestId("skill-demand")).toContainText(
    /\d+ open listings in this role ask for SQL · median \$\d+k/,
  );
  // The figure links to the search it is the total of (lib/guides/demand.ts).
  await expect(milestone(page, "skill-sql").getByTestId("skill-demand").getByRole("link")).toHaveAttribute(
    "href",
    /^\/jobs\?(skill=sql&guide=backend-engineer|guide=backend-engineer&skill=sql)$/,
  );

  await mark(page, "skill-sql", "Done");
  await mark(page, "skill-git", "Done");
  await mark(page, "milestone-sql-joins", "Done");
  await mark(page, "skill-rest", "Learning");
  const pct = Math.floor((3 / total) * 100);
  await expect(overall(page)).toHaveText(`3 of ${total} complete (${pct}%) · 1 learning`);
  await expect(page.getByRole("progressbar", { name: "Overall progress" })).toHaveAttribute(
    "aria-valuenow",
    String(pct),
  );
  await expect(page.getByTestId("level-progress-junior")).toContainText(/^3 of \d+ complete/);
  await expect(page.getByTestId("level-progress-mid")).toContainText(/^0 of \d+ complete/);

  // Done skills are profile skills.
  await page.goto("/me/profile");
  await expect(page.getByRole("checkbox", { name: "SQL", exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Git", exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "REST APIs", exact: true })).not.toBeChecked();

  // The roadmap's done skills rank the jobs this user is ready for.
  await page.goto("/me/matches");
  await expect(page.getByText("Your skills (2):")).toBeVisible();
  const reasons = page.getByRole("list", { name: "Matched roles" }).getByTestId("match-reasons");
  await expect(reasons.first()).toBeVisible();
  for (const text of await reasons.allTextContents()) expect(text).toMatch(/\b[12] of \d+ skills? done/);

  await signOut(page);
  await page.goto(ROADMAP);
  await expect(overall(page)).toHaveText(`0 of ${total} complete (0%)`);
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(ROADMAP)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/guides\/backend-engineer\/roadmap$/);
  await expect(overall(page)).toHaveText(`3 of ${total} complete (${pct}%) · 1 learning`);
  await expect(milestone(page, "skill-rest")).toHaveAttribute("data-status", "learning");

  // Public link: off by default, shows progress without the email, 404 once turned off.
  await expect(page.getByText("Off. Create a public link")).toBeVisible();
  await page.getByRole("button", { name: "Create a public link" }).click();
  const link = page.getByTestId("share-link");
  await expect(link).toBeVisible();
  const sharePath = (await link.textContent())!;
  const visitor = await browser.newPage();
  await visitor.goto(sharePath);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(
    "Rhea's progress on the Backend Engineer roadmap",
  );
  await expect(visitor.getByTestId("overall-progress")).toHaveText(`3 of ${total} complete (${pct}%) · 1 learning`);
  await expect(visitor.getByText(email)).toHaveCount(0);
  await page.getByRole("button", { name: "Turn off the public link" }).click();
  await expect(page.getByText("Off. Create a public link")).toBeVisible();
  const gone = await visitor.goto(sharePath);
  expect(gone?.status()).toBe(404);
  await visitor.close();
});

test("progress made while signed out merges into the account on sign-in, keeping both sides", async ({ page }) => {
  const email = await signUpAndIn(page, "Milo");
  await page.goto(ROADMAP);
  await mark(page, "skill-docker", "Done");
  await signOut(page);

  await page.goto(ROADMAP);
  await expect(page.getByText("Your progress is kept in this browser.")).toBeVisible();
  await mark(page, "skill-python", "Done", false);
  await mark(page, "milestone-sql-indexes", "Learning", false);
  await page.reload();
  await expect(milestone(page, "skill-python")).toHaveAttribute("data-status", "done");
  await expect(overall(page)).toContainText(/^1 of \d+ complete .* · 1 learning$/);

  await page.getByRole("link", { name: "Sign in", exact: true }).last().click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/guides\/backend-engineer\/roadmap$/);
  await expect(page.getByTestId("roadmap-notice")).toHaveText(
    "Added 2 changes you made while signed out to your account.",
  );
  await expect(milestone(page, "skill-docker")).toHaveAttribute("data-status", "done");
  await expect(milestone(page, "skill-python")).toHaveAttribute("data-status", "done");
  await expect(milestone(page, "milestone-sql-indexes")).toHaveAttribute("data-status", "learning");

  // It is in the account now, not just in the browser.
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(overall(page)).toContainText(/^2 of \d+ complete .* · 1 learning$/);
  await page.goto("/me/profile");
  await expect(page.getByRole("checkbox", { name: "Python", exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Docker", exact: true })).toBeChecked();
});

test("the roadmap works with the keyboard alone, with a visible focus", async ({ page }) => {
  await page.goto(`${ROADMAP}#skill-kubernetes`);
  await expect(milestone(page, "skill-kubernetes")).toBeInViewport();
  await page.goto(ROADMAP);
  await expect(page.getByTestId("roadmap-board")).toHaveAttribute("data-loaded", "true");

  const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? "");
  async function tabTo(name: string) {
    for (let i = 0; i < 60 && (await focusedName()) !== name; i++) await page.keyboard.press("Tab");
    expect(await focusedName()).toBe(name);
  }
  await tabTo("status-python");
  // The focused status shows a ring.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!.closest("label")!).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("ArrowRight");
  await expect(milestone(page, "skill-python")).toHaveAttribute("data-status", "learning");
  await page.keyboard.press("ArrowRight");
  await expect(milestone(page, "skill-python")).toHaveAttribute("data-status", "done");
  await expect(overall(page)).toContainText(/^1 of \d+ complete/);

  await tabTo("status-nodejs");
  await page.keyboard.press("ArrowLeft");
  await expect(milestone(page, "skill-nodejs")).toHaveAttribute("data-status", "skipped");
  await expect(overall(page)).toContainText(/^2 of \d+ complete/);
  await expect(page.getByTestId("roadmap-notice")).toHaveText("Node.js: Skipped. Saved in this browser.");
});

test("signing in from the header also keeps what was marked while signed out", async ({ page }) => {
  const email = await signUpAndIn(page, "Noor");
  await signOut(page);
  await page.goto(ROADMAP);
  await mark(page, "skill-go", "Done", false);

  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  const merged = page.waitForResponse((r) => r.url().includes("/progress/merge") && r.ok());
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await merged;
  await page.goto(ROADMAP);
  await expect(milestone(page, "skill-go")).toHaveAttribute("data-status", "done");
  await expect(page.getByTestId("roadmap-notice")).toHaveText("");
  await page.goto("/me/profile");
  await expect(page.getByRole("checkbox", { name: "Go", exact: true })).toBeChecked();
});

test("the roadmap fits a 360 px wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(ROADMAP);
  await expect(page.getByTestId("roadmap-board")).toHaveAttribute("data-loaded", "true");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
