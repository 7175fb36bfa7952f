import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/*
 * The layers of docs/architecture.md, enforced: imports point down (app → components →
 * lib → db; env.ts below all). The one import up is a route's server actions
 * (`app/**\/actions.ts`), which client components call; nothing else of app/ is imported.
 */
const layer = (files, patterns) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns }] },
});
const SEED = {
  group: ["@/db/seed", "@/db/seed/*", "**/db/seed", "**/db/seed/*"],
  message: "The seed is a script's: domain code never imports it.",
};
const APP_BUT_ACTIONS = {
  regex: "^(@|\\.+)/app/(?!(.*/)?actions$)",
  message: "Only a route's server actions (app/**/actions.ts) are imported from app/.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  layer(
    ["components/**"],
    [
      { group: ["@/db", "@/db/*", "**/db", "**/db/*"], message: "components/ never import db/: go through lib/." },
      APP_BUT_ACTIONS,
      SEED,
    ],
  ),
  layer(
    ["lib/**"],
    [
      { group: ["@/app", "@/app/*", "**/app/*"], message: "lib/ never imports app/." },
      { group: ["@/components", "@/components/*", "**/components/*"], message: "lib/ never imports components/." },
      SEED,
    ],
  ),
  layer(
    ["db/**"],
    [
      {
        group: ["@/app", "@/app/*", "@/components/*", "@/lib", "@/lib/*", "**/app/*", "**/components/*", "**/lib/*"],
        message: "db/ imports nothing of the app (env.ts aside).",
      },
    ],
  ),
  layer(["app/**"], [SEED]),
  layer(["env.ts"], [{ group: ["@/*", "./*", "../*"], message: "env.ts imports nothing of the project." }]),
  globalIgnores([
    ".next/**",
    ".data/**",
    "node_modules/**",
    "db/migrations/**",
    "next-env.d.ts",
    "playwright-report/**",
    "test-results/**",
  ]),
]);
