import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

// Demo accounts: the e2e server runs on the embedded default, which the seed gives them.
const DEMO_PASSWORD = "ladder-demo-2026";

async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/me$/);
}

/** The id of a server action by its exported name, from the build's manifest. */
function actionId(name: string): string {
  const file = path.join(".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, { exportedName?: string }> };
  const id = Object.entries(manifest.node).find(([, e]) => e.exportedName === name)?.[0];
  if (!id) throw new Error(`No action ${name} in ${file}`);
  return id;
}

async function firstListing(request: APIRequestContext): Promise<{ id: number; slug: string }> {
  const body = (await (await request.get("/api/jobs?limit=1")).json()) as { items: { id: number; slug: string }[] };
  return body.items[0]!;
}

test("every response carries the security headers, with a fresh nonce CSP", async ({ request }) => {
  const nonces = new Set<string>();
  for (const url of ["/", "/jobs", "/guides/backend-engineer", "/api/jobs?limit=1", "/api/health", "/me", "/nope"]) {
    const response = await request.get(url, { maxRedirects: 0 });
    const h = response.headers();
    const csp = h["content-security-policy"] ?? "";
    const script = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(script, url).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(script, url).toContain("'strict-dynamic'");
    expect(script, url).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp, url).toContain("frame-ancestors 'none'");
    expect(csp, url).toContain("object-src 'none'");
    nonces.add(script);
    expect(h["x-content-type-options"], url).toBe("nosniff");
    expect(h["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"], url).toContain("camera=()");
    // `next start` is production.
    expect(h["strict-transport-security"], url).toMatch(/max-age=\d{7,}/);
  }
  expect(nonces.size, "a new nonce per response").toBe(7);
});

test("no page breaks under the CSP: no violations while walking the main pages", async ({ page, request }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply)/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const listing = await firstListing(request);
  const walk = async (paths: string[]) => {
    for (const p of paths) {
      await page.goto(p);
      await page.waitForLoadState("networkidle");
    }
  };
  await walk(["/", "/jobs", `/jobs/${listing.slug}`, "/guides/backend-engineer", "/guides", "/sign-in"]);
  // Scripts ran: the client-side search updates the address without a reload.
  await page.goto("/jobs");
  await signIn(page, "seeker@ladder.test");
  await walk(["/me", "/me/jobs", "/me/profile", "/me/matches", "/me/searches", "/guides/backend-engineer/roadmap"]);
  await page.goto("/me");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await signIn(page, "recruiter@ladder.test");
  await walk(["/recruiter", "/recruiter/jobs/new", "/recruiter/company"]);
  expect(violations).toEqual([]);
});

test("bodies over 1 MiB, declared or chunked, get a fast 413, to routes and server actions", async ({ baseURL }) => {
  test.setTimeout(60_000);
  const { hostname, port } = new URL(baseURL!);
  /** Streams `mb` MiB to `target` without a Content-Length (chunked), or declaring it. */
  const stream = (target: string, mb: number, declared: boolean, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; ms: number; body: string }>((resolve, reject) => {
      const started = Date.now();
      const req = http.request({
        host: hostname,
        port,
        path: target,
        method: target.startsWith("/api/") ? "PUT" : "POST",
        headers: {
          "content-type": "application/json",
          origin: baseURL!,
          ...(declared ? { "content-length": String(mb * 1024 * 1024) } : {}),
          ...headers,
        },
      });
      req.on("response", (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => {
          resolve({ status: res.statusCode ?? 0, ms: Date.now() - started, body });
          req.destroy();
        });
      });
      req.on("error", (e) => (e.message.includes("socket hang up") || e.message.includes("EPIPE") ? null : reject(e)));
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < mb * 16) {
          sent += 1;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
        req.end();
      };
      pump();
    });
  // A declared body over the cap is refused at once, whatever its size; a chunked one as soon
  // as its first MiB has passed (lib/http/request-hook.ts; before: 23 s for 100 MB, or none).
  for (const declared of [true, false]) {
    const route = await stream("/api/me/roadmaps/backend-engineer/progress", 100, declared);
    expect(route.status, `declared: ${declared}`).toBe(413);
    expect(route.ms, `declared: ${declared}`).toBeLessThan(5_000);
    expect(JSON.parse(route.body)).toMatchObject({ error: expect.any(String), issues: [{ path: "body" }] });
    const action = await stream("/", 2, declared, {
      "next-action": actionId("setSavedAction"),
      "content-type": "text/plain;charset=UTF-8",
    });
    expect(action.status, `declared: ${declared}`).toBe(413);
  }
  // The server still serves, and a chunked body under the cap still reaches the route.
  const small = await stream("/api/me/roadmaps/backend-engineer/progress", 0.5, false);
  expect(small.status).not.toBe(413);
  expect((await fetch(`${baseURL}/api/health/live`)).status).toBe(200);
});

