import { expect, test, type Page } from "@playwright/test";
import { csrfToken, expectCookiesRevoked, signUpAndIn, TEST_PASSWORD } from "./helpers";
import { authClient, outcome } from "./http";

// The server runs with the default TRUSTED_PROXIES=0: the client address is the socket's.
// Each test that fails sign-ins connects from its own loopback address (see ./http.ts), so
// the per-address limit never reaches the browser's 127.0.0.1 used by the other tests.
// Each test hashes and verifies passwords dozens of times (argon2, 19 MiB): more time than the default.
test.describe.configure({ timeout: 120_000 });

/** A fresh account made through the sign-up form; the browser is left signed out. */
async function freshAccount(page: Page, name: string): Promise<string> {
  const email = await signUpAndIn(page, name);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  return email;
}

test("a concurrent burst of 40 credential POSTs (39 wrong, the right one last) is not all evaluated", async ({
  page,
  baseURL,
}) => {
  const email = await freshAccount(page, "Burst");
  const client = await authClient(baseURL!, "127.0.0.21");
  const replies = await Promise.all(
    Array.from({ length: 40 }, (_, i) => client.signIn(email, i === 39 ? TEST_PASSWORD : `wrong-guess-${i}`)),
  );
  const outcomes = replies.map(outcome);
  const evaluated = outcomes.filter((o) => o === "wrong" || o === "signed-in").length;
  expect(outcomes.filter((o) => o.startsWith("other"))).toEqual([]);
  expect(evaluated).toBeGreaterThan(0);
  expect(evaluated).toBeLessThanOrEqual(5);
  const limited = replies.find((r) => r.status === 429)!;
  expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
  expect(JSON.parse(limited.body).error).toMatch(/Too many failed sign-ins/);
});

test("a forged, rotating X-Forwarded-For neither escapes the per-address limit nor locks the owner out", async ({
  page,
  baseURL,
}) => {
  const email = await freshAccount(page, "Owner");

  // Password spraying from one address, a new forged X-Forwarded-For on every request.
  const sprayer = await authClient(baseURL!, "127.0.0.22");
  const spray = [];
  for (let i = 0; i < 21; i++) {
    const forged = { "x-forwarded-for": `203.0.113.${i}, 198.51.100.${i}` };
    spray.push(
      outcome(await sprayer.signIn(`nobody-${i}-${Date.now()}@example.test`, "Winter2026!", { headers: forged })),
    );
  }
  expect(spray.slice(0, 20)).toEqual(Array(20).fill("wrong"));
  expect(spray[20]).toBe("limited");
  // Still limited with the right password of a real account: the forged header changes nothing.
  const rightButLimited = await sprayer.signIn(email, TEST_PASSWORD, { headers: { "x-forwarded-for": "192.0.2.99" } });
  expect(outcome(rightButLimited)).toBe("limited");

  // Someone guesses the owner's password, forging a new address each time.
  const guesser = await authClient(baseURL!, "127.0.0.23");
  const guesses = [];
  for (let i = 0; i < 10; i++) {
    guesses.push(outcome(await guesser.signIn(email, `guess-${i}`, { headers: { "x-forwarded-for": `10.9.${i}.1` } })));
  }
  expect(guesses.filter((g) => g === "wrong").length).toBeLessThanOrEqual(5);
  expect(guesses.at(-1)).toBe("limited");

  // The owner, from their own address with the right password, signs in.
  const owner = await authClient(baseURL!, "127.0.0.24");
  expect(outcome(await owner.signIn(email, TEST_PASSWORD))).toBe("signed-in");
});

test("signing in with callbackUrl=/%09/evil.test/phish lands on this site", async ({ page, baseURL }) => {
  await page.goto("/sign-in?callbackUrl=/%09/evil.test/phish");
  await page.getByLabel("Email").fill("seeker@ladder.test");
  await page.getByLabel("Password").fill("ladder-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${baseURL}/me`);
  expect(new URL(page.url()).host).toBe(new URL(baseURL!).host);
});

test("hostile return addresses never give a 500 and Auth.js's own redirect stays on this site", async ({
  page,
  baseURL,
}) => {
  for (const callbackUrl of [
    "/%0d%0aSet-Cookie:%20x=1",
    "/%0a/evil.test",
    "/%00",
    "/caf%C3%A9",
    "/%E6%97%A5",
    "%E0%A4%A",
    "/%5c/evil.test",
    "//evil.test",
    "https://evil.test/phish",
    "javascript:alert(1)",
  ]) {
    for (const path of ["/sign-in", "/sign-up"]) {
      const response = await page.request.get(`${path}?callbackUrl=${callbackUrl}`);
      expect(response.status(), `${path} ${callbackUrl}`).toBeLessThan(500);
    }
  }
  // Auth.js's credentials endpoint with a right password and a hostile callbackUrl.
  const email = await freshAccount(page, "Redirect");
  const client = await authClient(baseURL!, "127.0.0.25");
  for (const callbackUrl of ["https://evil.test/phish", "/\t/evil.test", "//evil.test", "/%09/evil.test"]) {
    const reply = await client.signIn(email, TEST_PASSWORD, { callbackUrl });
    expect(outcome(reply), callbackUrl).toBe("signed-in");
    // This site: the configured origin (AUTH_URL may name it localhost) on the server's port.
    const location = new URL(String(reply.headers.location), baseURL);
    expect(["localhost", "127.0.0.1"], callbackUrl).toContain(location.hostname);
    expect(location.port, callbackUrl).toBe(new URL(baseURL!).port);
    expect(location.pathname, callbackUrl).not.toMatch(/^\/\/|evil/);
  }
});

test("Auth.js's own POST /api/auth/signout ends every copy of the session", async ({ page, browser }) => {
  await signUpAndIn(page, "Signout");
  const cookies = await page.context().cookies();
  const signedOut = await page.request.post("/api/auth/signout", {
    form: { csrfToken: await csrfToken(page) },
    maxRedirects: 0,
  });
  expect(signedOut.status()).toBe(302);
  await expectCookiesRevoked(browser, cookies);
});
