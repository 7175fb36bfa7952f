import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { companies, jobs } from "@/db/schema";
import { findRenamedSlug, repairLegacySlugs } from "@/lib/slug-redirects";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let t: TestDatabase;

async function company(name: string, slug: string) {
  const [row] = await t.db.insert(companies).values({ name, slug }).returning({ id: companies.id });
  return row!.id;
}
async function listing(companyId: number, title: string, slug: string) {
  const [row] = await t.db
    .insert(jobs)
    .values({
      companyId,
      companyName: "x",
      slug,
      title,
      roleFamily: "backend",
      description: "A role.",
      level: "senior",
      employmentType: "full_time",
      workplace: "onsite",
      location: "Zürich, Switzerland",
      applyUrl: "https://example.test/apply",
      status: "published",
      publishedAt: new Date(),
    })
    .returning({ id: jobs.id });
  return row!.id;
}
const slugOf = async (table: typeof companies | typeof jobs, id: number) =>
  (await t.db.select({ slug: table.slug }).from(table).where(eq(table.id, id)))[0]!.slug;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.drop());

describe(`slugs the old slugify mangled (${process.env.TEST_DB})`, () => {
  it("rewrites them, keeps the old ones as redirects, and leaves good or chosen slugs alone", async () => {
    const sg = await company("Société Générale", "socie-te-ge-ne-rale");
    const orsted = await company("Ørsted", "rsted");
    const chosen = await company("Zürich Versicherung", "zurich-insurance"); // the owner picked it
    const plain = await company("Acme", "acme");
    const inZurich = await listing(
      sg,
      "Backend Engineer, Zürich",
      "backend-engineer-zu-rich-socie-te-ge-ne-rale-ab12cd34",
    );
    const plainJob = await listing(plain, "Backend Engineer", "backend-engineer-acme-ff00ff00");
    const orstedJob = await listing(orsted, "Data Engineer", "data-engineer-rsted-0a1b2c3d");

    expect(await repairLegacySlugs(t.db)).toEqual({ companies: 2, jobs: 2 });
    expect(await slugOf(companies, sg)).toBe("societe-generale");
    expect(await slugOf(companies, orsted)).toBe("orsted");
    expect(await slugOf(companies, chosen)).toBe("zurich-insurance");
    expect(await slugOf(jobs, inZurich)).toBe("backend-engineer-zurich-societe-generale-ab12cd34");
    expect(await slugOf(jobs, orstedJob)).toBe("data-engineer-orsted-0a1b2c3d");
    expect(await slugOf(jobs, plainJob)).toBe("backend-engineer-acme-ff00ff00");

    expect(await findRenamedSlug("company", "socie-te-ge-ne-rale", t.db)).toBe("societe-generale");
    expect(await findRenamedSlug("job", "backend-engineer-zu-rich-socie-te-ge-ne-rale-ab12cd34", t.db)).toBe(
      "backend-engineer-zurich-societe-generale-ab12cd34",
    );
    expect(await findRenamedSlug("job", "no-such-listing", t.db)).toBeNull();

    // Run again (every start runs it): nothing left to move.
    expect(await repairLegacySlugs(t.db)).toEqual({ companies: 0, jobs: 0 });
  });
});
