import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` uses this: it diffs db/schema.ts against the committed
// snapshots and writes SQL. Migrations are applied by scripts/migrate.ts (db/migrate.ts).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
