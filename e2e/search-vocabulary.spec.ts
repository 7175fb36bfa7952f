import { expect, test, type Page } from "@playwright/test";

/* The trade's vocabulary (issue 14): C#, IT (or "it" beside IT work) and Zürich find a role
   posted through the recruiter form, spelled with or without the symbols and accents; a
   typo suggests the skill; a country or a city finds the remote roles open to its region;
   a repeated scalar parameter is a 400 naming it. */

const results = (page: Page) => page.getByRole("list", { name: "Results" }).getByRole("article");
const titles = (page: Page) => results(page).getByRole("heading").allTextContents();

test("C#, IT and Zürich find a posted role; a country finds remote roles open to its region", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const title = `IT Operations Engineer ${Date.now().toString(36)}`;
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("recruiter@ladder.test");
  await page.getByLabel("Password").fill("ladder-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/me$/);

  await page.goto("/recruiter/jobs/new");
  await page.getByLabel("Job title").fill(title);
  await page.getByLabel("Role family").selectOption("devops");
  await page.getByLabel("Level").selectOption("mid");
  await page.getByLabel("On-site", { exact: true }).check();
  await page.getByLabel("Location").fill("Zürich, Switzerland");
  await page.getByLabel("From", { exact: true }).fill("100000");
  await page.getByLabel("To", { exact: true }).fill("140000");
  await page.getByRole("combobox", { name: "Skills" }).fill("C#");
  await page.getByRole("option", { name: /^C# / }).click();
  await page
    .getByLabel("Description")
    .fill("Run our IT estate: Windows fleet, identity, and internal tools written in C# on .NET.");
  await page.getByLabel("Apply link or email").fill("https://tesorio.example/jobs/it-ops");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published: the role is in search now.")).toBeVisible({ timeout: 30_000 });

  // IT: a word the english stop list drops, searchable in capitals.
  await page.goto("/jobs?q=IT");
  await expect(results(page).getByRole("heading", { name: title })).toBeVisible();
  // Typed in lower case, "it" alone or before a word of IT work reads as IT too.
  for (const q of ["it", "it operations"]) {
    await page.goto(`/jobs?q=${encodeURIComponent(q)}`);
    await expect(results(page).getByRole("heading", { name: title })).toBeVisible();
  }
  // A typo finds nothing, and the search says which skill was meant.
  await page.goto("/jobs?q=pyhton");
  await expect(page.getByText("No open roles match this search")).toBeVisible();
  await expect(page.getByText(/Did you mean/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Python", exact: true })).toBeVisible();
  // C# is not C++ or C: the role is found by "c#", and listings found carry C# or .NET.
  await page.goto(`/jobs?q=${encodeURIComponent("c#")}`);
  await expect(results(page).getByRole("heading", { name: title })).toBeVisible();
  expect((await titles(page)).some((t) => t.includes("C++"))).toBe(false);
  // Accents fold on both sides.
  for (const place of ["Zurich", "Zürich"]) {
    await page.goto(`/jobs?location=${encodeURIComponent(place)}`);
    await expect(results(page).getByRole("heading", { name: title })).toBeVisible();
  }

  // Remote in Germany: the seeded remote roles open to Europe or Worldwide.
  await page.goto("/jobs?workplace=remote&location=Germany");
  const cards = results(page);
  await expect(cards.first()).toBeVisible();
  const where = await cards.allTextContents();
  expect(where.length).toBeGreaterThan(0);
  for (const text of where) expect(text).toMatch(/Remote \((Europe|EMEA|Worldwide|Germany)/);
  // Each card matched through a region says which one contains the country searched for.
  const regionLines = cards.getByTestId("region-match");
  await expect(regionLines.first()).toBeVisible();
  for (const line of await regionLines.allTextContents())
    expect(line).toMatch(/^Open to applicants in Germany \((Europe|EMEA|Worldwide)\)$/);
  for (const text of where)
    if (!/Remote \([^)]*Germany/.test(text)) expect(text).toMatch(/Open to applicants in Germany/);
  // A city: the remote roles open to its country or a region containing it (Berlin: Germany).
  await page.goto("/jobs?workplace=remote&location=Berlin");
  await expect(cards.first()).toBeVisible();
  for (const text of await cards.allTextContents()) expect(text).toMatch(/Remote \((Europe|EMEA|Worldwide|Germany)/);
  for (const line of await cards.getByTestId("region-match").allTextContents())
    expect(line).toMatch(/^Open to applicants in Berlin \((Germany|Europe|EMEA|Worldwide)\)$/);
  const api = await request.get("/api/jobs?workplace=remote&location=Germany");
  expect(api.status()).toBe(200);
  expect((await api.json()).total).toBeGreaterThan(0);

  // Item URLs come from the configured public origin, whatever Host the request names.
  const forged = await request.get("/api/jobs?limit=3", { headers: { Host: "evil.example" } });
  const plain = await request.get("/api/jobs?limit=3");
  const urls = (r: { items: { url: string }[] }) => r.items.map((i) => i.url);
  const forgedUrls = urls(await forged.json());
  expect(forgedUrls).toEqual(urls(await plain.json()));
  for (const u of forgedUrls) expect(u).not.toContain("evil.example");

  // A repeated scalar parameter: 400 naming it from the API, no error page on /jobs.
  const twice = await request.get("/api/jobs?limit=20&limit=%22");
  expect(twice.status()).toBe(400);
  expect((await twice.json()).issues).toEqual([{ path: "limit", message: expect.stringContaining("limit") }]);
  const sortTwice = await request.get("/api/jobs?sort=newest&sort=junk");
  expect((await sortTwice.json()).issues.map((i: { path: string }) => i.path)).toEqual(["sort"]);
  const pageTwice = await page.goto("/jobs?sort=newest&sort=junk");
  expect(pageTwice?.status()).toBe(200);
  await expect(results(page).first()).toBeVisible();
});
