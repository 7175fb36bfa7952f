import path from "node:path";
import { defineConfig } from "vitest/config";
// With its extension: vitest bundles this file as a Node ES module.
import { toolEnv } from "./env.ts";

const root = import.meta.dirname;
const tools = toolEnv();
const postgresUrl = tools.TEST_DATABASE_URL ?? tools.DATABASE_URL;

// The integration suite runs once per database: always on in-memory PGlite, and on real
// Postgres when TEST_DATABASE_URL (or DATABASE_URL) names a server.
export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; tests call the modules directly.
      "server-only": path.join(root, "tests/helpers/empty.ts"),
    },
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: { name: "pglite", include: ["tests/integration/**/*.test.ts"], env: { TEST_DB: "pglite" } },
      },
      ...(postgresUrl
        ? [
            {
              extends: true as const,
              test: {
                name: "postgres",
                include: ["tests/integration/**/*.test.ts"],
                env: { TEST_DB: "postgres", TEST_DATABASE_URL: postgresUrl },
              },
            },
          ]
        : []),
    ],
  },
});
