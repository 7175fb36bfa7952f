import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/return-path";

describe("safeReturnPath", () => {
  it("keeps same-site paths and strips absolute URLs to their path", () => {
    expect(safeReturnPath("/me/jobs?stage=applied")).toBe("/me/jobs?stage=applied");
    expect(safeReturnPath("http://localhost:3000/me")).toBe("/me");
    expect(safeReturnPath("https://evil.example/steal")).toBe("/steal");
  });

  it("never returns a path that leaves the site", () => {
    for (const bad of [
      "//evil.example",
      "/\\evil.example",
      "https://evil.example//evil.example/x",
      "javascript:alert(1)",
      "evil",
      42,
      undefined,
    ]) {
      expect(safeReturnPath(bad, "/fallback"), String(bad)).toBe("/fallback");
    }
  });
});
