import { describe, expect, it } from "vitest";
import { parseEnv, toolEnv } from "@/env";

describe("the environment module", () => {
  it("defaults every optional setting", () => {
    expect(parseEnv({}).DATABASE_URL).toBeUndefined();
    expect(parseEnv({})).toMatchObject({
      PGLITE_DIR: ".data/pglite",
      PORT: 3000,
      LADDER_BENCH_ROUTES: false,
      IMPORT_SCHEDULE: "0 * * * *",
    });
    expect(parseEnv({ DATABASE_URL: "  ", PORT: "4100" })).toMatchObject({
      PORT: 4100,
    });
    expect(toolEnv({})).toMatchObject({ E2E_PORT: 3200 });
  });

  it("checks each OAuth pair together", () => {
    expect(parseEnv({ AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "secret" }).AUTH_GITHUB_ID).toBe("id");
    expect(() => parseEnv({ AUTH_GITHUB_ID: "id" })).toThrow(/AUTH_GITHUB_SECRET: is needed with AUTH_GITHUB_ID/);
    expect(() => parseEnv({ AUTH_GOOGLE_SECRET: "secret" })).toThrow(/AUTH_GOOGLE_ID/);
  });

  it("takes the import schedule as a 5-field cron expression or off", () => {
    expect(parseEnv({ IMPORT_SCHEDULE: "*/15 * * * *" }).IMPORT_SCHEDULE).toBe("*/15 * * * *");
    expect(parseEnv({ IMPORT_SCHEDULE: "off" }).IMPORT_SCHEDULE).toBe("off");
    expect(() => parseEnv({ IMPORT_SCHEDULE: "hourly" })).toThrow(/IMPORT_SCHEDULE: must be a cron expression/);
    expect(() => parseEnv({ IMPORT_SCHEDULE: "0 * * *" })).toThrow(/IMPORT_SCHEDULE/);
  });

  it("names every bad variable at once", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", APP_URL: "ftp://x", PORT: "http" })).toThrow(
      /DATABASE_URL: must be a postgres:\/\/ URL[\s\S]*APP_URL: must be an http\(s\) URL[\s\S]*PORT/,
    );
  });
});
