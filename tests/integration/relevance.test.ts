/* The relevance suite (issue 14): judged queries of the trade's vocabulary, each with the
   listings that must be in the top 10 and those that must not, over fixture listings this
   file inserts. Prints precision@10 per query class: of the top 10 (or fewer) results, the
   share that are judged relevant (the `must` list). */
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import { companies, jobs, jobSkills, skills } from "@/db/schema";
import { fromURLSearchParams, parseSearchParams } from "@/lib/search/params";
import { getJobsBySearch } from "@/lib/search/query";
import { foldPlace, regionsContaining } from "@/lib/search/regions";
import { createTestDatabase, rowsOf, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
const DAY = 86_400_000;

type Fixture = {
  title: string;
  description?: string;
  skills?: string[];
  location?: string;
  country?: string | null;
  workplace?: "remote" | "hybrid" | "onsite";
  level?: "junior" | "mid" | "senior" | "lead" | "principal";
};

// Keys are slugs; every listing is open.
const FIXTURES: Record<string, Fixture> = {
  cpp: { title: "Senior C++ Engineer", description: "Modern C++ (C++17/20) for low-latency trading.", level: "senior" },
  csharp: { title: "C# Developer", description: "Build services in C# on .NET 8.", skills: ["csharp", "dotnet"] },
  fsharp: { title: "F# Functional Programmer", description: "F# and domain modelling." },
  c: { title: "Embedded C Developer", description: "Firmware in C for microcontrollers." },
  objc: { title: "iOS Engineer (Objective-C)", description: "Maintain our Objective-C codebase.", skills: ["swift"] },
  go: { title: "Backend Engineer (Go)", description: "Services in Go.", skills: ["go"] },
  golang: { title: "Golang Developer", description: "We write Golang microservices." },
  rlang: { title: "Data Scientist (R)", description: "Statistical modelling in R.", skills: ["python"] },
  java: { title: "Java Backend Engineer", description: "Spring services.", skills: ["java", "spring-boot"] },
  javascript: { title: "JavaScript Developer", description: "Browser apps.", skills: ["javascript"] },
  js: { title: "Frontend Engineer", description: "Modern JS for our web app." },
  ts: { title: "TypeScript Engineer", description: "Typed frontends.", skills: ["typescript"] },
  python: { title: "Python Engineer", description: "APIs in Django.", skills: ["python", "django"] },
  rust: { title: "Rust Systems Engineer", description: "Storage engines.", skills: ["rust"] },
  kotlin: { title: "Android Engineer", description: "Native Android apps.", skills: ["kotlin"] },
  node1: { title: "Node.js Engineer", description: "Event-driven services.", skills: ["nodejs"] },
  node2: { title: "API Developer", description: "Our API runs on Node and Express." },
  nextjs: { title: "Next.js Frontend Developer", description: "Server components.", skills: ["nextjs", "react"] },
  vue: { title: "Vue.js Developer", description: "Vue.js 3 and Pinia." },
  react: { title: "React Engineer", description: "Design systems.", skills: ["react"] },
  reactjs: { title: "UI Developer (React.js)", description: "Component libraries." },
  dotnet: { title: ".NET Core Developer", description: "ASP.NET Core APIs." },
  rails: { title: "Ruby on Rails Developer", description: "Monolith care.", skills: ["rails", "ruby"] },
  aws: { title: "Cloud Engineer (AWS)", description: "Landing zones.", skills: ["aws"] },
  aws2: { title: "Platform Engineer", description: "Amazon Web Services and Terraform." },
  gcp: { title: "Data Platform Engineer", description: "BigQuery on Google Cloud." },
  gcp2: { title: "GCP Architect", description: "Landing zones.", skills: ["gcp"] },
  azure: { title: "Azure DevOps Engineer", description: "Pipelines.", skills: ["azure"] },
  k8s: { title: "Kubernetes Platform Engineer", description: "Operators.", skills: ["kubernetes"] },
  k8s2: { title: "Infrastructure Engineer", description: "Run our k8s clusters." },
  pg: { title: "Database Engineer (PostgreSQL)", description: "Replication.", skills: ["postgresql"] },
  pg2: { title: "Storage Developer", description: "Postgres tuning and vacuum." },
  cicd: { title: "Build Engineer", description: "Own our CI/CD pipelines." },
  ab: { title: "Growth Engineer", description: "Run A/B testing experiments." },
  it: { title: "IT Operations Engineer", description: "Keep our IT estate running." },
  ai: { title: "AI Engineer", description: "Build AI products with LLMs." },
  ml: { title: "ML Engineer", description: "Models in production.", skills: ["machine-learning"] },
  qa: { title: "QA Engineer", description: "Manual and automated QA." },
  ux: { title: "UX Designer", description: "User research and UX design." },
  sre: { title: "Site Reliability Engineer", description: "On-call and SLOs." },
  data: { title: "Data Engineer", description: "Pipelines.", skills: ["airflow", "spark"] },
  junior: { title: "Junior Software Engineer", description: "Mentoring included.", level: "junior" },
  principal: { title: "Principal Engineer", description: "Technical direction.", level: "principal" },
  staff: { title: "Staff Engineer", description: "Cross-team design.", level: "lead" },
  intern: { title: "Software Engineering Intern", description: "Summer internship.", level: "junior" },
  zurich: {
    title: "Software Engineer",
    description: "Join our Zürich office.",
    location: "Zürich",
    country: "Switzerland",
    workplace: "onsite",
  },
  saopaulo: {
    title: "Backend Developer",
    description: "Payments.",
    location: "São Paulo",
    country: "Brazil",
    workplace: "hybrid",
  },
  munich: {
    title: "Firmware Engineer",
    description: "Cars.",
    location: "München",
    country: "Germany",
    workplace: "onsite",
  },
  berlin: { title: "Web Engineer", description: "Maps.", location: "Berlin", country: "Germany", workplace: "hybrid" },
  krakow: {
    title: "Test Engineer",
    description: "Banking.",
    location: "Kraków",
    country: "Poland",
    workplace: "onsite",
  },
  montreal: {
    title: "Game Developer",
    description: "Engines.",
    location: "Montréal",
    country: "Canada",
    workplace: "onsite",
  },
  remoteEu: { title: "Support Engineer", description: "Tickets.", location: "Remote (Europe)", workplace: "remote" },
  remoteWw: { title: "Docs Engineer", description: "Guides.", location: "Remote (Worldwide)", workplace: "remote" },
  remoteUs: {
    title: "Sales Engineer",
    description: "Demos.",
    location: "Remote (United States)",
    country: "United States",
    workplace: "remote",
  },
  resume: { title: "Résumé Parsing Engineer", description: "Parse résumés at scale." },
  remoteDe: {
    title: "Security Engineer",
    description: "Threat models.",
    location: "Remote (Germany)",
    country: "Germany",
    workplace: "remote",
  },
  itSupport: { title: "IT Support Specialist", description: "Laptops, accounts and the helpdesk queue." },
  sentence: { title: "Scaling Engineer", description: "Make it scale to millions of requests." },
};

type Judged = { cls: string; qs: string; must: string[]; mustNot?: string[] };

const q = (text: string) => `q=${encodeURIComponent(text)}`;
const loc = (text: string, extra = "") => `location=${encodeURIComponent(text)}${extra}`;

const QUERIES: Judged[] = [
  // languages
  { cls: "languages", qs: q("C++"), must: ["cpp"], mustNot: ["csharp", "c", "fsharp"] },
  { cls: "languages", qs: q("c#"), must: ["csharp"], mustNot: ["cpp", "c", "fsharp"] },
  { cls: "languages", qs: q("c sharp"), must: ["csharp"], mustNot: ["cpp"] },
  { cls: "languages", qs: q("F#"), must: ["fsharp"], mustNot: ["csharp", "cpp"] },
  { cls: "languages", qs: q("C"), must: ["c"], mustNot: ["cpp", "csharp", "objc"] },
  { cls: "languages", qs: q("Objective-C"), must: ["objc"], mustNot: ["c", "cpp"] },
  { cls: "languages", qs: q("Go"), must: ["go", "golang"], mustNot: ["python", "rust"] },
  { cls: "languages", qs: q("golang"), must: ["go", "golang"] },
  { cls: "languages", qs: q("R"), must: ["rlang"], mustNot: ["rust", "rails"] },
  { cls: "languages", qs: q("java"), must: ["java"], mustNot: ["javascript", "js"] },
  { cls: "languages", qs: q("javascript"), must: ["javascript", "js"], mustNot: ["java"] },
  { cls: "languages", qs: q("js"), must: ["javascript", "js"], mustNot: ["java"] },
  { cls: "languages", qs: q("typescript"), must: ["ts"] },
  { cls: "languages", qs: q("ts"), must: ["ts"] },
  { cls: "languages", qs: q("rust"), must: ["rust"] },
  { cls: "languages", qs: q("kotlin"), must: ["kotlin"] },
  // frameworks
  { cls: "frameworks", qs: q("node.js"), must: ["node1", "node2"] },
  { cls: "frameworks", qs: q("nodejs"), must: ["node1", "node2"] },
  { cls: "frameworks", qs: q("node"), must: ["node1", "node2"] },
  { cls: "frameworks", qs: q("node js"), must: ["node1", "node2"], mustNot: ["javascript"] },
  { cls: "frameworks", qs: q("next.js"), must: ["nextjs"] },
  { cls: "frameworks", qs: q("nextjs"), must: ["nextjs"] },
  { cls: "frameworks", qs: q("vue"), must: ["vue"] },
  { cls: "frameworks", qs: q("vue.js"), must: ["vue"] },
  { cls: "frameworks", qs: q("react"), must: ["react", "reactjs", "nextjs"] },
  { cls: "frameworks", qs: q("react.js"), must: ["react", "reactjs"] },
  { cls: "frameworks", qs: q(".NET"), must: ["dotnet", "csharp"], mustNot: ["cpp"] },
  { cls: "frameworks", qs: q("dotnet"), must: ["dotnet", "csharp"] },
  { cls: "frameworks", qs: q("ruby on rails"), must: ["rails"] },
  // clouds and infrastructure
  { cls: "clouds", qs: q("aws"), must: ["aws", "aws2"] },
  { cls: "clouds", qs: q("amazon web services"), must: ["aws", "aws2"] },
  { cls: "clouds", qs: q("gcp"), must: ["gcp", "gcp2"] },
  { cls: "clouds", qs: q("google cloud"), must: ["gcp", "gcp2"] },
  { cls: "clouds", qs: q("azure"), must: ["azure"] },
  { cls: "clouds", qs: q("k8s"), must: ["k8s", "k8s2"] },
  { cls: "clouds", qs: q("kubernetes"), must: ["k8s", "k8s2"] },
  { cls: "clouds", qs: q("postgres"), must: ["pg", "pg2"] },
  { cls: "clouds", qs: q("postgresql"), must: ["pg", "pg2"] },
  { cls: "clouds", qs: q("CI/CD"), must: ["cicd"] },
  { cls: "clouds", qs: q("cicd"), must: ["cicd"] },
  { cls: "clouds", qs: q("A/B testing"), must: ["ab"] },
  // roles
  { cls: "roles", qs: q("IT"), must: ["it"] },
  { cls: "roles", qs: q("IT operations"), must: ["it"], mustNot: ["sre"] },
  // lower-case "it": alone or beside a word of IT work it is IT; in a sentence the pronoun
  { cls: "roles", qs: q("it"), must: ["it", "itSupport"] },
  { cls: "roles", qs: q("it support"), must: ["itSupport"], mustNot: ["it", "sentence", "remoteEu"] },
  { cls: "roles", qs: q("It operations"), must: ["it"], mustNot: ["sre", "itSupport"] },
  { cls: "roles", qs: q("make it scale"), must: ["sentence"], mustNot: ["it", "itSupport"] },
  { cls: "roles", qs: q("AI"), must: ["ai"] },
  { cls: "roles", qs: q("ML"), must: ["ml"] },
  { cls: "roles", qs: q("machine learning"), must: ["ml"] },
  { cls: "roles", qs: q("QA"), must: ["qa"] },
  { cls: "roles", qs: q("UX"), must: ["ux"] },
  { cls: "roles", qs: q("devops"), must: ["azure"] },
  { cls: "roles", qs: q('"site reliability"'), must: ["sre"] },
  { cls: "roles", qs: q("data engineer"), must: ["data"] },
  { cls: "roles", qs: q("backend -java"), must: ["go"], mustNot: ["java"] },
  // levels
  { cls: "levels", qs: q("junior"), must: ["junior"] },
  { cls: "levels", qs: q("principal"), must: ["principal"] },
  { cls: "levels", qs: q("staff"), must: ["staff"] },
  { cls: "levels", qs: q("intern"), must: ["intern"] },
  { cls: "levels", qs: q("senior"), must: ["cpp"] },
  // places, with and without accents
  { cls: "places", qs: loc("Zurich"), must: ["zurich"] },
  { cls: "places", qs: loc("Zürich"), must: ["zurich"] },
  { cls: "places", qs: q("zurich"), must: ["zurich"] },
  { cls: "places", qs: loc("Sao Paulo"), must: ["saopaulo"] },
  { cls: "places", qs: loc("São Paulo"), must: ["saopaulo"] },
  { cls: "places", qs: loc("Munchen"), must: ["munich"] },
  { cls: "places", qs: loc("Krakow"), must: ["krakow"] },
  { cls: "places", qs: loc("Montreal"), must: ["montreal"] },
  {
    cls: "places",
    qs: loc("Germany", "&workplace=remote"),
    must: ["remoteDe", "remoteEu", "remoteWw"],
    mustNot: ["remoteUs"],
  },
  {
    cls: "places",
    qs: loc("Germany"),
    must: ["munich", "berlin", "remoteDe", "remoteEu", "remoteWw"],
    mustNot: ["remoteUs"],
  },
  {
    cls: "places",
    qs: loc("United States", "&workplace=remote"),
    must: ["remoteUs", "remoteWw"],
    mustNot: ["remoteEu"],
  },
  // a city finds the remote roles open to its country or a region containing it
  {
    cls: "places",
    qs: loc("Berlin", "&workplace=remote"),
    must: ["remoteDe", "remoteEu", "remoteWw"],
    mustNot: ["remoteUs", "berlin"],
  },
  {
    cls: "places",
    qs: loc("Berlin"),
    must: ["berlin", "remoteDe", "remoteEu", "remoteWw"],
    mustNot: ["munich", "remoteUs"],
  },
  { cls: "places", qs: loc("Berlin", "&workplace=hybrid"), must: ["berlin"], mustNot: ["munich", "remoteEu"] },
  { cls: "places", qs: loc("Munchen", "&workplace=remote"), must: ["remoteDe", "remoteEu"], mustNot: ["remoteUs"] },
  {
    cls: "places",
    qs: loc("Zurich", "&workplace=remote"),
    must: ["remoteEu", "remoteWw"],
    mustNot: ["remoteDe", "remoteUs"],
  },
  {
    cls: "places",
    qs: loc("Zürich", "&workplace=remote"),
    must: ["remoteEu", "remoteWw"],
    mustNot: ["remoteDe", "remoteUs"],
  },
  { cls: "places", qs: loc("Austin", "&workplace=remote"), must: ["remoteUs", "remoteWw"], mustNot: ["remoteEu"] },
  { cls: "places", qs: q("resume"), must: ["resume"] },
  { cls: "places", qs: q("résumé"), must: ["resume"] },
];

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { jobs: 0 });
  const [company] = await t.db.select().from(companies).where(eq(companies.slug, "tesorio"));
  const skillRows = await t.db.select({ id: skills.id, slug: skills.slug, name: skills.name }).from(skills);
  const bySlug = new Map(skillRows.map((s) => [s.slug, s]));
  const now = Date.now();
  const entries = Object.entries(FIXTURES);
  const inserted = await t.db
    .insert(jobs)
    .values(
      entries.map(([slug, f], i) => {
        const own = (f.skills ?? []).map((s) => bySlug.get(s)!);
        return {
          slug,
          title: f.title,
          description: f.description ?? "",
          companyId: company!.id,
          companyName: company!.name,
          roleFamily: "backend" as const,
          level: f.level ?? "mid",
          employmentType: "full_time" as const,
          workplace: f.workplace ?? "onsite",
          location: f.location ?? "Lisbon",
          country: f.country === undefined ? (f.location ? null : "Portugal") : f.country,
          applyUrl: "https://example.test/apply",
          salaryMin: 100_000,
          salaryMax: 120_000,
          skillsText: own.map((s) => s.name).join(" "),
          skillIds: own.map((s) => s.id).sort((a, b) => a - b),
          status: "published" as const,
          publishedAt: new Date(now - (i + 1) * 3_600_000),
          validThrough: new Date(now + 30 * DAY),
        };
      }),
    )
    .returning({ id: jobs.id, slug: jobs.slug });
  const links = inserted.flatMap((j) =>
    (FIXTURES[j.slug]!.skills ?? []).map((s) => ({ jobId: j.id, skillId: bySlug.get(s)!.id })),
  );
  if (links.length) await t.db.insert(jobSkills).values(links);
  // Sanity: the fixtures are all there.
  expect(
    (
      await t.db
        .select({ id: jobs.id })
        .from(jobs)
        .where(inArray(jobs.slug, Object.keys(FIXTURES)))
    ).length,
  ).toBe(entries.length);
}, 300_000);
afterAll(() => t?.drop());

