import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import { companies, jobs } from "@/db/schema";
import { fromURLSearchParams, parseSearchParams, type SearchParams } from "@/lib/search/params";
import { getSalaryHistogram } from "@/lib/search/histogram";
import { getJobsBySearch } from "@/lib/search/query";
import { getSearchFacets } from "@/lib/search/summary";
import { getSearchSuggestions } from "@/lib/search/suggestions";
import { pruneExpiredRows } from "@/lib/maintenance/prune";
import { estimateRows, newestMatches } from "@/lib/jobs/keyset";
import { tsquerySelectivity } from "@/lib/search/selectivity";
import { RARE_WORDS_SHARE, wordStats, withTextQuery } from "@/lib/search/terms";
import { createTestDatabase, rowsOf, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
const DAY = 86_400_000;

function P(qs: string): SearchParams {
  const r = parseSearchParams(fromURLSearchParams(new URLSearchParams(qs)));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const search = (qs: string, opts?: { rankCap?: number; sampleCap?: number }) => getJobsBySearch(P(qs), t.db, opts);
// Totals and facets are exact up to the sample cap (500 matches for a text search); tests
// of what matches compare exact counts, so they lift it.
const EXACT = { sampleCap: 100_000 };

/** Open listings matching extra SQL, counted directly. */
async function openCount(extra: SQL = sql`true`) {
  const [row] = rowsOf<{ n: number }>(
    await t.db.execute(sql`select count(*)::int as n from jobs j
      where status = 'published' and (valid_through is null or valid_through > now()) and ${extra}`),
  );
  return row!.n;
}
const hasSkill = (slug: string) =>
  sql`exists (select 1 from job_skills js join skills s on s.id = js.skill_id where js.job_id = j.id and s.slug = ${slug})`;

/** Follows nextCursor to the end; returns every id seen, in order. */
async function walk(qs: string, opts?: { rankCap?: number; sampleCap?: number }) {
  const ids: number[] = [];
  let cursor = "";
  for (let i = 0; i < 500; i++) {
    const page = await search(`${qs}&limit=23${cursor ? `&cursor=${cursor}` : ""}`, opts);
    ids.push(...page.items.map((j) => j.id));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
  throw new Error("pagination did not end");
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db);
  const [company] = await t.db.select().from(companies).limit(1);
  const now = Date.now();
  const base = {
    companyId: company!.id,
    companyName: company!.name,
    roleFamily: "backend" as const,
    level: "mid" as const,
    employmentType: "full_time" as const,
    workplace: "remote" as const,
    location: "Remote (Europe)",
    applyUrl: "https://example.test/apply",
    salaryMin: 100_000,
    salaryMax: 120_000,
  };
  // A rare word in a title and, on a newer listing, only in a description; plus listings
  // that carry it but must never be returned.
  await t.db.insert(jobs).values([
    {
      ...base,
      slug: "q-title",
      title: "Quokkadb Engineer",
      description: "Plain text.",
      status: "published",
      publishedAt: new Date(now - 3 * DAY),
      validThrough: new Date(now + 30 * DAY),
    },
    {
      ...base,
      slug: "q-body",
      title: "Storage Engineer",
      description: "You will tune quokkadb clusters.",
      status: "published",
      publishedAt: new Date(now - DAY),
      validThrough: new Date(now + 30 * DAY),
    },
    { ...base, slug: "q-draft", title: "Quokkadb Engineer", description: "x", status: "draft" },
    {
      ...base,
      slug: "q-closed",
      title: "Quokkadb Engineer",
      description: "x",
      status: "closed",
      publishedAt: new Date(now - DAY),
      validThrough: new Date(now + 30 * DAY),
    },
    {
      ...base,
      slug: "q-expired",
      title: "Quokkadb Engineer",
      description: "x",
      status: "published",
      publishedAt: new Date(now - 40 * DAY),
      validThrough: new Date(now - DAY),
    },
  ]);
});
afterAll(() => t?.drop());

describe(`search filters (${process.env.TEST_DB})`, () => {
  it("returns open listings only, newest first", async () => {
    const page = await search("q=quokkadb&sort=newest");
    expect(page.items.map((j) => j.slug)).toEqual(["q-body", "q-title"]);
    const all = await search("");
    expect(all.total).toBe(await openCount());
    const times = all.items.map((j) => j.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("filters by workplace, level and type (each repeatable)", async () => {
    expect((await search("workplace=remote&workplace=hybrid")).total).toBe(
      await openCount(sql`workplace in ('remote', 'hybrid')`),
    );
    expect((await search("level=senior,lead")).total).toBe(await openCount(sql`level in ('senior', 'lead')`));
    const freelance = await search("type=freelance");
    expect(freelance.total).toBe(await openCount(sql`employment_type = 'freelance'`));
    expect(freelance.total).toBeGreaterThan(0);
    expect(freelance.items.every((j) => j.employmentType === "freelance")).toBe(true);
  });

  it("filters by annual USD pay, keeping listings without pay only when asked", async () => {
    const reaches = sql`coalesce(salary_max_usd, salary_min_usd) >= 150000`;
    expect((await search("salaryMin=150000")).total).toBe(await openCount(reaches));
    expect((await search("salaryMin=150000&includeNoSalary=1")).total).toBe(
      await openCount(sql`(${reaches} or salary_min_usd is null)`),
    );
    expect(await openCount(sql`salary_min_usd is null`)).toBeGreaterThan(0);
  });

  it("filters by company, all of several skills, location, age and guide", async () => {
    expect((await search("company=tesorio")).total).toBe(
      await openCount(sql`company_id = (select id from companies where slug = 'tesorio')`),
    );
    const both = await search("skill=postgresql&skill=docker");
    expect(both.total).toBe(await openCount(sql`${hasSkill("postgresql")} and ${hasSkill("docker")}`));
    expect(both.items.every((j) => ["postgresql", "docker"].every((s) => j.skills.some((k) => k.slug === s)))).toBe(
      true,
    );
    expect((await search("skill=no-such-skill")).total).toBe(0);
    expect((await search("skill=postgresql&skill=no-such-skill")).total).toBe(0);
    // A known city: its own listings, and the remote roles open to its country or a region
    // containing it; on-site and hybrid roles elsewhere in the country do not match.
    const remoteInGermany = sql`(workplace = 'remote' and (location ilike '%germany%' or country ilike '%germany%'
      or location ilike '%europe%' or location ilike '%emea%' or location ilike '%worldwide%'))`;
    expect((await search("location=berlin")).total).toBe(
      await openCount(sql`(location ilike '%berlin%' or ${remoteInGermany})`),
    );
    expect((await search("location=berlin&workplace=hybrid&workplace=onsite")).total).toBe(
      await openCount(sql`location ilike '%berlin%' and workplace <> 'remote'`),
    );
    const zurichRemote = (await search("location=Zurich&workplace=remote")).total;
    expect(zurichRemote).toBeGreaterThan(0); // the remote roles open to Europe, EMEA or Worldwide
    expect((await search("location=zürich&workplace=remote")).total).toBe(zurichRemote);
    // A country also finds the remote roles open to a region containing it (lib/search/regions.ts).
    expect((await search("location=germany")).total).toBe(
      await openCount(
        sql`(location ilike '%germany%' or country ilike '%germany%' or (workplace = 'remote' and (location ilike '%europe%' or location ilike '%emea%' or location ilike '%worldwide%')))`,
      ),
    );
    expect((await search("location=100%25")).total).toBe(0);
    expect((await search("postedWithin=7")).total).toBe(
      await openCount(sql`published_at >= now() - interval '7 days'`),
    );
    expect((await search("guide=backend-engineer")).total).toBe(await openCount(sql`role_family = 'backend'`));
  });

  it("combines filters with text", async () => {
    const page = await search("q=backend&workplace=remote&level=senior&salaryMin=150000&skill=aws");
    expect(page.total).toBe(
      await openCount(sql`search_vector @@ websearch_to_tsquery('english', 'backend') and workplace = 'remote' and level = 'senior'
        and coalesce(salary_max_usd, salary_min_usd) >= 150000 and ${hasSkill("aws")}`),
    );
    expect(page.total).toBeGreaterThan(0);
  });

  it("understands phrases, exclusions and OR", async () => {
    const phrase = await search('q="site reliability"');
    expect(phrase.total).toBe(await openCount(sql`search_vector @@ phraseto_tsquery('english', 'site reliability')`));
    expect(phrase.total).toBeGreaterThan(0);
    const noJava = await search("q=backend -java&limit=50", EXACT);
    expect(noJava.items.every((j) => !j.skills.some((s) => s.slug === "java"))).toBe(true);
    expect(noJava.total).toBeLessThan((await search("q=backend", EXACT)).total);
    const swift = (await search("q=swift", EXACT)).total;
    const kotlin = (await search("q=kotlin", EXACT)).total;
    const either = (await search("q=swift or kotlin", EXACT)).total;
    expect(either).toBeGreaterThanOrEqual(Math.max(swift, kotlin));
    expect(either).toBeLessThanOrEqual(swift + kotlin);
    expect(either).toBe(
      await openCount(
        sql`(search_vector @@ to_tsquery('english', 'swift') or search_vector @@ to_tsquery('english', 'kotlin'))`,
      ),
    );
  });
});

describe(`search ranking and sorting (${process.env.TEST_DB})`, () => {
  it("ranks a title match above a description match, and newest breaks ties", async () => {
    expect((await search("q=quokkadb")).items.map((j) => j.slug)).toEqual(["q-title", "q-body"]);
    expect((await search("q=quokkadb&sort=newest")).items.map((j) => j.slug)).toEqual(["q-body", "q-title"]);
  });

  it("sorts by pay, highest first, listings without pay last", async () => {
    const page = await search("sort=salary&limit=50");
    const [top] = rowsOf<{ v: number }>(
      await t.db.execute(
        sql`select max(coalesce(salary_max_usd, salary_min_usd)) as v from jobs where status = 'published' and valid_through > now()`,
      ),
    );
    expect(page.items[0]!.salaryMax).not.toBeNull();
    const ids = await walk("sort=salary&guide=backend-engineer");
    const pays = rowsOf<{ id: number; v: number | null }>(
      await t.db.execute(sql`select id, coalesce(salary_max_usd, salary_min_usd) as v from jobs where id in ${ids}`),
    );
    const byId = new Map(pays.map((r) => [r.id, r.v === null ? null : Number(r.v)]));
    const seq = ids.map((id) => byId.get(id) ?? null);
    expect(Number(seq[0])).toBeLessThanOrEqual(Number(top!.v));
    const firstNull = seq.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(seq.slice(firstNull).every((v) => v === null)).toBe(true);
    const paid = seq.slice(0, firstNull) as number[];
    expect([...paid].sort((a, b) => b - a)).toEqual(paid);
  });

  it("pages every sort with keyset cursors, visiting each match exactly once", async () => {
    for (const [qs, expected] of [
      ["sort=newest&guide=backend-engineer", await openCount(sql`role_family = 'backend'`)],
      ["sort=salary&workplace=remote", await openCount(sql`workplace = 'remote'`)],
      ["q=engineer", await openCount(sql`search_vector @@ websearch_to_tsquery('english', 'engineer')`)],
    ] as const) {
      const ids = await walk(qs);
      expect(ids.length, qs).toBe(expected);
      expect(new Set(ids).size, qs).toBe(expected);
    }
  });

  it("continues past the ranked set in date order, still exactly once", async () => {
    const expected = await openCount(sql`search_vector @@ websearch_to_tsquery('english', 'engineer')`);
    expect(expected).toBeGreaterThan(200);
    const ids = await walk("q=engineer", { rankCap: 50 });
    expect(ids).toHaveLength(expected);
    expect(new Set(ids).size).toBe(expected);
  });

  it("reads the newest matches window by window: the same rows, in the same order, as one scan", async () => {
    // The seed spreads postings over 60 days, so these cross every window (NEWEST_WINDOW_DAYS).
    const open = sql`status = 'published' and (valid_through is null or valid_through > now())`;
    const words = (q: string) => sql`${open} and search_vector @@ websearch_to_tsquery('english', ${q})`;
    for (const [name, where] of [
      ["engineer", words("engineer")],
      ["rust", words("rust")],
      ["site reliability", words('"site reliability"')],
      ["backend engineer -java", words('"backend engineer" -java')],
      ["open", open],
    ] as const) {
      const total = await openCount(where);
      for (const limit of [1, 7, 60, 400, total + 5]) {
        const one = rowsOf<{ id: number }>(
          await t.db.execute(
            sql`select id from jobs where ${where} order by published_at desc, id desc limit ${limit}`,
          ),
        ).map((r) => Number(r.id));
        const windowed = rowsOf<{ id: number }>(
          await t.db.execute(
            sql`select id from (${newestMatches(sql`${jobs.publishedAt} as published_at, ${jobs.id} as id`, where, limit)}) w`,
          ),
        ).map((r) => Number(r.id));
        expect(windowed, `${name}, limit ${limit}`).toEqual(one);
      }
      expect(total, name).toBeGreaterThan(0);
    }
  });

  it("reads rare words by window and common ones newest first, paging every match exactly once", async () => {
    await t.db.execute(sql`analyze jobs`); // the choice reads the planner's estimate
    expect((await withTextQuery(P("q=rust"), t.db)).rareWords).toBe(true);
    expect((await withTextQuery(P("q=engineer"), t.db)).rareWords).toBe(false);
    for (const qs of ["q=rust", 'q="site reliability"', "q=rust&workplace=remote"]) {
      const expected = await openCount(
        sql`search_vector @@ websearch_to_tsquery('english', ${new URLSearchParams(qs).get("q")})
          and ${qs.includes("remote") ? sql`workplace = 'remote'` : sql`true`}`,
      );
      expect(expected, qs).toBeGreaterThan(3);
      // Caps below the match count: the ranked set and the sample end inside the windows.
      const ids = await walk(qs, { rankCap: 3, sampleCap: 3 });
      expect(ids, qs).toHaveLength(expected);
      expect(new Set(ids).size, qs).toBe(expected);
    }
  });

  it("estimates the words' share of listings as the planner's EXPLAIN does, without a statement per search", async () => {
    await t.db.execute(sql`analyze jobs`);
    const stats = await wordStats(t.db, { fresh: true });
    expect(stats?.freq.size).toBeGreaterThan(100);
    const queries = [
      "rust",
      "engineer",
      "backend",
      "python developer",
      '"site reliability"',
      "backend OR python",
      "engineer -java",
      "golang",
      "node js",
      "c++",
      "senior backend engineer remote",
      "zzqx",
      "-engineer",
    ];
    const tsqs: string[] = [];
    const listings = await estimateRows(t.db, sql`true`);
    for (const q of queries) {
      const { tsq } = await withTextQuery(P(`q=${encodeURIComponent(q)}`), t.db);
      expect(tsq, q).toBeTruthy();
      tsqs.push(tsq!);
      const explained = await estimateRows(t.db, sql`search_vector @@ ${tsq}::tsquery`);
      const share = tsquerySelectivity(tsq!, stats);
      // EXPLAIN rounds to whole rows, at least 1.
      expect(Math.abs(Math.max(1, share * listings) - explained), `${q}: ${tsq}`).toBeLessThanOrEqual(1);
      expect(share <= RARE_WORDS_SHARE, q).toBe(explained <= listings * RARE_WORDS_SHARE);
    }
    expect(tsquerySelectivity(tsqs[0]!, stats)).toBeLessThan(RARE_WORDS_SHARE); // rust
    expect(tsquerySelectivity(tsqs[1]!, stats)).toBeGreaterThan(RARE_WORDS_SHARE); // engineer
    // Cost per search, measured in one run: two EXPLAINs (before) against the cached statistics (now).
    const rounds = 100;
    let start = performance.now();
    for (let i = 0; i < rounds; i++) {
      const tsq = tsqs[i % tsqs.length]!;
      await Promise.all([estimateRows(t.db, sql`search_vector @@ ${tsq}::tsquery`), estimateRows(t.db, sql`true`)]);
    }
    const explainMs = (performance.now() - start) / rounds;
    start = performance.now();
    for (let i = 0; i < rounds; i++) tsquerySelectivity(tsqs[i % tsqs.length]!, await wordStats(t.db));
    const statsMs = (performance.now() - start) / rounds;
    console.log(
      `rarity per search (${t.name}): two EXPLAINs ${explainMs.toFixed(3)} ms, statistics ${statsMs.toFixed(3)} ms`,
    );
    expect(statsMs).toBeLessThan(explainMs);
  });

  it("ranks the same page whether or not the summary was already cached", async () => {
    // The first call finds no cached summary and ranks in the summary's statement; the
    // second reuses the summary and ranks with a statement of its own.
    for (const qs of ["q=engineer&level=mid&limit=7", "q=backend OR python&workplace=remote&limit=9"]) {
      const first = await search(qs, { rankCap: 40 });
      const second = await search(qs, { rankCap: 40 });
      expect(first.items.length, qs).toBeGreaterThan(0);
      expect(
        second.items.map((j) => j.id),
        qs,
      ).toEqual(first.items.map((j) => j.id));
      expect(second.nextCursor, qs).toBe(first.nextCursor);
      expect(second.total, qs).toBe(first.total);
    }
  });

  it("pages exactly once when the sample is cut off before the ranked set fills", async () => {
    // Few onsite listings among the newest 60 engineer matches: the candidates must then
    // come from the listings themselves, not the sample.
    const expected = await openCount(
      sql`workplace = 'onsite' and search_vector @@ websearch_to_tsquery('english', 'engineer')`,
    );
    const ids = await walk("q=engineer&workplace=onsite", { rankCap: 50, sampleCap: 60 });
    expect(ids).toHaveLength(expected);
    expect(new Set(ids).size).toBe(expected);
  });

  it("counts exactly under the sample cap, and estimates (flagged) above it", async () => {
    const exact = await openCount(sql`search_vector @@ websearch_to_tsquery('english', 'engineer')`);
    const page = await search("q=engineer", { sampleCap: exact + 1 });
    expect(page.total).toBe(exact);
    expect(page.totalIsEstimate).toBe(false);
    expect(page.facets.sampled).toBe(false);
    // By default a text search samples its newest 500 matches (the ones relevance ranks).
    expect(exact).toBeGreaterThan(500);
    await t.db.execute(sql`analyze jobs`); // the estimate reads the planner's statistics
    const sampled = await search("q=engineer");
    expect(sampled.facets).toMatchObject({ sampled: true, sampleSize: 500 });
    // Sampled counts are scaled to the estimated total: a facet's values add up to it.
    const levels = sampled.facets.level.reduce((a, f) => a + f.count, 0);
    expect(Math.abs(levels - sampled.total)).toBeLessThanOrEqual(sampled.facets.level.length);
    const capped = await getJobsBySearch(P("q=engineer"), t.db, { sampleCap: 100 });
    expect(capped.totalIsEstimate).toBe(true);
    expect(capped.facets.sampled).toBe(true);
    // Postgres' estimate: the right order of magnitude, never below the sample.
    expect(capped.total).toBeGreaterThanOrEqual(100);
    expect(capped.total).toBeGreaterThan(exact / 3);
    expect(capped.total).toBeLessThan(exact * 3);
    // Facets then estimate from the newest 100 matches, scaled to the estimated total.
    const places = capped.facets.workplace.reduce((a, f) => a + f.count, 0);
    expect(Math.abs(places - capped.total)).toBeLessThanOrEqual(capped.facets.workplace.length);
  });

  it("counts a filtered text search exactly when its filters leave at most the cap (issue 14)", async () => {
    await t.db.execute(sql`analyze jobs`);
    const words = sql`search_vector @@ websearch_to_tsquery('english', 'engineer')`;
    expect(await openCount(words)).toBeGreaterThan(500); // the words alone are sampled
    const [few] = rowsOf<{ slug: string }>(
      await t.db.execute(sql`select c.slug from jobs j join companies c on c.id = j.company_id
        where j.status = 'published' and (j.valid_through is null or j.valid_through > now()) and ${words}
        group by c.slug having count(*) >= 5 order by count(*), c.slug limit 1`),
    );
    const cases: [string, SQL][] = [
      [`q=engineer&company=${few!.slug}`, sql`company_id = (select id from companies where slug = ${few!.slug})`],
      ["q=engineer&level=lead", sql`level = 'lead'`],
      ["q=engineer&skill=react", hasSkill("react")],
      ["q=engineer&level=lead&workplace=remote", sql`level = 'lead' and workplace = 'remote'`],
    ];
    for (const [qs, filter] of cases) {
      const expected = await openCount(sql`${words} and ${filter}`);
      expect(expected, qs).toBeGreaterThan(0);
      expect(expected, qs).toBeLessThanOrEqual(500);
      const page = await search(qs);
      expect({ total: page.total, estimate: page.totalIsEstimate }, qs).toEqual({ total: expected, estimate: false });
      expect(await walk(qs), qs).toHaveLength(expected);
      // A facet without a chosen value counts every match exactly, and is not marked.
      const params = new URLSearchParams(qs);
      for (const key of ["workplace", "level", "type"] as const) {
        if (params.has(key)) continue;
        expect(page.facets.estimates, qs).not.toContain(key);
        for (const f of page.facets[key]) {
          expect(f.count, `${qs} ${key}=${f.value}`).toBe(
            await openCount(
              sql`${words} and ${filter} and ${sql.raw(key === "type" ? "employment_type" : key)} = ${f.value}`,
            ),
          );
        }
        expect(
          page.facets[key].reduce((a, f) => a + f.count, 0),
          `${qs} ${key}`,
        ).toBe(expected);
      }
      // The chosen value's count is the total.
      if (params.has("level")) expect(page.facets.level.find((f) => f.value === "lead")?.count).toBe(expected);
    }
    // Past the cap the total stays an estimate, flagged, and the chosen value's count is it.
    const big = await search("q=engineer&level=senior", { sampleCap: 20 });
    expect(big.totalIsEstimate).toBe(true);
    expect(big.facets.sampled).toBe(true);
    expect(big.facets.level.find((f) => f.value === "senior")?.count).toBe(big.total);
  });

  it("gives a chosen facet value the count of the total it leads to, sampled or exact", async () => {
    await t.db.execute(sql`analyze jobs`);
    const base = await search("q=engineer");
    expect(base.facets.sampled).toBe(true); // over 500 matches: counts are estimates
    const topSkill = base.facets.skills[0]!.value;
    const rareSkill = (await search("q=engineer&limit=1", EXACT)).facets.skills.at(-1)!.value;
    const company = base.facets.companies[0]!.value;
    for (const qs of [
      "q=engineer&workplace=remote",
      "q=engineer&level=senior",
      "q=engineer&type=full_time",
      `q=engineer&skill=${topSkill}`,
      `q=engineer&company=${company}`,
      "q=engineer&level=senior&workplace=hybrid",
      "workplace=remote",
      "level=senior&type=contract",
    ]) {
      for (const opts of [undefined, { sampleCap: 50 }, EXACT]) {
        const page = await search(qs, opts);
        const chosen = new URLSearchParams(qs);
        const lists = {
          workplace: page.facets.workplace,
          level: page.facets.level,
          type: page.facets.type,
          skill: page.facets.skills,
          company: page.facets.companies,
        };
        for (const [key, list] of Object.entries(lists)) {
          const value = chosen.get(key);
          if (!value) continue;
          // The number beside the chosen filter is the result total the user sees.
          expect(list.find((f) => f.value === value)?.count, `${qs} ${key} ${JSON.stringify(opts)}`).toBe(page.total);
        }
      }
    }
    // A chosen skill outside the top 20 is still listed, with the total.
    const rare = await search(`q=engineer&skill=${rareSkill}`);
    expect(rare.total).toBeGreaterThan(0);
    expect(rare.facets.skills.find((f) => f.value === rareSkill)?.count).toBe(rare.total);
  });
});

describe(`facets, histogram and suggestions (${process.env.TEST_DB})`, () => {
  it("counts each facet value as the search with that value would, own filter off", async () => {
    const base = "q=backend&workplace=remote&level=senior";
    const facets = await getSearchFacets(P(base), t.db, EXACT);
    expect(facets.sampled).toBe(false);
    for (const f of facets.workplace)
      expect(f.count, f.value).toBe((await search(`q=backend&level=senior&workplace=${f.value}`, EXACT)).total);
    for (const f of facets.level)
      expect(f.count, f.value).toBe((await search(`q=backend&workplace=remote&level=${f.value}`, EXACT)).total);
    for (const f of facets.type) expect(f.count, f.value).toBe((await search(`${base}&type=${f.value}`, EXACT)).total);
    expect(facets.skills.length).toBeGreaterThan(3);
    for (const f of facets.skills.slice(0, 5))
      expect(f.count, f.value).toBe((await search(`${base}&skill=${f.value}`, EXACT)).total);
    for (const f of facets.companies.slice(0, 3))
      expect(f.count, f.value).toBe((await search(`${base}&company=${f.value}`, EXACT)).total);
    // Values that occur only outside the other filters are left out, not listed at 0.
    for (const f of [...facets.workplace, ...facets.level, ...facets.type]) expect(f.count, f.value).toBeGreaterThan(0);
    expect(facets.type.length).toBeLessThan(5); // no internships among remote senior backend roles
    const counts = facets.skills.map((s) => s.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    // With the level filter on, the workplace counts add up to the filtered total.
    const remoteTotal = (await search(base, EXACT)).total;
    expect(facets.workplace.find((f) => f.value === "remote")?.count).toBe(remoteTotal);
  });

  it("builds a pay histogram over the results that show pay", async () => {
    const h = await getSalaryHistogram(P("guide=backend-engineer"), t.db);
    expect(h.buckets).toHaveLength(16);
    expect(h.buckets.reduce((a, b) => a + b.count, 0)).toBe(h.sampleSize);
    expect(h.sampleSize).toBe(await openCount(sql`role_family = 'backend' and salary_min_usd is not null`));
    expect(h.median).toBeGreaterThan(100_000);
  });

  it("suggests the closest skill, company or title for a misspelled query", async () => {
    expect((await search("q=kubrenetes")).total).toBe(0);
    expect(await getSearchSuggestions("kubrenetes", t.db)).toContainEqual({
      kind: "skill",
      label: "Kubernetes",
      value: "kubernetes",
    });
    expect(await getSearchSuggestions("tesorrio", t.db)).toContainEqual({
      kind: "company",
      label: "Tesorio",
      value: "tesorio",
    });
    const titles = await getSearchSuggestions("Backnd Enginer", t.db);
    expect(titles.some((s) => s.kind === "title" && /backend engineer/i.test(s.label))).toBe(true);
    expect(await getSearchSuggestions("zz", t.db)).toEqual([]);
  });

  it("suggests only titles with an open listing, from a title list every write keeps whole", async () => {
    // listing_titles is added to by a trigger on jobs (migration 0025) and pruned daily: it
    // must hold every published title, and after the prune only those.
    const published = async () =>
      rowsOf<{ title: string }>(
        await t.db.execute(sql`select distinct title from jobs where status = 'published' order by 1`),
      ).map((r) => r.title);
    const kept = async () =>
      rowsOf<{ title: string }>(await t.db.execute(sql`select title from listing_titles order by 1`)).map(
        (r) => r.title,
      );
    const holdsAll = async () => expect(await kept()).toEqual(expect.arrayContaining(await published()));
    const suggestsTitle = async (typo: string, title: string) =>
      (await getSearchSuggestions(typo, t.db)).some((s) => s.kind === "title" && s.label === title);
    await holdsAll();
    const [company] = await t.db.select().from(companies).limit(1);
    const [row] = await t.db
      .insert(jobs)
      .values({
        companyId: company!.id,
        companyName: company!.name,
        slug: "axolotl-keeper",
        title: "Axolotl Keeper Lead",
        description: "Tanks.",
        roleFamily: "data",
        level: "lead",
        employmentType: "full_time",
        workplace: "onsite",
        location: "Lisbon, Portugal",
        applyUrl: "https://example.test/apply",
        status: "published",
        publishedAt: new Date(),
        validThrough: new Date(Date.now() + 10 * DAY),
      })
      .returning({ id: jobs.id });
    const where = sql`id = ${row!.id}`;
    expect(await suggestsTitle("Axolotl Keper Lead", "Axolotl Keeper Lead")).toBe(true);
    await t.db.execute(sql`update jobs set status = 'closed' where ${where}`);
    expect(await suggestsTitle("Axolotl Keper Lead", "Axolotl Keeper Lead")).toBe(false);
    await t.db.execute(sql`update jobs set status = 'published', title = 'Axolotl Tank Lead' where ${where}`);
    await holdsAll();
    expect(await suggestsTitle("Axolotl Tnk Lead", "Axolotl Tank Lead")).toBe(true);
    expect(await suggestsTitle("Axolotl Keper Lead", "Axolotl Keeper Lead")).toBe(false);
    // Open until the moment it closes, then not suggested.
    await t.db.execute(sql`update jobs set valid_through = now() + interval '1 minute' where ${where}`);
    expect(await suggestsTitle("Axolotl Tnk Lead", "Axolotl Tank Lead")).toBe(true);
    await t.db.execute(sql`update jobs set valid_through = now() - interval '1 minute' where ${where}`);
    expect(await suggestsTitle("Axolotl Tnk Lead", "Axolotl Tank Lead")).toBe(false);
    // The prune drops titles no published listing has (the closed one's old title), and
    // keeps every published one.
    await t.db.execute(sql`delete from jobs where ${where}`);
    expect(await kept()).toContain("Axolotl Keeper Lead");
    // A title lost to a race (pruned while a new listing of it was not yet committed) is put back.
    const lost = (await published())[0]!;
    await t.db.execute(sql`delete from listing_titles where title = ${lost}`);
    const deleted = await pruneExpiredRows(t.db);
    expect(deleted.listingTitles).toBeGreaterThanOrEqual(2);
    expect(deleted.listingTitlesRestored).toBe(1);
    expect(await kept()).toEqual(await published());
  });

  it("suggests the skill a typo means, even a swapped pair in a short word", async () => {
    const cases: [string, string][] = [
      ["pyhton", "python"],
      ["javscript", "javascript"],
      ["kubernets", "kubernetes"],
      ["postgress", "postgresql"],
      ["pyhton developer", "python"],
      ["Typscript", "typescript"],
    ];
    for (const [typo, slug] of cases) {
      const first = (await getSearchSuggestions(typo, t.db))[0];
      expect(first, typo).toMatchObject({ kind: "skill", value: slug });
    }
    // The words themselves are not corrected into something else.
    expect((await getSearchSuggestions("python", t.db)).filter((s) => s.kind === "skill")[0]?.value).toBe("python");
    // A query a typo of nothing known gets no skill from the edit distance.
    expect((await getSearchSuggestions("qwxzv", t.db)).filter((s) => s.kind === "skill")).toEqual([]);
    // Through the search: no results, and the suggestion to read.
    expect((await search("q=pyhton")).total).toBe(0);
  });
});
