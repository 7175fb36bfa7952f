import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import { users } from "@/db/schema";
import { getProfile, profileSchema, updateProfile } from "@/lib/accounts/profile";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
let ana: string;
const base = {
  name: "Ana",
  headline: "Backend engineer",
  location: "Lisbon",
  yearsExperience: 4,
  targetGuide: "backend-engineer",
  targetLevel: "senior" as const,
  visibility: "public" as const,
  workplacePreference: "remote" as const,
  skills: ["go", "postgresql"],
};

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { jobs: 0 });
  ana = (await t.db.insert(users).values({ email: "ana@example.test", name: "A" }).returning({ id: users.id }))[0]!.id;
});
afterAll(() => t?.drop());

describe(`profile (${process.env.TEST_DB})`, () => {
  it("saves fields, target guide and level, and replaces the skills", async () => {
    expect(await updateProfile(t.db, ana, base)).toEqual({ ok: true });
    expect(await getProfile(t.db, ana)).toMatchObject({ ...base, skills: ["go", "postgresql"] });
    expect(
      await updateProfile(t.db, ana, {
        ...base,
        skills: ["kubernetes"],
        targetGuide: "",
        targetLevel: "",
        yearsExperience: null,
      }),
    ).toEqual({ ok: true });
    expect(await getProfile(t.db, ana)).toMatchObject({
      skills: ["kubernetes"],
      targetGuide: null,
      targetLevel: null,
      yearsExperience: null,
    });
  });

  it("refuses unknown skills or guides and changes nothing", async () => {
    const before = await getProfile(t.db, ana);
    expect(await updateProfile(t.db, ana, { ...base, name: "Changed", skills: ["go", "cobol-9000"] })).toMatchObject({
      ok: false,
      issues: [{ path: "skills", message: "Choose skills from the list" }],
    });
    expect(await updateProfile(t.db, ana, { ...base, name: "Changed", targetGuide: "astronaut" })).toMatchObject({
      ok: false,
      issues: [{ path: "targetGuide", message: "Choose a guide from the list" }],
    });
    expect(await getProfile(t.db, ana)).toEqual(before);
  });

  it("validates each field with its own message", () => {
    const r = profileSchema.safeParse({
      ...base,
      name: "",
      yearsExperience: "-3",
      targetLevel: "wizard",
      visibility: "everyone",
      headline: "x".repeat(121),
    });
    expect(r.error!.issues.map((i) => i.path[0]).sort()).toEqual([
      "headline",
      "name",
      "targetLevel",
      "visibility",
      "yearsExperience",
    ]);
    expect(profileSchema.parse({ ...base, yearsExperience: "" }).yearsExperience).toBeNull();
  });
});
