import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedDatabase } from "@/db/seed";
import { companies, companyMembers, guides, importSources, jobs, jobSkills, users } from "@/db/schema";
import { getGuideFigures } from "@/lib/guides/queries";
import { addImportSource, setImportSourceEnabled, syncImportSourceNow } from "@/lib/import/service";
import { syncAllSources, syncSource } from "@/lib/import/sync";
import { fromURLSearchParams, parseSearchParams } from "@/lib/search/params";
import { getJobsBySearch } from "@/lib/search/query";
import { createTestDatabase, rowsOf, type TestDatabase } from "../helpers/db";
import { startFixtureServer } from "../helpers/fixture-server";

// The fixture server stands in for every source; each database leg has its own port (3271/3272).
const PORT = vi.hoisted(() => {
  const port = process.env.TEST_DB === "postgres" ? 3272 : 3271;
  const base = `http://127.0.0.1:${port}`;
  Object.assign(process.env, {
    GREENHOUSE_API_URL: base,
    LEVER_API_URL: base,
    ASHBY_API_URL: `${base}/`,
    IMPORT_ALLOW_PRIVATE_URLS: "1",
  });
  return port;
});

const read = (name: string) => fs.readFileSync(path.join(import.meta.dirname, "../fixtures/import", name), "utf8");
const GH_PATH = "/v1/boards/northwind/jobs?content=true";
const LEVER_PATH = "/v0/postings/fabrikam?mode=json";
const ASHBY_PATH = "/posting-api/job-board/northwind-ashby?includeCompensation=true";

let t: TestDatabase;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
const ids = { recruiter: "", outsider: "", admin: "", seeker: "" };
let northwind = 0;
let fabrikam = 0;
let greenhouse = 0;

const gh = () => JSON.parse(read("greenhouse.json")) as { jobs: Record<string, unknown>[] };
const serve = (p: string, body: unknown, extra: { status?: number; delayMs?: number; type?: string } = {}) =>
  server.routes.set(p, { body: typeof body === "string" ? body : JSON.stringify(body), ...extra });

/** Every listing of a source, as a comparable string (nothing may change on a failed or unchanged sync). */
async function listingsOf(sourceId: number) {
  const rows = rowsOf(await t.db.execute(sql`select * from jobs where source_id = ${sourceId} order by external_id`));
  const links = rowsOf(
    await t.db.execute(
      sql`select js.* from job_skills js join jobs j on j.id = js.job_id where j.source_id = ${sourceId} order by 1, 2`,
    ),
  );
  return JSON.stringify({ rows, links });
}

const search = async (qs: string) => {
  const r = parseSearchParams(fromURLSearchParams(new URLSearchParams(qs)));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return getJobsBySearch(r.value, t.db);
};

async function backendFigures() {
  const [guide] = await t.db.select().from(guides).where(eq(guides.roleFamily, "backend")).limit(1);
  return getGuideFigures({ id: guide!.id, roleFamily: "backend" }, t.db);
}

beforeAll(async () => {
  server = await startFixtureServer(PORT);
  t = await createTestDatabase();
  await seedDatabase(t.db, { jobs: 40 });
  const made = await t.db
    .insert(users)
    .values([
      { email: "rec@northwind.test", role: "recruiter" },
      { email: "rec@elsewhere.test", role: "recruiter" },
      { email: "admin@ladder.test.x", role: "admin" },
      { email: "seeker@x.test", role: "seeker" },
    ])
    .returning({ id: users.id });
  [ids.recruiter, ids.outsider, ids.admin, ids.seeker] = made.map((u) => u.id) as [string, string, string, string];
  const [n, f] = await t.db
    .insert(companies)
    .values([
      { slug: "northwind-imports", name: "Northwind Imports" },
      { slug: "fabrikam-imports", name: "Fabrikam Imports" },
    ])
    .returning({ id: companies.id });
  northwind = n!.id;
  fabrikam = f!.id;
  await t.db.insert(companyMembers).values({ companyId: northwind, userId: ids.recruiter, role: "owner" });
  serve(GH_PATH, read("greenhouse.json"));
});

afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe("adding sources", () => {
  it("lets the company's recruiter and admins add one; refuses others and bad names", async () => {
    const add = (user: string, over: Record<string, unknown> = {}) =>
      addImportSource(t.db, user, { companyId: String(northwind), kind: "greenhouse", locator: "northwind", ...over });
    expect(await add(ids.outsider)).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await add(ids.seeker)).toMatchObject({ ok: false, reason: "forbidden" });
    const bad = await add(ids.recruiter, { locator: "north wind/../x" });
    expect(bad).toMatchObject({ ok: false, reason: "invalid", issues: [{ path: "locator" }] });
    const badPage = await add(ids.recruiter, { kind: "jsonld", locator: "javascript:alert(1)" });
    expect(badPage).toMatchObject({ ok: false, reason: "invalid" });
    const made = await add(ids.recruiter);
    expect(made).toMatchObject({ ok: true, value: { created: true } });
    if (!made.ok) return;
    greenhouse = made.value.id;
    expect(await add(ids.admin)).toEqual({ ok: true, value: { id: greenhouse, created: false } });
    // The same board cannot feed a second company.
    const other = await addImportSource(t.db, ids.admin, {
      companyId: fabrikam,
      kind: "greenhouse",
      locator: "northwind",
    });
    expect(other).toMatchObject({ ok: false, reason: "conflict" });
    const before = JSON.stringify(await t.db.select().from(importSources));
    for (const user of [ids.outsider, ids.seeker]) {
      expect(await syncImportSourceNow(t.db, user, { sourceId: greenhouse })).toMatchObject({ reason: "forbidden" });
      expect(await setImportSourceEnabled(t.db, user, { sourceId: greenhouse, enabled: "false" })).toMatchObject({
        reason: "forbidden",
      });
    }
    expect(JSON.stringify(await t.db.select().from(importSources))).toBe(before);
  });

  it("has a refusal test above for every exported import-source action", () => {
    const file = fs.readFileSync(path.join(import.meta.dirname, "../../app/recruiter/sources/actions.ts"), "utf8");
    const exported = [...file.matchAll(/export\s+const\s+(\w+)/g)].map((m) => m[1]);
    // Each calls the service function of the same name, refused above for outsiders and seekers.
    expect(exported.sort()).toEqual(["addSourceAction", "syncSourceAction", "toggleSourceAction"]);
    expect(file).toMatch(/addImportSource\(db, user\.id/);
    expect(file).toMatch(/setImportSourceEnabled\(db, user\.id/);
    expect(file).toMatch(/syncImportSourceNow\(db, user\.id/);
  });
});

describe("syncing a Greenhouse board", () => {
  it("publishes new postings with their source, skips one without a title, and they count in search and the guide", async () => {
    const before = await backendFigures();
    const r = await syncImportSourceNow(t.db, ids.recruiter, { sourceId: greenhouse });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ new: 4, updated: 0, closed: 0, unchanged: 0, skipped: 1, listingsChanged: true });
    expect(r.value.skippedReasons).toEqual({ "missing or invalid: title": 1 });
    const rows = await t.db.select().from(jobs).where(eq(jobs.sourceId, greenhouse)).orderBy(jobs.externalId);
    expect(rows.map((j) => [j.externalId, j.status])).toEqual([
      ["4012001", "published"],
      ["4012002", "published"],
      ["4012003", "published"],
      ["4012005", "published"],
    ]);
    const payments = rows[0]!;
    expect(payments).toMatchObject({
      title: "Senior Backend Engineer, Payments",
      roleFamily: "backend",
      level: "senior",
      companyName: "Northwind Imports",
      sourceUrl: "https://boards.greenhouse.io/northwind/jobs/4012001",
      applyUrl: "https://boards.greenhouse.io/northwind/jobs/4012001",
      salaryMinUsd: 120_000,
    });
    expect(await t.db.select().from(jobSkills).where(eq(jobSkills.jobId, payments.id))).not.toHaveLength(0);
    // The implausible "$3,000 a year" is shown as reported and kept out of pay figures.
    const consultant = rows[3]!;
    expect(consultant).toMatchObject({ roleFamily: null, salaryMinUsd: null, payAsReported: "$3,000 a year" });

    const found = await search("q=ledger+payments");
    expect(found.items.map((i) => i.slug)).toContain(payments.slug);
    // A listing with no role family is still searchable.
    expect((await search("q=consultant")).items.map((i) => i.slug)).toContain(consultant.slug);
    const after = await backendFigures();
    expect(after.openPositions).toBe(before.openPositions + 1);
    expect(after.withPay).toBe(before.withPay + 1);

    const [source] = await t.db.select().from(importSources).where(eq(importSources.id, greenhouse));
    expect(source).toMatchObject({ lastError: null, lastCounts: { new: 4, skipped: 1 } });
    expect(source!.lastSyncAt).not.toBeNull();
  });

  it("changes nothing when re-run on the same answer", async () => {
    const before = await listingsOf(greenhouse);
    const r = await syncSource(t.db, greenhouse);
    expect(r).toMatchObject({
      ok: true,
      value: { new: 0, updated: 0, closed: 0, unchanged: 4, listingsChanged: false },
    });
    expect(await listingsOf(greenhouse)).toBe(before);
  });

  it("updates a changed posting, closes a vanished one (kept), and reopens it when it returns", async () => {
    const data = gh();
    data.jobs[1]!.title = "Senior Frontend Engineer";
    const vanished = data.jobs.splice(2, 1);
    serve(GH_PATH, data);
    const r = await syncSource(t.db, greenhouse);
    expect(r).toMatchObject({ ok: true, value: { new: 0, updated: 1, closed: 1, unchanged: 2 } });
    const rows = await t.db.select().from(jobs).where(eq(jobs.sourceId, greenhouse)).orderBy(jobs.externalId);
    expect(rows.map((j) => [j.externalId, j.status, j.level])).toEqual([
      ["4012001", "published", "senior"],
      ["4012002", "published", "senior"],
      ["4012003", "closed", "lead"],
      ["4012005", "published", "mid"],
    ]);
    expect(rows[1]!.title).toBe("Senior Frontend Engineer");
    expect(rows[2]!.validThrough!.getTime()).toBeLessThanOrEqual(Date.now());

    data.jobs.splice(2, 0, ...vanished);
    serve(GH_PATH, data);
    expect(await syncSource(t.db, greenhouse)).toMatchObject({ ok: true, value: { updated: 1, closed: 0, new: 0 } });
    const [back] = await t.db.select().from(jobs).where(eq(jobs.externalId, "4012003"));
    expect(back!.status).toBe("published");
  });

  it.each([
    ["a 500", () => serve(GH_PATH, "oops", { status: 500, type: "text/plain" }), /answered 500/],
    ["a 404", () => server.routes.delete(GH_PATH), /answered 404/],
    ["malformed JSON", () => serve(GH_PATH, '{"jobs": [{"id": 1,'), /not JSON/],
    ["another shape", () => serve(GH_PATH, { error: "board not found" }), /without a list of jobs/],
    ["an empty list", () => serve(GH_PATH, { jobs: [], meta: { total: 0 } }), /listed no roles while 4/],
    ["a timeout", () => serve(GH_PATH, read("greenhouse.json"), { delayMs: 3_000 }), /did not answer within 1 s/],
  ])("keeps every listing as it was on %s, records the error, and recovers next run", async (_, arrange, message) => {
    serve(GH_PATH, read("greenhouse.json"));
    await syncSource(t.db, greenhouse);
    const before = await listingsOf(greenhouse);
    arrange();
    const r = await syncSource(t.db, greenhouse, { fetch: { timeoutMs: 1_000 } });
    expect(r).toMatchObject({ ok: false, reason: "unavailable" });
    expect(await listingsOf(greenhouse)).toBe(before);
    const [source] = await t.db.select().from(importSources).where(eq(importSources.id, greenhouse));
    expect(source!.lastError).toMatch(message);
    serve(GH_PATH, read("greenhouse.json"));
    expect(await syncSource(t.db, greenhouse)).toMatchObject({ ok: true, value: { unchanged: 4 } });
    const [fixed] = await t.db.select().from(importSources).where(eq(importSources.id, greenhouse));
    expect(fixed!.lastError).toBeNull();
  });
});

