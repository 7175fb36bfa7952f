import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { skillSeeds } from "@/db/seed/data/skills";
import {
  applicantRegionsFrom,
  employmentTypeFrom,
  levelFromTitle,
  normalizeForDuplicates,
  workplaceFrom,
} from "@/lib/import/classify";
import { CUT_NOTE, DEPTH_MAX, HTML_MAX, cutDescription, htmlToMarkdown, nestingDepth } from "@/lib/import/html";
import { mapPosting, payColumns } from "@/lib/import/map";
import { tagSkills } from "@/lib/import/skills";
import { LOCATOR_SCHEMAS } from "@/lib/import/sources";
import { parseAshby } from "@/lib/import/sources/ashby";
import { parseGreenhouse } from "@/lib/import/sources/greenhouse";
import { parseJsonLdPage } from "@/lib/import/sources/jsonld";
import { parseLever } from "@/lib/import/sources/lever";
import { SourceError } from "@/lib/import/types";
import { parseMarkdown } from "@/lib/markdown/markdown";
import { isPlausiblePay, parsePayAmount, parsePayText } from "@/lib/pay/parse";
import { isoDay, jobInputSchema } from "@/lib/recruiters/validation";

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, "../fixtures/import", name), "utf8");
const SKILLS = skillSeeds.map((s, i) => ({ id: i + 1, slug: s.slug, name: s.name }));
const idOf = (slug: string) => SKILLS.find((s) => s.slug === slug)!.id;

describe("HTML descriptions become safe Markdown", () => {
  it("keeps structure (nested lists, headings, emphasis) and decodes entities", () => {
    const md = htmlToMarkdown(
      "<h3>What you&#39;ll do</h3><ul><li>APIs &amp; services<ul><li>the ledger</li></ul></li><li><strong>Go</strong></li></ul>",
    );
    expect(md).toContain("### What you'll do");
    expect(md).toMatch(/^- {1,3}APIs & services\n\s+- {1,3}the ledger/m);
    expect(md).toContain("**Go**");
  });

  it("decodes Greenhouse's entity-encoded HTML once", () => {
    expect(htmlToMarkdown("&lt;p&gt;Tom &amp;amp; Jerry&lt;/p&gt;", { entityEncoded: true })).toBe("Tom & Jerry");
  });

  it("drops scripts, styles, frames and images; markup left in text stays text when rendered", () => {
    const md = htmlToMarkdown(
      '<p>Hi</p><script>alert(1)</script><style>p{}</style><iframe src="https://x"></iframe><img src="https://x/t.png" onerror="alert(1)"><p>&lt;b onclick=x&gt;bold&lt;/b&gt;</p>',
    );
    expect(md).not.toMatch(/alert|iframe|t\.png/);
    // The typed tag is text in the Markdown, and markdown-it (html off) keeps it text.
    const tokens = parseMarkdown(md).flatMap((t) => t.children ?? []);
    expect(tokens.some((t) => t.type === "html_inline")).toBe(false);
    expect(tokens.map((t) => t.content).join("")).toContain("<b onclick=x>bold</b>");
  });

  it("cuts an oversized description at a paragraph with a note", () => {
    const paragraph = "word ".repeat(200).trim();
    const long = Array.from({ length: 40 }, () => paragraph).join("\n\n");
    const cut = cutDescription(long, 5_000);
    expect(cut.length).toBeLessThanOrEqual(5_000);
    expect(cut.endsWith(CUT_NOTE)).toBe(true);
    expect(cut.slice(0, -CUT_NOTE.length).trimEnd().endsWith("word")).toBe(true);
  });
});

