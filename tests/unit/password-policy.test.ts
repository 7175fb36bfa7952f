import { describe, expect, it } from "vitest";
import { backoffSeconds } from "@/lib/accounts/rate-limit";
import { signUpSchema } from "@/lib/accounts/validation";

const issues = (password: string, email = "a@b.test") =>
  signUpSchema.safeParse({ name: "A", email, role: "seeker", password }).error?.issues.map((i) => i.message);

describe("new passwords", () => {
  it("keep 8..128 characters and the common-password list", () => {
    expect(issues("short")).toEqual(["Use at least 8 characters"]);
    expect(issues("x".repeat(129))).toEqual(["Use at most 128 characters"]);
    expect(issues("z".repeat(8) + "-9")).toBeUndefined();
    expect(issues("password1")).toEqual(["This password is one of the most common ones; choose another"]);
  });

  it("refuse passwords that are only whitespace", () => {
    for (const blank of [" ".repeat(8), "\t".repeat(10), " \u00A0 \u3000 \u2003  ", "\n".repeat(12)]) {
      expect(issues(blank), JSON.stringify(blank)).toEqual(["Use letters, digits or symbols, not only spaces"]);
    }
    expect(issues("  two words here  ")).toBeUndefined();
  });

  it("refuse the site's name in any case", () => {
    for (const p of ["ladder-demo-2026", "MyLADDERpass!", "climb the Ladder 7"]) {
      expect(issues(p), p).toEqual(["Choose a password without the word “ladder”"]);
    }
  });

  it("refuse the email or its local part in any case", () => {
    const email = "Ana.Smith@Example.test";
    for (const p of ["ana.smith@example.test!", "ANA.SMITH-2026-xyz", "my-ana.smith-key"]) {
      expect(issues(p, email), p).toEqual(["Choose a password that does not contain your email address"]);
    }
    expect(issues("violet-harbor-lantern-42", email)).toBeUndefined();
    // A local part of one or two characters is too common a string to refuse.
    expect(issues("always-calm-river", "al@example.test")).toBeUndefined();
  });
});

describe("sign-in backoff", () => {
  it("waits 30 s from the fifth failure, doubling, at most 15 minutes", () => {
    expect([3, 4, 5, 6, 7, 8, 9, 10, 11, 40].map(backoffSeconds)).toEqual([0, 0, 30, 60, 120, 240, 480, 900, 900, 900]);
  });
});
