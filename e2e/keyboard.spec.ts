import { expect, test, type Locator, type Page } from "@playwright/test";
import { signUpAndIn } from "./helpers";

/*
 * Keyboard-only journeys (issue 18): after the setup (signing in), every step is Tab, Shift+Tab,
 * Enter, Space, an arrow key or typing; no clicks. Each focused control must show a focus
 * ring, and focus must land somewhere sensible after "Skip to results", "Load more" and the
 * "Save this search" form. The roadmap's keyboard journey is in roadmap.spec.ts.
 */

const DEMO_PASSWORD = "ladder-demo-2026";

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. Returns the presses used. */
async function tabTo(page: Page, target: Locator, { max = 80, back = false } = {}): Promise<number> {
  for (let i = 0; i <= max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return i;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`focus never reached ${target} in ${max} presses`);
}

/** The focused element shows a ring: an outline of 2 px or more (app/globals.css :focus-visible). */
async function expectFocusRing(page: Page) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), tag: el.tagName };
  });
  expect(ring.style, `outline on the focused ${ring.tag}`).not.toBe("none");
  expect(ring.width).toBeGreaterThanOrEqual(2);
}

async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

test("search and filter with the keyboard alone: skip to results, type, filter, load more", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/jobs");
  const results = page.getByRole("list", { name: "Results" });
  await expect(results.getByRole("article").first()).toBeVisible();

  // "Skip to results" comes within a few presses (not the ~60 through every filter).
  const skip = page.getByRole("link", { name: "Skip to results" });
  const presses = await tabTo(page, skip, { max: 15 });
  expect(presses).toBeLessThanOrEqual(12);
  await expect(skip).toBeVisible();
  await expectFocusRing(page);
  await page.keyboard.press("Enter");
  await expect(page.locator("#results")).toBeFocused();

  // Back up to the search box, type, Enter.
  const box = page.getByRole("searchbox", { name: "Search jobs" });
  await tabTo(page, box, { back: true, max: 80 });
  await expectFocusRing(page);
  await page.keyboard.type("engineer");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]q=engineer/);

  // A filter with Space.
  const remote = page.getByRole("checkbox", { name: /^Remote/ });
  await tabTo(page, remote);
  await expectFocusRing(page);
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/workplace=remote/);
  await expect(remote).toBeChecked();
  await expect(remote).toBeFocused();

  // "Load more" with Enter: focus stays in the results (it does not jump back to the top).
  await expect(results.getByRole("article")).toHaveCount(20);
  const more = page.getByRole("link", { name: "Load more" });
  await tabTo(page, more, { max: 200 });
  await expectFocusRing(page);
  await page.keyboard.press("Enter");
  await expect(results.getByRole("article")).toHaveCount(40);
  expect(await page.evaluate(() => document.getElementById("results")!.contains(document.activeElement))).toBe(true);
  await expectFocusRing(page);
});

test("save a role and a search with the keyboard alone", async ({ page }) => {
  test.setTimeout(90_000);
  await signUpAndIn(page, "Kai");
  await page.goto("/jobs?q=python");
  const results = page.getByRole("list", { name: "Results" });
  const card = results.getByRole("article").first();
  await expect(card).toBeVisible();
  const save = card.getByRole("button", { name: /^Save / });
  await expect(save).toBeEnabled();
  await tabTo(page, save, { max: 120 });
  await expectFocusRing(page);
  await page.keyboard.press("Space");
  await expect(card.getByText("Saved to your tracker.")).toBeVisible();
  await expect(card.getByRole("button", { name: /^Saved: / })).toHaveAttribute("aria-pressed", "true");
  await expect(card.getByRole("button", { name: /^Saved: / })).toBeFocused();

  // "Save this search": focus goes into the form, back to its button on Escape, and to the
  // confirmation once saved.
  const opener = page.getByRole("button", { name: "Save this search" });
  await tabTo(page, opener, { back: true, max: 120 });
  await page.keyboard.press("Enter");
  const name = page.getByRole("textbox", { name: "Name of the saved search" });
  await expect(name).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(opener).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(name).toBeFocused();
  await page.keyboard.press("Enter");
  const done = page.getByRole("status").filter({ hasText: "Your saved searches" });
  await expect(done).toBeFocused();
});

test("post a role with the keyboard alone", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "recruiter@ladder.test");
  await page.goto("/recruiter/jobs/new");
  const title = `Keyboard Platform Engineer ${Date.now().toString(36)}`;

  await tabTo(page, page.getByLabel("Job title"));
  await expectFocusRing(page);
  await page.keyboard.type(title);
  await tabTo(page, page.getByLabel("Level"));
  await page.keyboard.type("Senior");
  await expect(page.getByLabel("Level")).toHaveValue("senior");
  // A radio group: Tab reaches it once, arrows choose.
  const remote = page.getByLabel("Remote", { exact: true });
  const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? "");
  for (let i = 0; i < 30 && (await focusedName()) !== "workplace"; i++) await page.keyboard.press("Tab");
  expect(await focusedName()).toBe("workplace");
  await expectFocusRing(page);
  for (let i = 0; i < 3 && !(await remote.isChecked()); i++) await page.keyboard.press("ArrowRight");
  await expect(remote).toBeChecked();
  const europe = page.getByLabel("Europe", { exact: true });
  await tabTo(page, europe);
  await page.keyboard.press("Space");
  await expect(europe).toBeChecked();
  await tabTo(page, page.getByLabel("From", { exact: true }));
  await page.keyboard.type("150000");
  await tabTo(page, page.getByLabel("To", { exact: true }));
  await page.keyboard.type("190000");
  // The skills combobox: type, Enter adds the first match (and sends nothing).
  const skills = page.getByRole("combobox", { name: "Skills" });
  await tabTo(page, skills);
  await expectFocusRing(page);
  await page.keyboard.type("postg");
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("list", { name: "Chosen skills" }).getByText("PostgreSQL", { exact: true }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/recruiter\/jobs\/new/);
  await tabTo(page, page.getByLabel("Description"));
  await page.keyboard.type(
    "Build and run the platform our payment services stand on, with a small team that reviews every change and ships daily.",
  );
  const applyLink = page.getByLabel("Apply link or email");
  if (await applyLink.isVisible()) {
    await tabTo(page, applyLink);
    await page.keyboard.type("https://tesorio.example/jobs/platform");
  }
  const publish = page.getByRole("button", { name: "Publish" });
  await tabTo(page, publish);
  await expectFocusRing(page);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Published: the role is in search now.")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("row", { name: title }).getByText("Open", { exact: true })).toBeVisible();
});