describe("a board with a hostile posting", () => {
  it("imports a posting nested 2,000 deep as text in well under a second, and the others with it", async () => {
    const board = JSON.parse(read("greenhouse-hostile.json")) as { jobs: { content: string }[] };
    board.jobs[1]!.content = `${"&lt;ul&gt;&lt;li&gt;".repeat(2_000)}Deep text${"&lt;/li&gt;&lt;/ul&gt;".repeat(2_000)}`;
    serve("/v1/boards/hostile/jobs?content=true", board);
    const [company] = await t.db
      .insert(companies)
      .values({ slug: "hostile-imports", name: "Hostile Imports" })
      .returning({ id: companies.id });
    const added = await addImportSource(t.db, ids.admin, {
      companyId: company!.id,
      kind: "greenhouse",
      locator: "hostile",
    });
    if (!added.ok) throw new Error(added.message);
    const started = performance.now();
    const r = await syncImportSourceNow(t.db, ids.admin, { sourceId: added.value.id });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(r).toMatchObject({ ok: true, value: { new: 3, skipped: 0 } });
    const rows = await t.db.select().from(jobs).where(eq(jobs.sourceId, added.value.id)).orderBy(jobs.externalId);
    expect(rows.map((j) => j.status)).toEqual(["published", "published", "published"]);
    expect(rows[1]!.description).toBe("Deep text");
    // A NUL character (Postgres refuses it in text) is dropped, not fatal to the sync.
    expect(rows[2]!.title).toBe("Frontend Engineer");
    expect(rows[2]!.description).not.toContain("\u0000");
    const [source] = await t.db.select().from(importSources).where(eq(importSources.id, added.value.id));
    expect(source).toMatchObject({ lastError: null, lastCounts: { new: 3 } });
  });
});