describe("a description nested too deep or too long is bounded before parsing", () => {
  // The shape a reviewer sent: "<ul><li>" × N, a word, "</li></ul>" × N, entity-encoded as
  // Greenhouse's `content` is. Before the bound, depth 2,000 ran for minutes and then threw
  // "Maximum call stack size exceeded" inside the parser.
  const nested = (depth: number, word = "x") =>
    "&lt;ul&gt;&lt;li&gt;".repeat(depth) + word + "&lt;/li&gt;&lt;/ul&gt;".repeat(depth);
  const posting = (id: string, content: string) =>
    JSON.stringify({
      jobs: [{ id, title: "Backend Engineer", absolute_url: `https://example.test/${id}`, content }],
    });

  it.each([2_000, 20_000])("maps a posting nested %i deep, as its text, within 2 s", (depth) => {
    const [raw] = parseGreenhouse(posting("deep", nested(depth, "Build the ledger in TypeScript"))).postings;
    const started = performance.now();
    const m = mapPosting(raw!, SKILLS);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(m.description).toContain("Build the ledger in TypeScript");
    expect(m.description).not.toMatch(/<\/?(ul|li)/);
    expect(m.skillIds).toContain(idOf("typescript"));
  });

  it("measures nesting with the parser's own shortcuts and stops past the cap", () => {
    expect(nestingDepth("plain text")).toBe(0);
    expect(nestingDepth("<ul><li>a<li>b</ul><p>x<p>y<br><img src=x>")).toBe(2);
    expect(nestingDepth("<div><b>a</b><i>b</i></div>")).toBe(2);
    // End tags of elements never opened do not hide the depth.
    expect(nestingDepth("<div><li>a</li>".repeat(100))).toBe(DEPTH_MAX + 1);
  });

  it("converts real nesting (a list in a list in a div) as structure, and flattens past the cap", () => {
    expect(htmlToMarkdown("<div><ul><li>a<ul><li>b</li></ul></li></ul></div>")).toMatch(/^- {1,3}a\n\s+- {1,3}b$/);
    const flat = htmlToMarkdown(`${"<div>".repeat(DEPTH_MAX + 1)}<p>One *two*</p><p>Three</p>`);
    expect(flat).toBe("One \\*two\\*\n\nThree");
  });

  it("cuts HTML longer than HTML_MAX before parsing, with the note", () => {
    const md = htmlToMarkdown(`<p>${"word ".repeat(HTML_MAX / 4)}</p>`);
    expect(md.length).toBeLessThanOrEqual(20_000);
    expect(md.endsWith(CUT_NOTE)).toBe(true);
    const tagCut = htmlToMarkdown(`${"a".repeat(HTML_MAX - 3)}</ul>`);
    expect(tagCut).not.toContain("</u");
    expect(tagCut.endsWith(CUT_NOTE)).toBe(true);
  });

  it("reads text past many unclosed script tags and angle brackets in linear time", () => {
    const started = performance.now();
    htmlToMarkdown(`<div>${"<".repeat(HTML_MAX / 2)}${"<script>a".repeat(1_000)}</div>`);
    mapPosting(
      {
        ...parseGreenhouse(posting("lt", "x")).postings[0]!,
        descriptionHtml: `${"<a".repeat(HTML_MAX / 2)}${"<script>".repeat(HTML_MAX / 16)}`,
      },
      SKILLS,
    );
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("pay", () => {
  it.each([
    ["$120,000 - $150,000", { min: 120_000, max: 150_000, currency: "USD", period: "year" }],
    ["USD 120k–150k", { min: 120_000, max: 150_000, currency: "USD", period: "year" }],
    ["€60k to €75k a year", { min: 60_000, max: 75_000, currency: "EUR", period: "year" }],
    ["$45/hr", { min: 45, max: 45, currency: "USD", period: "hour" }],
    ["£500 per day", { min: 500, max: 500, currency: "GBP", period: "day" }],
    ["Salary C$80,000 to C$95,000 annually.", { min: 80_000, max: 95_000, currency: "CAD", period: "year" }],
    ["an hourly rate of $60 - $75 depending on experience", { min: 60, max: 75, currency: "USD", period: "hour" }],
    ["€4.500 - €5.500 monthly", { min: 4_500, max: 5_500, currency: "EUR", period: "month" }],
    ["$120-150k base", { min: 120_000, max: 150_000, currency: "USD", period: "year" }],
  ])("reads %j", (text, expected) => {
    expect(parsePayText(text)).toEqual(expected);
  });

  it("needs a currency: experience, 401(k) and counts are not pay", () => {
    expect(parsePayText("5+ years of experience, a 401(k) match and 25 days off")).toBeNull();
  });

  it("judges figures against their period", () => {
    expect(isPlausiblePay({ min: 3_000, max: 3_000, currency: "USD", period: "year" })).toBe(false);
    expect(isPlausiblePay({ min: 5_000, max: 6_000, currency: "USD", period: "hour" })).toBe(false);
    expect(isPlausiblePay({ min: 45, max: 60, currency: "USD", period: "hour" })).toBe(true);
    expect(isPlausiblePay({ min: 500, max: 500, currency: "GBP", period: "day" })).toBe(true);
    expect(isPlausiblePay({ min: 600_000, max: 900_000, currency: "INR", period: "year" })).toBe(true);
  });

  it("keeps implausible pay only as reported, out of the figures", () => {
    expect(payColumns(null, "Entry level pay: $3,000 a year.")).toEqual({
      salaryMin: null,
      salaryMax: null,
      salaryCurrency: "USD",
      salaryPeriod: "year",
      payAsReported: "$3,000 a year",
    });
    expect(payColumns({ min: 150_000, max: 120_000, currency: "USD", period: "year" }).salaryMin).toBe(120_000);
  });

  it("the posting form takes 120k, $150,000 and 150,000, and asks for a number when empty", () => {
    const form = (salaryMin: string, salaryMax: string) =>
      jobInputSchema().safeParse({
        title: "Backend Engineer",
        level: "mid",
        employmentType: "full_time",
        workplace: "onsite",
        location: "Berlin, Germany",
        salaryMin,
        salaryMax,
        salaryCurrency: "USD",
        salaryPeriod: "year",
        description: "You will design and run the payment APIs our customers rely on, with a small team.",
        apply: "https://acme.example/jobs/1",
        closesOn: isoDay(new Date(Date.now() + 10 * 86_400_000)),
      });
    const taken = form("120k", "$150,000");
    expect(taken.success && [taken.data.salaryMin, taken.data.salaryMax]).toEqual([120_000, 150_000]);
    const plain = form("100,000", "150,000");
    expect(plain.success && plain.data.salaryMax).toBe(150_000);
    const empty = form("", " ");
    expect(empty.success).toBe(false);
    const messages = empty.error!.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    expect(messages).toEqual([
      "salaryMin: Enter the lowest pay as a number",
      "salaryMax: Enter the highest pay as a number",
    ]);
  });

  it("reads the posting form's fields", () => {
    expect(parsePayAmount("120k")).toBe(120_000);
    expect(parsePayAmount("$150,000")).toBe(150_000);
    expect(parsePayAmount("150,000")).toBe(150_000);
    expect(parsePayAmount(" 1.5M ")).toBe(1_500_000);
    expect(parsePayAmount("")).toBeNull();
    expect(parsePayAmount("lots")).toBeNull();
  });
});

describe("what a posting's words say", () => {
  it.each([
    ["Junior Backend Engineer", "junior"],
    ["Associate Software Engineer", "junior"],
    ["Software Engineer I", "junior"],
    ["Software Engineer II", "mid"],
    ["Software Engineer III", "senior"],
    ["Senior Frontend Engineer", "senior"],
    ["Sr. Data Engineer", "senior"],
    ["Staff Site Reliability Engineer", "lead"],
    ["Lead Mobile Engineer", "lead"],
    ["Principal Engineer, Platform", "principal"],
    ["Head of Data", "principal"],
    ["Backend Engineer", "mid"],
    ["Engineer in Berlin", "mid"],
  ])("%s is %s", (title, level) => {
    expect(levelFromTitle(title)).toBe(level);
  });

  it("reads employment types in each source's words", () => {
    expect(employmentTypeFrom("Full-time")).toBe("full_time");
    expect(employmentTypeFrom("FullTime")).toBe("full_time");
    expect(employmentTypeFrom("PartTime")).toBe("part_time");
    expect(employmentTypeFrom("CONTRACTOR")).toBe("contract");
    expect(employmentTypeFrom("Temporary")).toBe("contract");
    expect(employmentTypeFrom("INTERN")).toBe("internship");
    expect(employmentTypeFrom(null, "Summer Intern, Data")).toBe("internship");
    expect(employmentTypeFrom(null)).toBe("full_time");
  });

  it("reads workplace from the field, else the locations", () => {
    expect(workplaceFrom("on-site", null, ["Remote - US"])).toBe("onsite");
    expect(workplaceFrom("OnSite", false, [])).toBe("onsite");
    expect(workplaceFrom("TELECOMMUTE", null, [])).toBe("remote");
    expect(workplaceFrom(null, null, ["Remote - US"])).toBe("remote");
    expect(workplaceFrom(null, null, ["Berlin (Hybrid)"])).toBe("hybrid");
    expect(workplaceFrom(null, true, ["Lisbon"])).toBe("remote");
    expect(workplaceFrom(null, null, ["Austin, TX"])).toBe("onsite");
  });

  it("reads the regions a remote role hires in", () => {
    expect(applicantRegionsFrom(["Remote - US"])).toEqual(["United States"]);
    expect(applicantRegionsFrom(["Remote (EMEA)", "Lisbon, Portugal"])).toEqual(["EMEA", "Portugal"]);
    expect(applicantRegionsFrom(["Germany", "Poland"])).toEqual(["Germany", "Poland"]);
    expect(applicantRegionsFrom(["Remote", "work with us"])).toEqual([]);
  });

  it("normalizes titles and places for duplicates", () => {
    expect(normalizeForDuplicates("Sr. Backend Engineer (Remote)")).toBe(
      normalizeForDuplicates("senior backend engineer"),
    );
    expect(normalizeForDuplicates("Zürich, Switzerland")).toBe("zurich switzerland");
  });

  it("tags skills from the shared list and aliases, the title first", () => {
    const ids = tagSkills(
      "Senior Go Engineer",
      "You know Postgres, k8s and CI/CD. Python is a plus. Go to market with us; the rest is REST.",
      SKILLS,
    );
    expect(ids[0]).toBe(idOf("go"));
    expect(ids).toEqual(
      expect.arrayContaining([idOf("postgresql"), idOf("kubernetes"), idOf("ci-cd"), idOf("python"), idOf("rest")]),
    );
    expect(tagSkills("Office Manager", "Go to the office; rest well; swift replies.", SKILLS)).toEqual([]);
    // A URL scheme is not a skill; the word followed by a colon and a space still is.
    expect(tagSkills("Office Manager", 'Click <a href="x">javascript:alert(1)</a>', SKILLS)).toEqual([]);
    expect(tagSkills("Office Manager", "JavaScript: 3 years.", SKILLS)).toEqual([idOf("javascript")]);
  });
});

describe("source formats", () => {
  it("Greenhouse: decodes content, splits several locations, skips a posting without a title", () => {
    const read = parseGreenhouse(fixture("greenhouse.json"));
    expect(read.postings.map((p) => p.externalId)).toEqual(["4012001", "4012002", "4012003", "4012005"]);
    expect(read.skipped).toEqual([{ externalId: "4012004", reason: "missing or invalid: title" }]);
    const first = read.postings[0]!;
    expect(first.locations).toEqual(["New York, NY", "San Francisco, CA"]);
    expect(first.descriptionHtml).toContain("<strong>Northwind</strong>");
    const listing = mapPosting(first, SKILLS);
    expect(listing).toMatchObject({
      level: "senior",
      roleFamily: "backend",
      workplace: "onsite",
      location: "New York, NY; San Francisco, CA",
      salaryMin: 120_000,
      salaryMax: 150_000,
      salaryPeriod: "year",
    });
    expect(listing.description).not.toMatch(/alert|javascript/);
    expect(listing.description).toContain("click [Benefits](https://northwind.example/benefits)");
    expect(listing.skillIds).toEqual(expect.arrayContaining([idOf("go"), idOf("postgresql"), idOf("kafka")]));
    const remote = mapPosting(read.postings[1]!, SKILLS);
    expect(remote).toMatchObject({ workplace: "remote", applicantRegions: ["United States"], salaryMin: null });
    expect(remote.location).toBe("Remote (United States)");
    const noFamily = mapPosting(read.postings[3]!, SKILLS);
    expect(noFamily).toMatchObject({ roleFamily: null, salaryMin: null, payAsReported: "$3,000 a year" });
  });

  it("Lever: structured salary range, lists, commitment, workplace; pay in text; implausible structured pay", () => {
    const read = parseLever(fixture("lever.json"));
    const [data, ios, backend] = read.postings.map((p) => mapPosting(p, SKILLS));
    expect(data).toMatchObject({
      level: "senior",
      roleFamily: "data",
      workplace: "hybrid",
      salaryMin: 70_000,
      salaryMax: 85_000,
      salaryCurrency: "EUR",
      country: "Germany",
    });
    expect(data!.description).toContain("### Requirements");
    // A list's title is text: it reaches the renderer as text, never as a tag.
    expect(data!.description).toContain("### Benefits <script>");
    expect(parseMarkdown(data!.description).some((t) => t.type === "html_block")).toBe(false);
    expect(ios).toMatchObject({
      employmentType: "contract",
      workplace: "remote",
      salaryMin: 85,
      salaryPeriod: "hour",
      roleFamily: "mobile",
    });
    expect(backend).toMatchObject({ salaryMin: null, payAsReported: "$5,000–$6,000 an hour" });
  });

  it("Ashby: compensation components, secondary locations, unlisted jobs skipped", () => {
    const read = parseAshby(fixture("ashby.json"));
    expect(read.skipped).toEqual([{ externalId: null, reason: "not listed publicly" }]);
    const [full, android] = read.postings.map((p) => mapPosting(p, SKILLS));
    expect(full).toMatchObject({
      roleFamily: "fullstack",
      workplace: "remote",
      applicantRegions: ["EMEA", "Portugal"],
      salaryMin: 60_000,
      salaryCurrency: "EUR",
    });
    expect(android).toMatchObject({ level: "junior", workplace: "onsite", salaryMin: 80_000, salaryCurrency: "CAD" });
  });

  it("JSON-LD: postings in an @graph, remote with applicant countries, a broken block skipped", () => {
    const read = parseJsonLdPage(fixture("careers.html"), "https://careers.tailspin.example/");
    expect(read.skipped).toEqual([{ externalId: null, reason: "a JSON-LD block that is not JSON" }]);
    const [devops, mobile] = read.postings.map((p) => mapPosting(p, SKILLS));
    expect(devops).toMatchObject({
      externalId: "TS-77",
      workplace: "remote",
      applicantRegions: ["Germany", "Poland"],
      salaryMin: 65_000,
      roleFamily: "devops",
    });
    expect(mobile).toMatchObject({ level: "lead", location: "Austin, TX, US", salaryMin: null });
  });

  it("refuses answers that are not the documented shape", () => {
    expect(() => parseGreenhouse("<html>")).toThrow(SourceError);
    expect(() => parseGreenhouse('{"error":"not found"}')).toThrow(SourceError);
    expect(() => parseLever('{"ok":false}')).toThrow(SourceError);
    expect(() => parseAshby("[]")).toThrow(SourceError);
  });
});

describe("careers pages on private addresses are refused when added", () => {
  it.each([
    "http://169.254.169.254/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://127.0.0.1:5432/",
    "http://[::1]/jobs",
    "http://[::ffff:10.0.0.1]/jobs",
    "http://192.168.1.10/careers",
    "http://localhost:3000/careers",
    "http://metadata/computeMetadata/v1/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "https://printer.local/jobs",
  ])("%s", (url) => {
    const parsed = LOCATOR_SCHEMAS.jsonld.safeParse(`https://jobs.example.com/backend ${url}`);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/is not a public address$/);
  });

  it("accepts public pages", () => {
    expect(LOCATOR_SCHEMAS.jsonld.safeParse("https://jobs.example.com/backend http://93.184.215.14/jobs").success).toBe(
      true,
    );
  });
});
