import { expect, test } from "@playwright/test";
import { companySeeds } from "../db/seed/data/companies";
import { generateJob } from "../db/seed/jobs";

/*
 * What search engines and feed readers read: JobPosting JSON-LD matching the listing page,
 * noindex on a closed listing, the sitemap index and robots.txt, canonical URLs, Open
 * Graph images and the public Atom feed. Every absolute URL is on APP_URL (the e2e server's
 * own origin, playwright.config.ts), whatever Host the request names.
 */

type Json = Record<string, unknown>;

test("an open listing's JobPosting matches its page; a closed one has none and is noindex", async ({
  page,
  baseURL,
}) => {
  await page.goto("/jobs");
  await page
    .getByRole("list", { name: "Results" })
    .getByRole("article")
    .first()
    .getByRole("heading")
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(/\/jobs\/[^/?]+$/);
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts).toHaveLength(1);
  const posting = JSON.parse(scripts[0]!) as Json;
  expect(posting["@type"]).toBe("JobPosting");
  expect(posting.title).toBe((await page.getByRole("heading", { level: 1 }).textContent())!.trim());
  expect(posting.url).toBe(page.url());
  expect((posting.hiringOrganization as Json).name).toBeTruthy();
  expect(String(posting.description)).toMatch(/^<(p|h3|ul|ol)>/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", page.url());
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(new RegExp(`^${baseURL}/jobs/[^/]+/opengraph-image`));
  const png = await page.request.get(image!);
  expect(png.headers()["content-type"]).toBe("image/png");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");

  let closed = "";
  for (let i = 0; !closed; i++) {
    const j = generateJob(i, companySeeds, { now: new Date() });
    if (j.status === "closed") closed = j.slug;
  }
  await page.goto(`/jobs/${closed}`);
  await expect(page.getByText("No longer accepting applications")).toBeVisible();
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("sitemap index, its files, robots.txt and canonical search URLs name the public origin", async ({
  page,
  baseURL,
}) => {
  const evilHost = { headers: { host: "evil.example", "x-forwarded-host": "evil.example" } };
  const index = await page.request.get("/sitemap.xml", evilHost);
  expect(index.headers()["content-type"]).toContain("xml");
  const files = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(files).toEqual([
    `${baseURL}/guides/sitemap.xml`,
    `${baseURL}/companies/sitemap/0.xml`,
    `${baseURL}/jobs/sitemap/0.xml`,
  ]);
  const jobs = await (await page.request.get(new URL(files[2]!).pathname, evilHost)).text();
  const urls = [...jobs.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThan(1000);
  expect(urls.every((u) => u.startsWith(`${baseURL}/jobs/`))).toBe(true);
  expect(jobs).toMatch(/<lastmod>\d{4}-\d\d-\d\dT/);
  const guides = await (await page.request.get("/guides/sitemap.xml")).text();
  expect(guides).toContain(`<loc>${baseURL}/guides/backend-engineer</loc>`);
  expect((await page.request.get("/jobs/sitemap/1.xml")).status()).toBe(404);

  const robots = await (await page.request.get("/robots.txt")).text();
  for (const path of ["/me", "/recruiter", "/admin", "/api/"]) expect(robots).toContain(`Disallow: ${path}\n`);
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);

  // The same filters in another order are one canonical page.
  await page.goto("/jobs?level=senior&workplace=remote&level=mid&sort=salary");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    `${baseURL}/jobs?workplace=remote&level=mid&level=senior`,
  );
});

test("the public Atom feed takes the search's parameters and parses as XML", async ({ page, baseURL }) => {
  await page.goto("/");
  const answer = await page.request.get("/jobs/feed.xml?workplace=remote&q=engineer", {
    headers: { host: "evil.example" },
  });
  expect(answer.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await answer.text();
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.querySelector("parsererror")) return null;
    return {
      title: doc.querySelector("feed > title")?.textContent,
      links: [...doc.querySelectorAll("entry > link")].map((l) => l.getAttribute("href")!),
      updated: [...doc.querySelectorAll("entry > updated")].map((u) => Date.parse(u.textContent!)),
    };
  }, xml);
  expect(parsed).not.toBeNull();
  expect(parsed!.title).toBe("Ladder: jobs matching “engineer”");
  expect(parsed!.links.length).toBeGreaterThan(0);
  expect(parsed!.links.length).toBeLessThanOrEqual(50);
  expect(parsed!.links.every((l) => l.startsWith(`${baseURL}/jobs/`))).toBe(true);
  expect([...parsed!.updated].sort((a, b) => b - a)).toEqual(parsed!.updated);
});

test("a guide's Occupation JSON-LD shows the page's live median; /guides lists every guide", async ({ page }) => {
  await page.goto("/guides/backend-engineer");
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (t) => JSON.parse(t) as Json,
  );
  expect(blocks.map((b) => b["@type"])).toEqual(["Occupation", "BreadcrumbList"]);
  const occupation = blocks[0]!;
  expect(occupation.name).toBe((await page.getByRole("heading", { level: 1 }).textContent())!.trim());
  expect(occupation.url).toBe(page.url());
  const [overall] = occupation.estimatedSalary as { median: number; currency: string; duration: string }[];
  expect(overall).toMatchObject({ currency: "USD", duration: "P1Y" });
  // The page prints the median as "$131,500".
  await expect(page.getByTestId("figure-median-pay")).toHaveText(`$${overall!.median.toLocaleString("en-US")}`);

  await page.goto("/guides");
  const [list] = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (t) => JSON.parse(t) as Json,
  );
  const items = (list!.itemListElement as { url: string; name: string }[]).map((i) => [i.url, i.name]);
  // The guide cards: each a list item headed by its guide's link.
  const cards = page.locator('li > h2 > a[href^="/guides/"]');
  const shown = await cards.evaluateAll((links) => links.map((a) => [(a as HTMLAnchorElement).href, a.textContent]));
  expect(items).toEqual(shown);
  expect(items.length).toBeGreaterThanOrEqual(6);
});
