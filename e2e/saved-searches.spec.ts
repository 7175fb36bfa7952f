import { expect, test } from "@playwright/test";
import { signUpAndIn } from "./helpers";

test("save a search, open it, and follow its private feed; nobody else can", async ({ page, browser }) => {
  await signUpAndIn(page, "Wren");
  await page.goto("/jobs?q=kubernetes&workplace=remote");
  await page.getByRole("button", { name: "Save this search" }).click();
  await page.getByLabel("Name of the saved search").fill("Remote Kubernetes");
  await page.getByRole("form", { name: "Save this search" }).getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Search saved.")).toBeVisible();

  await page.goto("/me/searches");
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Remote Kubernetes" }) });
  await expect(item.getByTestId("new-count")).toHaveText("(0 new)");
  const feedUrl = await item.getByRole("textbox").inputValue();
  expect(feedUrl).toMatch(/\/feeds\/searches\/[A-Za-z0-9_-]{43}$/);
  const openHref = (await item.getByRole("link", { name: /^Open/ }).getAttribute("href"))!;

  const feed = await page.request.get(feedUrl);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml).toContain("<title>Ladder: Remote Kubernetes</title>");
  expect((xml.match(/<entry>/g) ?? []).length).toBeGreaterThan(0);

  await item.getByRole("link", { name: /^Open/ }).click();
  await expect(page).toHaveURL(/\/jobs\?q=kubernetes&workplace=remote/);

  // Another user: no access to the first user's saved search; a wrong token is a 404.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUpAndIn(otherPage, "Xan");
  const stolen = await otherPage.request.get(openHref, { maxRedirects: 0 });
  expect(stolen.status()).toBe(404);
  await otherPage.goto("/me/searches");
  await expect(otherPage.getByText("No saved searches yet.")).toBeVisible();
  expect((await otherPage.request.get(feedUrl.replace(/.{4}$/, "AAAA"))).status()).toBe(404);
  await other.close();

  // Resetting the feed link revokes the old URL.
  await page.goto("/me/searches");
  await page.getByRole("button", { name: "Reset feed link" }).click();
  await expect(page.getByRole("textbox")).not.toHaveValue(feedUrl);
  expect((await page.request.get(feedUrl)).status()).toBe(404);
});
