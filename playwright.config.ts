import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./e2e/chromium";
import { toolEnv } from "./env";

const tools = toolEnv();
const PORT = tools.E2E_PORT;
const executablePath = findChromium();
if (!executablePath) {
  throw new Error(
    "No Chromium found for the e2e tests. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.",
  );
}

// The e2e server is `next start` on a PGlite folder of its own, wiped first so every run
// starts from the same freshly migrated and seeded data. Next's data cache (guide figures,
// roadmap demand) survives builds, and may hold figures from another database (a dev or
// bench server), so it goes too.
export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: tools.CI ? 1 : 0,
  reporter: tools.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: "retain-on-failure",
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: [
    {
      // The mail server the app sends to (e2e/smtp-fixture.ts): SMTP on E2E_PORT + 3, what
      // it received as JSON on E2E_PORT + 4 (e2e/mail.ts reads it).
      command: "node_modules/.bin/tsx e2e/smtp-fixture.ts",
      url: `http://127.0.0.1:${PORT + 4}/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { E2E_PORT: String(PORT) },
    },
    {
      command: `rm -rf .data/pglite-e2e .next/cache/fetch-cache && node_modules/.bin/tsx scripts/prepare-db.ts --seed && node_modules/.bin/next start -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      // APP_URL: absolute URLs (feeds, sitemaps, canonical links) name the test server itself.
      // Imports read a fixture server the import spec starts on the next port (e2e/import.spec.ts).
      env: {
        PGLITE_DIR: ".data/pglite-e2e",
        DATABASE_URL: "",
        NEXT_TELEMETRY_DISABLED: "1",
        GREENHOUSE_API_URL: `http://127.0.0.1:${PORT + 1}`,
        LEVER_API_URL: `http://127.0.0.1:${PORT + 1}`,
        ASHBY_API_URL: `http://127.0.0.1:${PORT + 1}`,
        IMPORT_ALLOW_PRIVATE_URLS: "1",
        // A production server is given its secret and public origin; it never writes one.
        AUTH_SECRET: "e2e-only-secret-not-for-any-real-deployment",
        APP_URL: `http://127.0.0.1:${PORT}`,
        // Mail goes to the SMTP fixture (verification and reset links are read from it).
        SMTP_URL: `smtp://127.0.0.1:${PORT + 3}`,
        MAIL_FROM: "Ladder <no-reply@ladder.test>",
        // /api/test/* (a 404 anywhere else): e.g. the mail spec sends a saved search's digest now.
        LADDER_TEST_ROUTES: "1",
      },
    },
  ],
});
