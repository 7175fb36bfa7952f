import { expect, test, type Page } from "@playwright/test";

// Demo accounts: the e2e server runs on the embedded default, which the seed gives them.
const DEMO_PASSWORD = "ladder-demo-2026";

async function signIn(page: Page, email: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const results = (page: Page) => page.getByRole("list", { name: "Results" });

test("a seeker reports a listing; the admin unpublishes it; it leaves search and its page says so", async ({
  page,
  browser,
}) => {
  // A recent open listing outside the backend family (so the backend guide's figures, which
  // another spec compares with search, are untouched): first in a newest-first search for its title.
  await page.goto("/jobs");
  const firstLink = results(page)
    .getByRole("article")
    .getByRole("heading")
    .getByRole("link", {
      name: /Frontend|UI Engineer|React Developer|Full Stack|DevOps|Site Reliability|iOS|Android|Flutter/,
    })
    .first();
  const title = (await firstLink.textContent())!.trim();
  const href = (await firstLink.getAttribute("href"))!;
  const searchForIt = `/jobs?q=${encodeURIComponent(title)}&sort=newest`;
  await page.goto(searchForIt);
  await expect(
    results(page).getByRole("article").first().getByRole("link", { name: title, exact: true }),
  ).toHaveAttribute("href", href);

  // Signed out, "Report this listing" goes through sign-in and back to the open form.
  await page.goto(href);
  await page.getByRole("link", { name: "Report this listing" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await signIn(page, "seeker@ladder.test");
  await expect(page).toHaveURL(new RegExp(`${href}\\?report=1$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  // No reason chosen: a field error, nothing sent, the note kept.
  await page.getByLabel("Details for our team (optional)").fill("They ask for a $200 onboarding fee by wire transfer.");
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByText("Choose a reason")).toBeVisible();
  await expect(page.getByLabel("Details for our team (optional)")).toHaveValue(
    "They ask for a $200 onboarding fee by wire transfer.",
  );
  await page.getByLabel("Scam or fraud").check();
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Thanks. Our team will review this listing." }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByText("You reported this listing: update your report")).toBeVisible();

  // The seeker cannot see the admin page.
  const asSeeker = await page.goto("/admin");
  expect(asSeeker?.status()).toBe(404);

  // The admin sees the report grouped under the listing and unpublishes it.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await admin.goto("/admin");
  await expect(admin).toHaveURL(/\/sign-in\?callbackUrl=/);
  await signIn(admin, "admin@ladder.test");
  await expect(admin).toHaveURL(/\/admin$/);
  const group = admin.getByRole("listitem", { name: `Reports about ${title}` });
  await expect(group).toContainText("1 report from 1 person");
  await expect(group.getByRole("list", { name: "Reasons" })).toContainText("Scam or fraud: 1");
  await expect(group.getByRole("list", { name: "Notes from reporters" })).toContainText("$200 onboarding fee");
  await expect(group).toContainText("Listing: Open");
  await group.getByRole("button", { name: "Unpublish listing" }).click();
  await expect(group.getByText("Say why the listing is removed")).toBeVisible();
  await group.getByLabel(`Reason for removing “${title}”`).fill("Scam: asks applicants for a fee");
  await group.getByRole("button", { name: "Unpublish listing" }).click();
  await expect(group).toHaveCount(0);
  const removed = admin.getByRole("list", { name: "Removed listings" });
  await expect(removed.getByRole("link", { name: title, exact: true }).first()).toBeVisible();
  await expect(removed).toContainText("by admin@ladder.test: Scam: asks applicants for a fee");
  await adminContext.close();

  // Gone from search at once; its page stays readable and says it is closed.
  await page.goto(searchForIt);
  await expect(page.getByRole("heading", { name: "Results" })).toBeVisible();
  await expect(results(page).locator(`a[href="${href}"]`)).toHaveCount(0);
  await page.goto(href);
  await expect(page.getByText("No longer accepting applications")).toBeVisible();
  await expect(page.getByText("Ladder removed this listing after a review.")).toBeVisible();
  await expect(page.getByText("The description of a removed listing is not shown.")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Apply on/ })).toHaveCount(0);
  await expect(page.getByText("Applications closed")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Similar open roles" })).toBeVisible();
  const similar = page.getByRole("list", { name: "Similar open roles" }).getByRole("article");
  await expect(similar.first()).toBeVisible();
  expect(await similar.count()).toBeLessThanOrEqual(4);
  await expect(page.getByRole("list", { name: "Similar open roles" }).locator(`a[href="${href}"]`)).toHaveCount(0);
});
