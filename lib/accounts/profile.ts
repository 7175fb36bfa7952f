import { asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db";
import { JOB_LEVELS, PROFILE_VISIBILITIES, WORKPLACES } from "@/db/enums";
import { guides, skills, userSkills, users } from "@/db/schema";
import { failure, ok, type Issue, type Result } from "@/lib/result";
import { line } from "@/lib/validation/fields";

const optionalInt = z.preprocess(
  (v) => (v === "" || v === null || v === undefined ? null : v),
  z.coerce
    .number({ error: "Enter a number of years" })
    .int("Use whole years")
    .min(0, "Use 0 or more")
    .max(60, "Use 60 or fewer")
    .nullable(),
);

export const profileSchema = z.object({
  name: line({ min: 1, max: 100, required: "Tell us your name", tooLong: "Use at most 100 characters" }),
  headline: line({ max: 120, tooLong: "Keep the headline under 120 characters" }),
  location: line({ max: 100, tooLong: "Use at most 100 characters" }),
  yearsExperience: optionalInt,
  targetGuide: z
    .string()
    .trim()
    .regex(/^([a-z0-9-]{1,80})?$/, "Choose a guide from the list"),
  targetLevel: z.union([z.enum(JOB_LEVELS, { error: "Choose a level from the list" }), z.literal("")]),
  visibility: z.enum(PROFILE_VISIBILITIES, { error: "Choose who can see your profile" }),
  workplacePreference: z
    .union([z.enum(WORKPLACES, { error: "Choose remote, hybrid, on-site or no preference" }), z.literal("")])
    .default(""),
  skills: z.array(z.string().regex(/^[a-z0-9-]{1,60}$/, "Unknown skill")).max(60, "Choose at most 60 skills"),
});

export type ProfileInput = z.infer<typeof profileSchema>;

export async function getProfile(database: Database, userId: string) {
  const [row] = await database
    .select({
      name: users.name,
      email: users.email,
      headline: users.headline,
      location: users.location,
      yearsExperience: users.yearsExperience,
      targetLevel: users.targetLevel,
      visibility: users.profileVisibility,
      workplacePreference: users.workplacePreference,
      targetGuide: guides.slug,
    })
    .from(users)
    .leftJoin(guides, eq(guides.id, users.targetGuideId))
    .where(eq(users.id, userId));
  if (!row) return null;
  const mine = await database
    .select({ slug: skills.slug })
    .from(userSkills)
    .innerJoin(skills, eq(skills.id, userSkills.skillId))
    .where(eq(userSkills.userId, userId));
  return { ...row, skills: mine.map((s) => s.slug).sort() };
}

/** What the profile form offers: every guide and the shared skills list by category. */
export async function getProfileOptions(database: Database) {
  const [guideRows, skillRows] = await Promise.all([
    database
      .select({ slug: guides.slug, title: guides.title })
      .from(guides)
      .where(eq(guides.published, true))
      .orderBy(asc(guides.title)),
    database
      .select({ slug: skills.slug, name: skills.name, category: skills.category })
      .from(skills)
      .orderBy(asc(skills.category), asc(skills.name)),
  ]);
  return { guides: guideRows, skills: skillRows };
}

/** Saves the profile and replaces its skills in one transaction. Unknown guide or skills: field errors. */
export async function updateProfile(database: Database, userId: string, input: ProfileInput): Promise<Result> {
  return database.transaction(async (tx) => {
    const issues: Issue[] = [];
    let targetGuideId: number | null = null;
    if (input.targetGuide) {
      const [g] = await tx.select({ id: guides.id }).from(guides).where(eq(guides.slug, input.targetGuide));
      if (!g) issues.push({ path: "targetGuide", message: "Choose a guide from the list" });
      else targetGuideId = g.id;
    }
    const wanted = [...new Set(input.skills)];
    const found = wanted.length
      ? await tx.select({ id: skills.id, slug: skills.slug }).from(skills).where(inArray(skills.slug, wanted))
      : [];
    if (found.length !== wanted.length) issues.push({ path: "skills", message: "Choose skills from the list" });
    if (issues.length) return failure("invalid", "Check the highlighted fields. Nothing was changed.", issues);
    await tx
      .update(users)
      .set({
        name: input.name,
        headline: input.headline,
        location: input.location,
        yearsExperience: input.yearsExperience,
        targetGuideId,
        targetLevel: input.targetLevel || null,
        profileVisibility: input.visibility,
        workplacePreference: input.workplacePreference || null,
      })
      .where(eq(users.id, userId));
    await tx.delete(userSkills).where(eq(userSkills.userId, userId));
    if (found.length) await tx.insert(userSkills).values(found.map((s) => ({ userId, skillId: s.id })));
    return ok();
  });
}
