import { describe, expect, it } from "vitest";
import { companySeeds } from "@/db/seed/data/companies";
import { generateJob } from "@/db/seed/jobs";
import { countryOfCity, foldPlace, matchedRegion, regionsContaining, remoteAreasFor } from "@/lib/search/regions";
import { tsquerySelectivity } from "@/lib/search/selectivity";
import { closestWords, editDistance } from "@/lib/search/spelling";
import { readLowercaseIT } from "@/lib/search/terms";

describe("city → country for remote roles", () => {
  it("knows every city the seed places listings in and every company's headquarters", () => {
    const pairs = new Map<string, string>();
    for (let i = 0; i < 3000; i++) {
      const job = generateJob(i, companySeeds, { now: new Date("2026-01-01T00:00:00Z") });
      if (job.workplace !== "remote" && job.country) pairs.set(job.location.split(",")[0]!.trim(), job.country);
    }
    for (const c of companySeeds) {
      const [city, country] = c.headquarters.split(",").map((s) => s.trim());
      pairs.set(city!, country!);
    }
    expect(pairs.size).toBeGreaterThan(30);
    for (const [city, country] of pairs) {
      expect(countryOfCity(city), city).toBe(foldPlace(country));
      // Every city's country has its regions, so the chain city → country → region holds.
      expect(regionsContaining(country), country).toContain("Worldwide");
    }
  });

  it("folds accents and case, and leaves countries and unknown places alone", () => {
    expect(countryOfCity("Zürich")).toBe("switzerland");
    expect(countryOfCity("zurich")).toBe("switzerland");
    expect(countryOfCity("  MÜNCHEN ")).toBe("germany");
    expect(countryOfCity("São Paulo")).toBe("brazil");
    expect(countryOfCity("Germany")).toBeNull();
    expect(countryOfCity("Atlantis")).toBeNull();
    expect(remoteAreasFor("Berlin")).toEqual(["germany", "europe", "emea", "worldwide"]);
    expect(remoteAreasFor("Germany")).toEqual(["europe", "emea", "worldwide"]);
    expect(remoteAreasFor("Austin")).toEqual(["united states", "north america", "worldwide"]);
    expect(remoteAreasFor("Atlantis")).toEqual([]);
  });

  it("tells a remote card which of its regions a city search matched", () => {
    expect(matchedRegion("Berlin", { workplace: "remote", location: "Remote (Germany)" })).toBe("Germany");
    expect(matchedRegion("Zürich", { workplace: "remote", location: "Remote (Europe)" })).toBe("Europe");
    expect(matchedRegion("Berlin", { workplace: "remote", location: "Remote (United States)" })).toBeNull();
    expect(matchedRegion("Berlin", { workplace: "hybrid", location: "Berlin" })).toBeNull();
  });
});

describe("lower-case it", () => {
  const read = (q: string) => readLowercaseIT(q.split(" ")).join(" ");
  it("reads as IT alone, before a word of IT work, after a level, and in head of it", () => {
    expect(read("it")).toBe("IT");
    expect(read("It")).toBe("IT");
    expect(read("it support")).toBe("IT support");
    expect(read("senior it manager")).toBe("senior IT manager");
    expect(read("freelance it")).toBe("freelance IT");
    expect(read("head of it")).toBe("head of IT");
    expect(read("IT operations")).toBe("IT operations");
  });
  it("stays the pronoun in a sentence", () => {
    expect(read("make it scale")).toBe("make it scale");
    expect(read("is it remote")).toBe("is it remote");
    expect(read("most of it")).toBe("most of it");
    expect(read("i like it")).toBe("i like it");
  });
});

describe("edit distance for suggestions", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("pyhton", "python", 2)).toBe(1);
    expect(editDistance("javscript", "javascript", 2)).toBe(1);
    expect(editDistance("kubernets", "kubernetes", 2)).toBe(1);
    expect(editDistance("postgress", "postgres", 2)).toBe(1);
    expect(editDistance("rust", "ruby", 2)).toBe(2);
    expect(editDistance("go", "typescript", 2)).toBe(3);
  });
  it("suggests known words a typo away, nearest first, and nothing for a known or short word", () => {
    const known = new Map([
      ["python", "Python"],
      ["pytorch", "PyTorch"],
      ["java", "Java"],
      ["javascript", "JavaScript"],
    ]);
    expect(closestWords("pyhton", known).map((m) => m.value)).toEqual(["Python"]);
    expect(closestWords("javscript", known).map((m) => m.value)).toEqual(["JavaScript"]);
    expect(closestWords("python", known)).toEqual([]);
    expect(closestWords("jav", known)).toEqual([]);
    expect(closestWords("backend", known)).toEqual([]);
  });
});

describe("the planner's selectivity of a tsquery", () => {
  const stats = {
    freq: new Map([
      ["backend", Math.fround(0.3)],
      ["engin", Math.fround(0.6)],
      ["rust", Math.fround(0.01)],
    ]),
    elems: ["backend", "engin", "rust"],
    minFreq: Math.fround(0.01),
    nullFrac: 0,
  };
  it("multiplies AND and phrases, adds OR, inverts NOT, and floors unknown lexemes", () => {
    expect(tsquerySelectivity("'backend'", stats)).toBeCloseTo(0.3, 6);
    expect(tsquerySelectivity("'backend' & 'engin'", stats)).toBeCloseTo(0.18, 6);
    expect(tsquerySelectivity("'backend' <-> 'engin'", stats)).toBeCloseTo(0.18, 6);
    expect(tsquerySelectivity("'backend' | 'rust'", stats)).toBeCloseTo(0.3 + 0.01 - 0.003, 6);
    expect(tsquerySelectivity("!'backend'", stats)).toBeCloseTo(0.7, 6);
    expect(tsquerySelectivity("'zzz'", stats)).toBeCloseTo(0.005, 6);
    expect(tsquerySelectivity("( 'backend' | 'rust' ) & !( 'engin' )", stats)).toBeCloseTo(0.307 * 0.4, 6);
    expect(tsquerySelectivity("'it''s'", stats)).toBeCloseTo(0.005, 6);
    expect(tsquerySelectivity("", stats)).toBe(0);
  });
  it("uses the defaults without statistics", () => {
    expect(tsquerySelectivity("'rust'", null)).toBeCloseTo(0.005, 9);
    expect(tsquerySelectivity("'rust' & 'go'", null)).toBeCloseTo(0.000025, 9);
    expect(tsquerySelectivity("'pyth':*", null)).toBeCloseTo(0.02, 9);
  });
});
