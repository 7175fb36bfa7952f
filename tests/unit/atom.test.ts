import { describe, expect, it } from "vitest";
import { listingsAtom, xmlText } from "@/lib/feeds/atom";
import type { JobCard } from "@/lib/jobs/queries";

const card = (over: Partial<JobCard> = {}): JobCard => ({
  id: 1,
  slug: "platform-engineer-acme-1",
  title: "Platform Engineer",
  company: { slug: "acme", name: "Acme & Sons", verified: false },
  level: "senior",
  employmentType: "full_time",
  workplace: "remote",
  location: "Remote (Europe)",
  salaryMin: 80000,
  salaryMax: 100000,
  salaryCurrency: "EUR",
  salaryPeriod: "year",
  publishedAt: new Date("2026-11-29T10:00:00Z"),
  validThrough: null,
  skills: [{ slug: "go", name: "Go" }],
  ...over,
});

describe("Atom feeds", () => {
  it("drops characters XML forbids and escapes markup", () => {
    expect(xmlText("a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uD800g")).toBe("abcdefg");
    expect(xmlText("tab\tnewline\n ok 😀")).toBe("tab\tnewline\n ok 😀");
    expect(xmlText(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
  });

  it("names every URL on the given public origin, newest entry first, and keeps hostile text inert", () => {
    const xml = listingsAtom(
      {
        selfPath: "/jobs/feed.xml?q=go",
        title: "Ladder: jobs matching “go”",
        alternatePath: "/jobs?q=go",
        fallbackUpdated: new Date(0),
      },
      [
        card({ title: "Eng\u0007ineer </title><script>" }),
        card({ id: 2, slug: "b-2", publishedAt: new Date("2026-11-28T10:00:00Z") }),
      ],
      "https://ladder.example",
    );
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://ladder.example/jobs/feed.xml?q=go"/>',
    );
    expect(xml).toContain("<id>https://ladder.example/jobs/platform-engineer-acme-1</id>");
    expect(xml).toContain("<updated>2026-11-29T10:00:00.000Z</updated>\n  <entry>");
    expect(xml).toContain("<title>Engineer &lt;/title&gt;&lt;script&gt; at Acme &amp; Sons</title>");
    expect(xml).not.toContain("\u0007");
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect([...xml.matchAll(/href="([^"]+)"/g)].every(([, href]) => href!.startsWith("https://ladder.example/"))).toBe(
      true,
    );
  });

  it("an empty feed is still a valid document with an updated time", () => {
    const xml = listingsAtom(
      { selfPath: "/jobs/feed.xml", title: "t", alternatePath: "/jobs", fallbackUpdated: new Date(0) },
      [],
      "https://x.example",
    );
    expect(xml).toContain("<updated>1970-01-01T00:00:00.000Z</updated>");
    expect(xml).not.toContain("<entry>");
  });
});
