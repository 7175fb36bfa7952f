import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GUIDE_MODULES } from "@/content/guides";
import { DEMO_ACCOUNTS, seedDatabase } from "@/db/seed";
import { companySeeds } from "@/db/seed/data/companies";
import { createTestDatabase, rowsOf, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db);
});
afterAll(() => t?.drop());

async function counts() {
  type Counts = {
    skills: number;
    companies: number;
    jobs: number;
    job_skills: number;
    guides: number;
    levels: number;
    faqs: number;
    users: number;
  };
  return rowsOf<Counts>(
    await t.db.execute(sql`select
      (select count(*)::int from skills) as skills,
      (select count(*)::int from companies) as companies,
      (select count(*)::int from jobs) as jobs,
      (select count(*)::int from job_skills) as job_skills,
      (select count(*)::int from guides) as guides,
      (select count(*)::int from career_levels) as levels,
      (select count(*)::int from faq_entries) as faqs,
      (select count(*)::int from users) as users`),
  )[0]!;
}

describe(`seed (${process.env.TEST_DB})`, () => {
  it("inserts listings in the order they were posted, as a live board fills its table", async () => {
    // Ids follow publication (drafts, never published, come last): the newest listings sit
    // together on disk, which is what the search benchmark's text queries rely on.
    const [row] = rowsOf<{ out_of_order: number; n: number }>(
      await t.db
        .execute(sql`select count(*) filter (where prev_at > created_at)::int as out_of_order, count(*)::int as n
        from (select created_at, lag(created_at) over (order by id) as prev_at from jobs) x`),
    );
    expect(row!.n).toBeGreaterThan(1000);
    expect(row!.out_of_order).toBe(0);
  });

  it("writes every guide, companies and a realistic mix of listings", async () => {
    const c = await counts();
    expect(c.companies).toBeGreaterThanOrEqual(40);
    expect(c.guides).toBe(GUIDE_MODULES.length);
    expect(c.levels).toBe(5 * GUIDE_MODULES.length);
    expect(c.faqs).toBe(GUIDE_MODULES.reduce((n, g) => n + g.faqs.length, 0));
    const named = rowsOf<{ name: string }>(await t.db.execute(sql`select name from companies where verified`)).map(
      (r) => r.name,
    );
    for (const name of [
      "Raya",
      "Windfalldata",
      "Truffle Security",
      "Whalar",
      "Memfault",
      "Tesorio",
      "Pennylane",
      "Fairmarkit",
      "Novo",
    ]) {
      expect(named).toContain(name);
    }
    const mix = rowsOf<Record<string, number>>(
      await t.db.execute(sql`select
        count(*) filter (where status = 'published' and valid_through > now())::int as open,
        count(*) filter (where status = 'published' and valid_through > now() and role_family = 'backend')::int as backend,
        count(*) filter (where status = 'published' and valid_through <= now())::int as expired,
        count(*) filter (where status = 'closed')::int as closed,
        count(*) filter (where status = 'draft')::int as drafts,
        count(distinct role_family)::int as families,
        count(*) filter (where employment_type = 'freelance')::int as freelance,
        count(distinct workplace)::int as workplaces,
        min(published_at) > now() - interval '61 days' as recent
        from jobs`),
    )[0]!;
    expect(mix.open).toBeGreaterThanOrEqual(1200);
    expect(mix.backend).toBeGreaterThanOrEqual(350);
    expect(mix.backend).toBeLessThanOrEqual(420);
    expect(mix.expired).toBeGreaterThan(0);
    expect(mix.closed).toBeGreaterThan(0);
    expect(mix.drafts).toBeGreaterThan(0);
    expect(mix.families).toBe(6);
    expect(mix.freelance).toBeGreaterThan(0);
    expect(mix.workplaces).toBe(3);
    expect(mix.recent).toBe(true);
  });

  it("puts the backend median pay near the guide's reference figure", async () => {
    const [row] = rowsOf<{ median: number }>(
      await t.db
        .execute(sql`select percentile_cont(0.5) within group (order by (salary_min_usd + salary_max_usd) / 2.0) as median
        from jobs where role_family = 'backend' and status = 'published' and valid_through > now() and salary_min_usd is not null`),
    );
    expect(Number(row!.median)).toBeGreaterThan(140_000);
    expect(Number(row!.median)).toBeLessThan(190_000);
  });

  it("creates no demo accounts unless asked", async () => {
    expect((await counts()).users).toBe(0);
  });

  it("is idempotent: a second run adds nothing", async () => {
    const before = await counts();
    const result = await seedDatabase(t.db);
    expect(result.jobsInserted).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it("extends deterministically with --jobs and adds demo accounts with --demo", async () => {
    const before = await counts();
    const result = await seedDatabase(t.db, { jobs: before.jobs + 50, demo: true });
    expect(result.jobsInserted).toBe(50);
    expect(result.demoAccounts).toBe(DEMO_ACCOUNTS.length);
    const after = await counts();
    expect(after.jobs).toBe(before.jobs + 50);
    expect(after.users).toBe(DEMO_ACCOUNTS.length);
    const member = rowsOf<{ slug: string }>(
      await t.db.execute(
        sql`select c.slug from company_members m join companies c on c.id = m.company_id join users u on u.id = m.user_id where u.email = 'recruiter@ladder.test'`,
      ),
    );
    expect(member.map((m) => m.slug)).toEqual(["tesorio"]);
    // The demo seeker starts part-way along the roadmap, so matches have something to rank.
    const seekerSkills = rowsOf<{ slug: string }>(
      await t.db
        .execute(sql`select s.slug from user_skills us join skills s on s.id = us.skill_id join users u on u.id = us.user_id
        where u.email = 'seeker@ladder.test' order by s.slug`),
    );
    expect(seekerSkills.map((s) => s.slug)).toEqual([...DEMO_ACCOUNTS[0]!.profile!.skills].sort());
    // A second run leaves a demo user's own changes alone.
    await t.db.execute(
      sql`delete from user_skills where user_id = (select id from users where email = 'seeker@ladder.test')`,
    );
    await seedDatabase(t.db, { jobs: before.jobs + 50, demo: true });
    const [left] = rowsOf<{ n: number }>(
      await t.db.execute(
        sql`select count(*)::int as n from user_skills us join users u on u.id = us.user_id where u.email = 'seeker@ladder.test'`,
      ),
    );
    expect(left!.n).toBe(0);
    const [hash] = rowsOf<{ password_hash: string }>(await t.db.execute(sql`select password_hash from users limit 1`));
    expect(hash!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(companySeeds.some((c) => c.slug === "tesorio")).toBe(true);
  });

  // Large seeds (npm run bench -- --jobs 1000000) load with COPY and rebuild the indexes and
  // foreign keys afterwards; they must give the same rows, links and schema as the INSERT path.
  it.runIf(process.env.TEST_DB === "postgres")("loads the same listings with COPY as with INSERT batches", async () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const copied = await createTestDatabase();
    const batched = await createTestDatabase();
    try {
      const schemaOf = async (db: TestDatabase["db"]) =>
        rowsOf<{ def: string }>(
          await db.execute(sql`select pg_get_indexdef(indexrelid) as def from pg_index
            where indrelid in ('jobs'::regclass, 'job_skills'::regclass)
            union all select pg_get_constraintdef(oid) from pg_constraint where conrelid in ('jobs'::regclass, 'job_skills'::regclass)
            order by 1`),
        ).map((r) => r.def);
      const before = await schemaOf(copied.db);
      // Part by INSERT, the rest by COPY: extending keeps what is there.
      await seedDatabase(copied.db, { jobs: 300, now });
      const result = await seedDatabase(copied.db, { jobs: 1500, now, bulkFrom: 1 });
      expect(result.jobsInserted).toBe(1200);
      await seedDatabase(batched.db, { jobs: 1500, now });
      const digest = async (db: TestDatabase["db"]) =>
        rowsOf<{ jobs: string; links: string; n: number }>(
          await db.execute(sql`select
            (select md5(string_agg(concat_ws('|', slug, title, description, skill_ids::text, search_vector::text, status,
              published_at, valid_through, salary_top_usd, place, company_name), ',' order by slug)) from jobs) as jobs,
            (select md5(string_agg(j.slug || ':' || s.slug, ',' order by j.slug, s.slug))
               from job_skills js join jobs j on j.id = js.job_id join skills s on s.id = js.skill_id) as links,
            (select count(*)::int from jobs) as n`),
        )[0]!;
      const a = await digest(copied.db);
      expect(a.n).toBe(1500);
      expect(a).toEqual(await digest(batched.db));
      // Every index and constraint is back as the migrations made it.
      expect(await schemaOf(copied.db)).toEqual(before);
      // Listed in posting order, as the INSERT path does.
      const [order] = rowsOf<{ out_of_order: number }>(
        await copied.db.execute(sql`select count(*) filter (where prev_at > created_at)::int as out_of_order
          from (select created_at, lag(created_at) over (order by id) as prev_at from jobs where id > 300) x`),
      );
      expect(order!.out_of_order).toBe(0);
    } finally {
      await copied.drop();
      await batched.drop();
    }
  });
});
