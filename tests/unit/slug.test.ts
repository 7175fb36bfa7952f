import { describe, expect, it } from "vitest";
import { slugify as seedSlugify } from "@/db/seed/random";
import { toSlug } from "@/lib/slug";

describe("slugs", () => {
  it("transliterates names instead of dropping their letters", () => {
    expect(toSlug("Zürich")).toBe("zurich");
    expect(toSlug("Société Générale")).toBe("societe-generale");
    expect(toSlug("Ørsted")).toBe("orsted");
    expect(toSlug("Straße Œuvre Łódź")).toBe("strasse-oeuvre-lodz");
    expect(toSlug("Москва")).toBe("moskva");
    expect(toSlug("DevOps Engineer, Payments (Contract)")).toBe("devops-engineer-payments-contract");
    expect(toSlug("C++ / C# Engineer")).toBe("c-c-engineer");
  });

  it("cuts to the length asked without leaving a hyphen at the end", () => {
    expect(toSlug("Senior Backend Engineer", 15)).toBe("senior-backend");
    expect(toSlug("東京")).toBe("");
  });

  it("gives the seed the same slugs as the app", () => {
    for (const text of [
      "Zürich",
      "Société Générale",
      "Ørsted",
      "Node.js Backend Engineer",
      "Entry-level iOS Engineer",
    ]) {
      expect(seedSlugify(text)).toBe(toSlug(text, 1000));
    }
  });
});
