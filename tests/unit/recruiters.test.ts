import { describe, expect, it } from "vitest";
import { qualityHints, type DraftValues } from "@/lib/recruiters/quality";
import { countryOf, remoteLocation } from "@/lib/recruiters/regions";
import { roleFamilyFromTitle } from "@/lib/recruiters/role-family";
import { normalizeApply } from "@/lib/recruiters/validation";

const BENCH = { backend: { senior: { count: 40, p25: 170_000, p50: 195_000, p75: 225_000 } } };
const draft = (over: Partial<DraftValues> = {}): DraftValues => ({
  title: "Senior Backend Engineer",
  roleFamily: "",
  level: "senior",
  workplace: "remote",
  location: "",
  applicantRegions: ["Europe"],
  salaryMin: "140000",
  salaryMax: "160000",
  salaryCurrency: "USD",
  salaryPeriod: "year",
  skills: ["go", "postgresql", "kafka"],
  description: "x ".repeat(400),
  ...over,
});

describe("quality panel", () => {
  it("compares pay with the live percentiles of the level", () => {
    const [pay] = qualityHints(draft(), BENCH);
    expect(pay).toMatchObject({ tone: "warn", topic: "pay" });
    expect(pay!.text).toContain("below the 25th percentile ($170k) for Senior backend roles");
    expect(qualityHints(draft({ salaryMin: "250000", salaryMax: "260000" }), BENCH)[0]!.text).toContain(
      "above the 75th percentile",
    );
    expect(qualityHints(draft({ salaryMin: "180000", salaryMax: "200000" }), BENCH)[0]!.tone).toBe("good");
    // 85 EUR an hour is about $191k a year.
    expect(
      qualityHints(draft({ salaryMin: "80", salaryMax: "90", salaryCurrency: "EUR", salaryPeriod: "hour" }), BENCH)[0]!
        .tone,
    ).toBe("good");
    expect(qualityHints(draft({ level: "junior" }), BENCH)[0]!.text).toMatch(/Too few open Junior backend roles/);
    expect(qualityHints(draft({ salaryMin: "", salaryMax: "" }), BENCH)[0]!.text).toMatch(/required/);
  });

  it("flags missing skills, location and a short description", () => {
    const topics = (v: DraftValues) =>
      qualityHints(v, BENCH)
        .filter((h) => h.tone === "warn")
        .map((h) => h.topic);
    expect(topics(draft({ salaryMin: "180000", salaryMax: "200000" }))).toEqual([]);
    expect(
      topics(
        draft({ salaryMin: "180000", salaryMax: "200000", skills: [], applicantRegions: [], description: "Short." }),
      ),
    ).toEqual(["skills", "location", "description"]);
    expect(topics(draft({ salaryMin: "180000", salaryMax: "200000", workplace: "onsite", location: " " }))).toEqual([
      "location",
    ]);
  });
});

describe("posting helpers", () => {
  it("derives the role family from the title the way the seed's titles read", () => {
    expect(roleFamilyFromTitle("Backend Engineer, Data Platform")).toBe("backend");
    expect(roleFamilyFromTitle("Data Platform Engineer")).toBe("data");
    expect(roleFamilyFromTitle("Senior Go Backend Engineer")).toBe("backend");
    expect(roleFamilyFromTitle("Site Reliability Engineer")).toBe("devops");
    expect(roleFamilyFromTitle("React Native Developer")).toBe("mobile");
    expect(roleFamilyFromTitle("Full Stack Developer")).toBe("fullstack");
    expect(roleFamilyFromTitle("UI Engineer")).toBe("frontend");
    expect(roleFamilyFromTitle("Software Engineer")).toBeNull();
  });

  it("turns an email into a mailto link and refuses other schemes", () => {
    expect(normalizeApply("jobs@acme.example")).toBe("mailto:jobs@acme.example");
    expect(normalizeApply("https://acme.example/apply")).toBe("https://acme.example/apply");
    expect(normalizeApply("javascript:alert(1)")).toBeNull();
    expect(normalizeApply("acme.example/apply")).toBeNull();
  });

  it("writes remote locations and countries like the seed", () => {
    expect(remoteLocation(["Europe"])).toBe("Remote (Europe)");
    expect(countryOf("remote", "Remote (United States)", ["United States"])).toBe("United States");
    expect(countryOf("remote", "Remote (Europe)", ["Europe"])).toBeNull();
    expect(countryOf("onsite", "Berlin, Germany", [])).toBe("Germany");
  });
});