describe(`relevance suite (${process.env.TEST_DB ?? "pglite"})`, () => {
  it(`has at least 60 judged queries over every class`, () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(60);
    for (const j of QUERIES) for (const s of [...j.must, ...(j.mustNot ?? [])]) expect(FIXTURES[s], s).toBeDefined();
  });

  it("folds place names in TypeScript as ladder_fold does in the database", async () => {
    const names = [
      "Zürich",
      "São Paulo",
      "München",
      "Montréal",
      "Kraków",
      "Deutschland",
      "United  States",
      "Remote (Europe)",
    ];
    expect(regionsContaining("deutschland")).toContain("Europe");
    for (const name of names) {
      const [row] = rowsOf<{ f: string }>(await t.db.execute(sql`select ladder_fold(${name}) as f`));
      expect(foldPlace(name), name).toBe(row!.f.replace(/\s+/g, " ").trim());
    }
  });

  it("finds what each query must find in its top 10, and not what it must not", async () => {
    const perClass = new Map<string, { queries: number; precision: number; complete: number }>();
    const failures: string[] = [];
    for (const j of QUERIES) {
      const parsed = parseSearchParams(fromURLSearchParams(new URLSearchParams(j.qs)));
      if (!parsed.ok) throw new Error(`${j.qs}: ${JSON.stringify(parsed.issues)}`);
      const page = await getJobsBySearch({ ...parsed.value, limit: 10 }, t.db);
      const top = page.items.map((i) => i.slug);
      const missing = j.must.filter((s) => !top.includes(s));
      const wrong = (j.mustNot ?? []).filter((s) => top.includes(s));
      if (missing.length || wrong.length)
        failures.push(`${j.qs}: missing ${missing.join(",") || "-"}; must not ${wrong.join(",") || "-"}; got ${top}`);
      const relevant = top.filter((s) => j.must.includes(s)).length;
      const c = perClass.get(j.cls) ?? { queries: 0, precision: 0, complete: 0 };
      c.queries++;
      c.precision += top.length ? relevant / top.length : 0;
      if (!missing.length && !wrong.length) c.complete++;
      perClass.set(j.cls, c);
    }
    const lines = [...perClass].map(
      ([cls, c]) => `| ${cls} | ${c.queries} | ${(c.precision / c.queries).toFixed(2)} | ${c.complete}/${c.queries} |`,
    );
    console.log(
      `\nRelevance (${t.name}): precision@10 per class\n| class | queries | precision@10 | all judgements hold |\n|---|---:|---:|---:|\n${lines.join("\n")}\n`,
    );
    expect(failures).toEqual([]);
  }, 120_000);
});
