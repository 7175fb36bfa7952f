import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMigrations } from "@/db/migrate";
import { companies, jobs } from "@/db/schema";
import { createTestDatabase, rowsOf, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.drop());

describe(`migrations from empty (${process.env.TEST_DB})`, () => {
  it("creates every table of the schema and pg_trgm", async () => {
    const tables = rowsOf<{ table_name: string }>(
      await t.db.execute(
        sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
      ),
    ).map((r) => r.table_name);
    for (const name of [
      "users",
      "accounts",
      "sessions",
      "verification_tokens",
      "companies",
      "company_members",
      "skills",
      "jobs",
      "job_skills",
      "guides",
      "career_levels",
      "certifications",
      "faq_entries",
      "guide_timeline_entries",
      "guide_skill_areas",
    ]) {
      expect(tables).toContain(name);
    }
    const ext = rowsOf<{ extname: string }>(
      await t.db.execute(sql`select extname from pg_extension where extname = 'pg_trgm'`),
    );
    expect(ext).toHaveLength(1);
  });

  it("is safe to run again", async () => {
    await expect(runMigrations(t)).resolves.toBeUndefined();
  });

  it("computes the weighted search vector and annual USD pay in the database", async () => {
    const [company] = await t.db.insert(companies).values({ slug: "acme", name: "Acme Rockets" }).returning();
    const [job] = await t.db
      .insert(jobs)
      .values({
        companyId: company!.id,
        companyName: "Acme Rockets",
        skillsText: "Kubernetes PostgreSQL",
        slug: "x",
        title: "Backend Engineer",
        roleFamily: "backend",
        description: "We write Go services.",
        level: "mid",
        employmentType: "contract",
        workplace: "remote",
        location: "Remote (Europe)",
        salaryMin: 50,
        salaryMax: 60,
        salaryCurrency: "EUR",
        salaryPeriod: "hour",
        applyUrl: "https://acme.example/apply",
        status: "published",
        publishedAt: new Date(),
      })
      .returning();
    // 50 EUR an hour: 50 * 2080 hours * 1.08 USD/EUR.
    expect(job!.salaryMinUsd).toBe(Math.round(50 * 2080 * 1.08));
    expect(job!.salaryMaxUsd).toBe(Math.round(60 * 2080 * 1.08));
    const ranks = rowsOf<{ title: number; company: number; body: number }>(
      await t.db.execute(sql`select
        ts_rank(search_vector, to_tsquery('english', 'backend')) as title,
        ts_rank(search_vector, to_tsquery('english', 'acme')) as company,
        ts_rank(search_vector, to_tsquery('english', 'services')) as body
        from jobs where slug = 'x'`),
    )[0]!;
    expect(Number(ranks.title)).toBeGreaterThan(Number(ranks.company));
    expect(Number(ranks.company)).toBeGreaterThan(Number(ranks.body));
    expect(Number(ranks.body)).toBeGreaterThan(0);
  });
});
