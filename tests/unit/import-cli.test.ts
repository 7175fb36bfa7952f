import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

describe("npm run import with bad arguments", () => {
  it.each([[["--company", "x", "--greenhouse"]], [["--company", "x", "--greenhouse", "a", "--bogus"]]])(
    "%j prints the usage and exits 2, without Node's trace",
    (args) => {
      const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/import.ts", ...args], {
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("Usage: npm run import -- --company <slug>");
      expect(run.stderr).not.toMatch(/ERR_PARSE_ARGS|\n\s+at /);
    },
    60_000,
  );
});