describe("other formats and duplicates", () => {
  it("shows a role once when a second source, or a hand-posted listing, already has it", async () => {
    // Ashby lists Northwind's payments role again ("Sr." and the same two places).
    const ashby = JSON.parse(read("ashby.json"));
    ashby.jobs.push({
      id: "dup-1",
      title: "Sr. Backend Engineer, Payments",
      location: "New York, NY",
      secondaryLocations: [{ location: "San Francisco, CA" }],
      isListed: true,
      jobUrl: "https://jobs.ashbyhq.com/northwind/dup-1",
      descriptionHtml: "<p>Same role.</p>",
    });
    serve(ASHBY_PATH, ashby);
    const added = await addImportSource(t.db, ids.admin, {
      companyId: northwind,
      kind: "ashby",
      locator: "northwind-ashby",
    });
    if (!added.ok) throw new Error(added.message);
    const r = await syncSource(t.db, added.value.id);
    expect(r).toMatchObject({ ok: true, value: { new: 2, skipped: 2 } });
    if (!r.ok) return;
    expect(r.value.skippedReasons).toEqual({
      "not listed publicly": 1,
      "duplicate of an open listing of the company (same title and location)": 1,
    });
    const open = await search("company=northwind-imports&q=payments");
    expect(open.items).toHaveLength(1);

    // A hand-posted listing at Fabrikam, then Lever lists the same role.
    await t.db.insert(jobs).values({
      companyId: fabrikam,
      slug: "backend-engineer-fabrikam-hand",
      title: "Backend Engineer",
      roleFamily: "backend",
      description: "Typed by a recruiter.",
      level: "mid",
      employmentType: "full_time",
      workplace: "onsite",
      location: "London, United Kingdom",
      applyUrl: "https://fabrikam.example/jobs/1",
      status: "published",
      publishedAt: new Date(),
      companyName: "Fabrikam Imports",
    });
    serve(LEVER_PATH, read("lever.json"));
    const lever = await addImportSource(t.db, ids.admin, { companyId: fabrikam, kind: "lever", locator: "fabrikam" });
    if (!lever.ok) throw new Error(lever.message);
    expect(await syncSource(t.db, lever.value.id)).toMatchObject({ ok: true, value: { new: 2, skipped: 1 } });
    expect((await search("company=fabrikam-imports&q=backend")).items).toHaveLength(1);
  });

  it("reads JSON-LD careers pages, and the hourly run syncs enabled sources only", async () => {
    server.routes.set("/careers", { body: read("careers.html"), type: "text/html" });
    const page = `http://127.0.0.1:${PORT}/careers`;
    const added = await addImportSource(t.db, ids.recruiter, { companyId: northwind, kind: "jsonld", locator: page });
    if (!added.ok) throw new Error(added.message);
    expect(await setImportSourceEnabled(t.db, ids.recruiter, { sourceId: added.value.id, enabled: "false" })).toEqual({
      ok: true,
      value: undefined,
    });
    const skipped = await syncAllSources(t.db);
    expect(skipped.every((r) => !r.ok || r.value.sourceId !== added.value.id)).toBe(true);
    await setImportSourceEnabled(t.db, ids.recruiter, { sourceId: added.value.id, enabled: "true" });
    const all = await syncAllSources(t.db);
    const mine = all.find((r) => r.ok && r.value.sourceId === added.value.id);
    expect(mine).toMatchObject({ ok: true, value: { new: 2, skipped: 1 } });
    const [devops] = await t.db.select().from(jobs).where(eq(jobs.externalId, "TS-77"));
    expect(devops).toMatchObject({
      workplace: "remote",
      location: "Remote (Germany, Poland)",
      salaryCurrency: "EUR",
      roleFamily: "devops",
    });
  });
});
