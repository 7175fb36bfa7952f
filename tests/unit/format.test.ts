import { describe, expect, it } from "vitest";
import { applyDestination, formatAge, formatDeadline, formatMoney, formatPay } from "@/lib/format";
import { fillFigures } from "@/lib/guides/fill";

describe("formatting", () => {
  it("formats pay ranges by currency and period", () => {
    expect(formatPay(120_000, 150_000, "USD", "year")).toBe("$120k–$150k / year");
    expect(formatPay(60, 80, "EUR", "hour")).toBe("€60–€80 / hour");
    expect(formatPay(null, 90_000, "GBP", "year")).toBe("£90k / year");
    expect(formatPay(null, null, "USD", "year")).toBeNull();
    expect(formatMoney(164_201, "USD", false)).toBe("$164,201");
  });

  it("gives a closing moment with its time and zone", () => {
    expect(formatDeadline(new Date("2027-02-17T13:15:00Z"))).toBe("17 Feb 2027, 13:15 UTC");
    expect(formatDeadline(new Date("2027-02-17T23:59:59.999Z"))).toBe("17 Feb 2027, 23:59 UTC");
  });

  it("says how old a listing is", () => {
    const now = new Date("2026-11-28T12:00:00Z");
    expect(formatAge(new Date("2026-11-28T08:00:00Z"), now)).toBe("today");
    expect(formatAge(new Date("2026-11-27T08:00:00Z"), now)).toBe("1 day ago");
    expect(formatAge(new Date("2026-11-25T08:00:00Z"), now)).toBe("3 days ago");
    expect(formatAge(new Date("2026-11-07T08:00:00Z"), now)).toBe("3 weeks ago");
  });

  it("fills live figures into guide text and leaves unknown placeholders visible", () => {
    const text = "{{openPositions}} open, median {{medianPay}}, {{remoteShare}} remote, {{nope}}";
    expect(
      fillFigures(text, {
        openPositions: 1234,
        medianPay: 164_201,
        payLow: null,
        payHigh: null,
        remoteCount: 617,
        freelanceCount: 0,
      }),
    ).toBe("1,234 open, median $164,201, 50% remote, {{nope}}");
  });
});

describe("applyDestination", () => {
  it("names the host of a link and the address of an email, nothing for other schemes", () => {
    expect(applyDestination("https://jobs.acme.example/apply?id=1")).toBe("Opens jobs.acme.example");
    expect(applyDestination("https://xn--80ak6aa92e.com/")).toBe("Opens xn--80ak6aa92e.com");
    expect(applyDestination("https://evil.test@good.example/")).toBe("Opens good.example");
    expect(applyDestination("mailto:jobs@acme.example")).toBe("Opens your email to jobs@acme.example");
    expect(applyDestination("javascript:alert(1)")).toBe("");
  });
});
