import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dbId, flag, isCleanText, line, multiline } from "@/lib/validation/fields";
import { catchRefusal, fieldErrorsOf, issuesFromZod, ok, refuse } from "@/lib/result";

describe("boundary fields", () => {
  it("accepts ids within a Postgres integer and refuses everything else", () => {
    const id = dbId();
    expect(id.parse("42")).toBe(42);
    expect(id.parse(7)).toBe(7);
    for (const bad of ["0", "-1", "1e3", "0x10", "2147483648", "99999999999", "", " ", "4.5", 4.5, null, "१२"]) {
      expect(id.safeParse(bad).success, String(bad)).toBe(false);
    }
    expect(id.parse("2147483647")).toBe(2147483647);
  });

  it("refuses control characters, C1 controls and lone surrogates in text", () => {
    expect(isCleanText("Zürich, C++ & C#")).toBe(true);
    expect(isCleanText("a\u0000b")).toBe(false);
    expect(isCleanText("title\u0001")).toBe(false);
    expect(isCleanText("line\nbreak")).toBe(false);
    // A right-to-left override reverses how a name reads; plain Arabic or Hebrew needs none.
    expect(isCleanText("Eve \u202Egnp.exe")).toBe(false);
    expect(isCleanText("a\u2066b\u2069")).toBe(false);
    expect(isCleanText("سارة כהן")).toBe(true);
    expect(isCleanText("line\nbreak\tand tab", true)).toBe(true);
    expect(isCleanText("\u0085")).toBe(false);
    expect(isCleanText("\uD800 lone")).toBe(false);
    expect(isCleanText("emoji 🚀 pair")).toBe(true);
  });

  it("trims and bounds lines and multi-line text with field messages", () => {
    const name = line({ max: 5, min: 1, required: "Enter a name" });
    expect(name.parse("  Ann  ")).toBe("Ann");
    expect(name.safeParse("   ").error?.issues[0]?.message).toBe("Enter a name");
    expect(name.safeParse("toolong").error?.issues[0]?.message).toBe("Use at most 5 characters");
    expect(name.safeParse("a\u0000").success).toBe(false);
    expect(multiline({ max: 20 }).parse("one\ntwo")).toBe("one\ntwo");
  });

  it("reads yes/no by value, not truthiness", () => {
    const f = flag();
    expect(f.parse("false")).toBe(false);
    expect(f.parse("on")).toBe(true);
    expect(f.parse(false)).toBe(false);
    expect(f.safeParse("maybe").success).toBe(false);
  });
});

describe("results", () => {
  it("turns a thrown refusal back into its failure and zod issues into field errors", async () => {
    const refused = await catchRefusal(async () => refuse("forbidden", "Not yours"));
    expect(refused).toEqual({ ok: false, reason: "forbidden", message: "Not yours", issues: [] });
    expect(await catchRefusal(async () => ok(3))).toEqual({ ok: true, value: 3 });
    await expect(catchRefusal(async () => Promise.reject(new Error("bug")))).rejects.toThrow("bug");
    const parsed = z.object({ a: z.object({ b: z.string() }) }).safeParse({ a: { b: 1 } });
    const issues = issuesFromZod(parsed.error!);
    expect(issues[0]?.path).toBe("a.b");
    expect(fieldErrorsOf(issues)["a.b"]).toHaveLength(1);
  });
});

describe("public origin", () => {
  it("comes from APP_URL, then AUTH_URL, then localhost, never from a request", async () => {
    const { absoluteUrl, publicOrigin } = await import("@/lib/public-origin");
    expect(publicOrigin({ APP_URL: "https://ladder.example/some/path" })).toBe("https://ladder.example");
    expect(publicOrigin({ AUTH_URL: "https://auth.example" })).toBe("https://auth.example");
    expect(publicOrigin({ PORT: "4000" })).toBe("http://localhost:4000");
    expect(absoluteUrl("/jobs/x", { APP_URL: "https://ladder.example/" })).toBe("https://ladder.example/jobs/x");
    expect(() => publicOrigin({ APP_URL: "javascript:alert(1)" })).toThrow(/http/);
  });
});
