import { describe, expect, it } from "vitest";
import { authPageHref, safeReturnPath, signUpIntent } from "@/lib/auth/return-path";

/** Where a browser would go when sent `path` from this site (the WHATWG URL parser, as browsers use). */
const landsOn = (path: string) => new URL(path, "https://ladder.example/sign-in").origin;

const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  "\u007F",
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i)),
];

const HOSTILE = [
  "//evil.test",
  "///evil.test",
  "////evil.test/x",
  "/\\evil.test",
  "\\\\evil.test",
  "/\\/evil.test",
  "\\/evil.test",
  "/%09/evil.test/phish",
  "/%0a/evil.test",
  "/%0d/evil.test",
  "/%00/evil.test",
  "/%5c/evil.test",
  "/%5C%5Cevil.test",
  "/%2F/evil.test",
  "/%2f%2fevil.test",
  "/%252F/evil.test",
  "/%25252F/evil.test",
  "/%2509/evil.test",
  "/%E0%A4%A",
  "/%",
  "/.//evil.test",
  "/..//evil.test",
  "/%2e%2e//evil.test",
  "/./%2F/evil.test",
  "https://evil.example//evil.example/x",
  "http://localhost:3000//evil.test",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "http:/evil.test",
  "http:evil.test",
  "https:\\\\evil.test",
  "//evil.test@ladder.example",
  "evil.test",
  "evil",
  "",
  " /me",
  "/" + "a".repeat(2001),
  42,
  null,
  undefined,
  { toString: () => "//evil.test" },
  ["/me"],
];

describe("safeReturnPath", () => {
  it("keeps same-site paths and strips absolute URLs to their path", () => {
    expect(safeReturnPath("/me/jobs?stage=applied")).toBe("/me/jobs?stage=applied");
    expect(safeReturnPath("/jobs?q=c%2B%2B&skill=go#results")).toBe("/jobs?q=c%2B%2B&skill=go#results");
    expect(safeReturnPath("/jobs?q=senior%20engineer")).toBe("/jobs?q=senior%20engineer");
    expect(safeReturnPath("http://localhost:3000/me")).toBe("/me");
    expect(safeReturnPath("https://evil.example/steal")).toBe("/steal");
    expect(safeReturnPath("https://evil.test")).toBe("/");
    expect(safeReturnPath("/guides/../me")).toBe("/me");
  });

  it("percent-encodes non-ASCII, so the answer is always a valid Location header", () => {
    expect(safeReturnPath("/jobs?location=Zürich")).toBe("/jobs?location=Z%C3%BCrich");
    expect(safeReturnPath("/café")).toBe("/caf%C3%A9");
    expect(safeReturnPath("/日本")).toBe("/%E6%97%A5%E6%9C%AC");
    expect(safeReturnPath("/\u202Eevil")).toBe("/%E2%80%AEevil");
  });

  it("falls back for every control character, anywhere in the value", () => {
    for (const c of CONTROLS) {
      for (const value of [`/${c}/evil.test/phish`, `/me${c}`, `${c}/me`, `/me?q=${c}`, `https://evil.test/${c}x`]) {
        expect(safeReturnPath(value, "/fallback"), JSON.stringify(value)).toBe("/fallback");
      }
    }
  });

  it("never returns a path that leaves the site", () => {
    for (const bad of HOSTILE) {
      expect(safeReturnPath(bad, "/fallback"), JSON.stringify(bad)).toBe("/fallback");
    }
  });

  it("whatever it is given, the answer stays on this site and is printable ASCII", () => {
    const samples = [
      ...HOSTILE,
      ...CONTROLS.map((c) => `/${c}/evil.test`),
      ...CONTROLS.map((c) => `/%${c.charCodeAt(0).toString(16).padStart(2, "0")}/evil.test`),
      "/ok",
      "/me?next=//evil.test",
      "/jobs#//evil.test",
    ];
    for (const value of samples) {
      const path = safeReturnPath(value);
      expect(landsOn(path), JSON.stringify(value)).toBe("https://ladder.example");
      expect(path, JSON.stringify(value)).toMatch(/^\/(?![/\\])[\x21-\x7E]*$/);
    }
  });
});

describe("sign-up intent", () => {
  it("starts on hiring when asked, or on the way into the recruiter pages, and nowhere else", () => {
    expect(signUpIntent("recruiter", "")).toBe("recruiter");
    expect(signUpIntent(undefined, "/recruiter")).toBe("recruiter");
    expect(signUpIntent(undefined, "/recruiter/jobs/new")).toBe("recruiter");
    expect(signUpIntent(undefined, "/recruiter?done=company")).toBe("recruiter");
    expect(signUpIntent(undefined, "/recruiters-club")).toBe("seeker");
    expect(signUpIntent(["recruiter"], "/me")).toBe("seeker");
    expect(signUpIntent("admin", "/jobs")).toBe("seeker");
  });

  it("links sign-in and sign-up keeping the return path and the intent", () => {
    expect(authPageHref("/sign-up", "/recruiter", "recruiter")).toBe(
      "/sign-up?callbackUrl=%2Frecruiter&role=recruiter",
    );
    expect(authPageHref("/sign-in", "/jobs?q=go", "seeker")).toBe("/sign-in?callbackUrl=%2Fjobs%3Fq%3Dgo");
    expect(authPageHref("/sign-up", "", "seeker")).toBe("/sign-up");
  });
});
