import { expect, test, type Page } from "@playwright/test";
import { signUpAndIn } from "./helpers";

/** [done, total] of every "x of y skills done" line on /me/matches, in page order. */
async function matchFigures(page: Page): Promise<[number, number][]> {
  const texts = await page.getByTestId("match-reasons").allTextContents();
  return texts.map((t) => {
    const m = /(\d+) of (\d+) skills? done/.exec(t);
    if (!m) throw new Error(`no match figures in ${t}`);
    return [Number(m[1]), Number(m[2])];
  });
}
const nonIncreasing = (shares: number[]) => shares.every((s, i) => i === 0 || s <= shares[i - 1]! + 1e-9);

async function setSkills(page: Page, names: string[], profile: { years?: string; level?: string } = {}) {
  await page.goto("/me/profile");
  for (const name of names) await page.getByRole("checkbox", { name, exact: true }).check();
  if (profile.years) await page.getByLabel("Years of experience").fill(profile.years);
  if (profile.level) await page.getByLabel("Target level").selectOption(profile.level);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
}

test("skills added on the profile change the jobs you are ready for", async ({ page }) => {
  await signUpAndIn(page, "Mira");
  await page.getByRole("link", { name: "Jobs you are ready for" }).click();
  await expect(page).toHaveURL(/\/me\/matches$/);
  await expect(page.getByRole("heading", { name: "Tell us what you have learned" })).toBeVisible();
  await page.getByRole("link", { name: "Add skills to your profile" }).click();
  await expect(page).toHaveURL(/\/me\/profile$/);

  await setSkills(page, ["PostgreSQL", "Go", "Docker"], { years: "3", level: "mid" });
  await page.getByRole("link", { name: "Your matches" }).click();
  await expect(page).toHaveURL(/\/me\/matches$/);
  await expect(page.getByText("Your skills (3):")).toBeVisible();
  const list = page.getByRole("list", { name: "Matched roles" });
  await expect(list.getByRole("article").first()).toBeVisible();
  const before = await matchFigures(page);
  expect(before.length).toBe(20);
  expect(nonIncreasing(before.map(([d, t]) => d / t))).toBe(true);
  expect(before.every(([d]) => d >= 1)).toBe(true);
  // Missing skills link to their milestone on a guide's roadmap, or to a search.
  const missing = list.getByTestId("match-reasons").getByRole("link");
  expect(await missing.count()).toBeGreaterThan(0);
  for (const href of await missing.evaluateAll((links) => links.map((l) => l.getAttribute("href")))) {
    expect(href).toMatch(/^\/guides\/[a-z0-9-]+\/roadmap#skill-[a-z0-9-]+$|^\/jobs\?skill=[a-z0-9-]+$/);
  }
  const hrefs = () =>
    list
      .getByRole("article")
      .getByRole("heading")
      .getByRole("link")
      .evaluateAll((l) => l.map((a) => a.getAttribute("href")));
  const firstHrefs = await hrefs();

  // One more skill: more of each listing is covered, and the ranking moves.
  await setSkills(page, ["Kubernetes", "REST APIs"]);
  await page.goto("/me/matches");
  await expect(page.getByText("Your skills (5):")).toBeVisible();
  const after = await matchFigures(page);
  expect(nonIncreasing(after.map(([d, t]) => d / t))).toBe(true);
  expect(after.reduce((n, [d]) => n + d, 0)).toBeGreaterThan(before.reduce((n, [d]) => n + d, 0));
  expect(await hrefs()).not.toEqual(firstHrefs);

  // Keyset paging: the next page continues with no repeats.
  await page.getByRole("link", { name: "More matches" }).click();
  await expect(page).toHaveURL(/cursor=/);
  const second = await hrefs();
  expect(second.length).toBeGreaterThan(0);
  await page.getByRole("link", { name: "Back to the best matches" }).click();
  await expect(page).toHaveURL(/\/me\/matches$/);
  const first = await hrefs();
  expect(first.filter((h) => second.includes(h))).toEqual([]);
});

test("best-match sort on /jobs for signed-in users, with the match on every card", async ({ page, request }) => {
  // Signed out: not offered, and the API refuses it with a field-level issue.
  await page.goto("/jobs");
  const sort = page.getByRole("combobox", { name: "Sort by" });
  await expect(sort.locator("option")).toHaveText(["Newest", "Highest pay"]);
  const refused = await request.get("/api/jobs?sort=match");
  expect(refused.status()).toBe(400);
  expect((await refused.json()).issues).toEqual([
    { path: "sort", message: "Sorting by best match needs you to sign in" },
  ]);

  await signUpAndIn(page, "Noor");
  // Without skills, best match can rank only by level: the page says how to fix that.
  await page.goto("/jobs?sort=match");
  await expect(page.getByRole("link", { name: "Add your skills" })).toBeVisible();
  await setSkills(page, ["PostgreSQL", "Go", "Docker", "Kubernetes"], { years: "6", level: "senior" });
  await page.goto("/jobs");
  const results = page.getByRole("list", { name: "Results" });
  await expect(results.getByTestId("match-summary").first()).toHaveText(/^Your match: \d+ of \d+ skills?$/);
  const shares = async () =>
    (await results.getByTestId("match-summary").allTextContents()).map((t) => {
      const m = /(\d+) of (\d+)/.exec(t)!;
      return Number(m[1]) / Number(m[2]);
    });
  const newest = await shares();
  expect(newest.length).toBe(20);
  await page.getByRole("combobox", { name: "Sort by" }).selectOption("match");
  await expect(page).toHaveURL(/[?&]sort=match/);
  await expect(page.getByText("Updating…")).toHaveCount(0);
  // Best first: the top beats anything the newest-first page had, and shares never rise.
  await expect
    .poll(async () => (await shares())[0]! >= Math.max(...newest) && nonIncreasing(await shares()))
    .toBe(true);
  const best = await shares();
  expect(best[0]).toBeGreaterThan(0.5);

  // The server renders the same order for the URL.
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Sort by" })).toHaveValue("match");
  expect(await shares()).toEqual(best);
  await expect(page.getByRole("link", { name: "Add your skills" })).toHaveCount(0);
});