test("bad input of every kind gets a 4xx, never a 500", async ({ page, request, baseURL }) => {
  for (const url of ["/jobs/%E0%A4%A", "/guides/%FF%FE", "/jobs/%00/apply", "/api/me/roadmaps/%E0%A4%A/progress"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
  }
  const search = await request.get("/api/jobs?q=a%00b&location=%01");
  expect(search.status()).toBe(400);
  const issues = ((await search.json()) as { issues: { path: string }[] }).issues.map((i) => i.path);
  expect(issues).toEqual(expect.arrayContaining(["q", "location"]));
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
  for (const cursor of [
    { s: "newest", p: 123, id: 1 },
    { s: "newest", p: "+275760-09-13T00:00:00.000Z", id: 1 },
    { s: "newest", p: "2026-02-30T00:00:00.000Z", id: 1 },
    { s: "newest", p: "2026-01-01T00:00:00.000Z", id: 2 ** 40 },
    { s: "salary", v: 2 ** 52, id: 1 },
  ]) {
    const response = await request.get(`/api/jobs?sort=${cursor.s}&cursor=${b64(cursor)}`);
    expect(response.status(), JSON.stringify(cursor)).toBe(400);
  }
  const callback = await request.get("/api/auth/csrf?callbackUrl=%00");
  expect(callback.status()).toBe(400);

  // Server actions, called by hand as a signed-in seeker.
  await signIn(page, "seeker@ladder.test");
  const listing = await firstListing(request);
  const call = (name: string, body: string | FormData, where = "/") =>
    page.request.post(where, {
      headers: {
        "next-action": actionId(name),
        origin: baseURL!,
        ...(typeof body === "string" ? { "content-type": "text/plain;charset=UTF-8" } : {}),
      },
      ...(typeof body === "string"
        ? { data: body }
        : { multipart: Object.fromEntries(body as unknown as [string, string][]) }),
    });
  const saved = async () => ((await (await page.request.get("/api/me/saved")).json()) as { jobIds: number[] }).jobIds;
  // setSavedAction({ jobId, saved: "false" }) must not save; nor "banana"; ids beyond 32 bits are refused.
  for (const args of [
    { jobId: listing.id, saved: "false" },
    { jobId: listing.id, saved: "banana" },
    { jobId: 2 ** 40, saved: true },
    { jobId: "99999999999", saved: true },
  ]) {
    const response = await call("setSavedAction", JSON.stringify([args]));
    expect(response.status(), JSON.stringify(args)).toBeLessThan(500);
  }
  expect(await saved()).not.toContain(listing.id);
  // A form action called without a form, with arguments that are not an array, or a
  // multipart field name with control characters.
  expect((await call("updateTrackerAction", JSON.stringify([{}]), "/me/jobs")).status()).toBeLessThan(500);
  expect((await call("updateTrackerAction", JSON.stringify({ id: 1 }), "/me/jobs")).status()).toBe(400);
  expect((await call("updateTrackerAction", "[not json", "/me/jobs")).status()).toBe(400);
  const raw = await page.request.post("/me/profile", {
    headers: {
      "next-action": actionId("updateProfileAction"),
      origin: baseURL!,
      "content-type": "multipart/form-data; boundary=XyZ",
    },
    data: Buffer.from(
      '--XyZ\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{},"$K1"]\r\n' +
        '--XyZ\r\nContent-Disposition: form-data; name="1_na\u0000me"\r\n\r\nx\r\n--XyZ--\r\n',
    ),
  });
  expect(raw.status()).toBe(400);
  // Control characters in a profile field: refused, nothing stored.
  await page.goto("/me/profile");
  await page.getByLabel("Headline").fill("Builder\u0001of things");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Remove the control characters from this text")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Headline")).not.toHaveValue(/Builder/);
});

test("JSON routes take exactly application/json from this site", async ({ page, baseURL }) => {
  await signIn(page, "seeker@ladder.test");
  const url = "/api/me/roadmaps/backend-engineer/progress";
  const read = async () => JSON.stringify(await (await page.request.get(url)).json());
  const before = await read();
  const body = JSON.stringify({ milestone: "sql-joins", status: "done" });
  const textPlain = await page.request.put(url, {
    headers: { "content-type": "text/plain; application/json", origin: baseURL! },
    data: body,
  });
  expect(textPlain.status()).toBe(415);
  const crossSite = await page.request.put(url, {
    headers: { "content-type": "application/json", origin: "http://127.0.0.1:1" },
    data: body,
  });
  expect(crossSite.status()).toBe(403);
  expect(await read()).toBe(before);
});

test("a listing shows where Apply leads; admins see recently created companies", async ({ page, request }) => {
  const listing = await firstListing(request);
  await page.goto(`/jobs/${listing.slug}`);
  await expect(page.getByTestId("apply-destination")).toHaveText(/^Opens (your email to )?\S+/);
  await signIn(page, "admin@ladder.test");
  await page.goto("/admin");
  const recent = page.getByRole("region", { name: "Recently created companies" });
  await expect(recent.getByRole("listitem").first()).toContainText(/created/);
});
