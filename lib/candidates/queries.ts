import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db";
import { rowsOf } from "@/db/rows";
import {
  candidateMessages,
  companies,
  companyMembers,
  jobs,
  jobSkills,
  skills,
  users,
  type JobLevel,
  type Workplace,
} from "@/db/schema";
import type { SkillRef } from "@/lib/matches/describe";
import { failure, ok, type Result } from "@/lib/result";
import { CANDIDATES_MAX_PAGE, CANDIDATES_PAGE_SIZE, type CandidateSearchInput } from "./validation";

/*
 * The recruiters' candidate search and the message lists. Only seekers whose profile says
 * "Who can see your profile: Recruiters on Ladder" (profile_visibility = 'public') are ever
 * read: the condition is in every statement (and is the predicate of the partial index
 * users_public_seekers_idx), so a private profile appears in no result and no count.
 */

/** The one definition of a searchable profile, used by every statement of this module. */
const PUBLIC_SEEKER = sql`u.profile_visibility = 'public' and u.role = 'seeker'`;

/** A recruiter who may search: role read from the database, a company member, email confirmed. */
export type RecruiterSeat = { userId: string; companyId: number; companyName: string; email: string };

/**
 * The recruiter's seat, or a refusal: `forbidden` for anyone who is not a recruiter of a
 * company, and for a recruiter whose email address is not confirmed yet (a candidate's
 * reply is mailed there, so it must be theirs).
 */
export async function recruiterSeat(database: Database, userId: string): Promise<Result<RecruiterSeat>> {
  const [row] = await database
    .select({
      role: users.role,
      email: users.email,
      verified: users.emailVerified,
      companyId: companyMembers.companyId,
      companyName: companies.name,
    })
    .from(users)
    .leftJoin(companyMembers, eq(companyMembers.userId, users.id))
    .leftJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(eq(users.id, userId))
    .orderBy(asc(companyMembers.createdAt))
    .limit(1);
  if (row?.role !== "recruiter") return failure("forbidden", "The candidate search is for recruiter accounts.");
  if (!row.companyId || !row.companyName) return failure("forbidden", "Create or join a company first.");
  if (!row.verified) {
    return failure("forbidden", "Confirm your email address first: candidates' replies are mailed to it.");
  }
  return ok({ userId, companyId: row.companyId, companyName: row.companyName, email: row.email });
}

/** One candidate on a result page. `fits`: how many of the role's skills they have; `verified`: of those, marked done on a roadmap. */
export type Candidate = {
  id: string;
  name: string;
  headline: string;
  location: string;
  yearsExperience: number | null;
  targetLevel: JobLevel | null;
  workplacePreference: Workplace | null;
  fits: number;
  verified: number;
  /** Every skill on the profile, the role's first; `verified`: marked done on a roadmap. */
  skills: (SkillRef & { verified: boolean; asked: boolean })[];
};

export type CandidateSearchPage = {
  /** The role the search ranks against: a listing's title (or null for picked skills) and its skills. */
  role: { title: string | null; skills: SkillRef[] };
  total: number;
  page: number;
  pageCount: number;
  items: Candidate[];
};

/** Skills the user marked done on a roadmap (a done skill milestone), as `us` rows: SQL for a boolean. */
const verifiedSql = sql`exists (select 1 from roadmap_progress rp
  join roadmap_milestones m on m.id = rp.milestone_id
  where rp.user_id = us.user_id and m.skill_id = us.skill_id and rp.status = 'done')`;

/** `%` and `_` in the typed text are literal, not wildcards. */
const likeContains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filterSql(input: CandidateSearchInput): SQL {
  const parts: SQL[] = [PUBLIC_SEEKER];
  if (input.level) parts.push(sql`u.target_level = ${input.level}`);
  if (input.minYears !== null) parts.push(sql`u.years_experience >= ${input.minYears}`);
  if (input.maxYears !== null) parts.push(sql`u.years_experience <= ${input.maxYears}`);
  if (input.location) parts.push(sql`u.location ilike ${likeContains(input.location)}`);
  if (input.workplace) parts.push(sql`u.workplace_preference = ${input.workplace}`);
  return sql.join(parts, sql` and `);
}

type Row = {
  id: string;
  name: string | null;
  headline: string;
  location: string;
  years_experience: number | null;
  target_level: JobLevel | null;
  workplace_preference: Workplace | null;
  fits: number | string;
  verified: number | string;
  total: number | string;
};

/**
 * The recruiter's candidate search: public seekers only, filtered by target level, years
 * (inclusive bounds), location (contains, any case) and workplace preference. With a role
 * (one of the company's listings, `job`, and/or picked `skill`s) only candidates with at
 * least one of its skills appear, ranked like /me/matches in reverse: most of the role's
 * skills first ("fits 8 of 9"), then most of those verified on a roadmap, then newest
 * profile. Without one, newest profiles first. Pages of CANDIDATES_PAGE_SIZE; `total`
 * counts public profiles only. Refusals: not a recruiter seat (forbidden), a listing of
 * another company or an unknown skill (invalid, on `job` / `skill`).
 */
export async function searchCandidates(
  database: Database,
  userId: string,
  input: CandidateSearchInput,
): Promise<Result<CandidateSearchPage>> {
  const seat = await recruiterSeat(database, userId);
  if (!seat.ok) return seat;
  let title: string | null = null;
  const roleSkills = new Map<number, SkillRef>();
  if (input.job !== "") {
    const [job] = await database
      .select({ title: jobs.title })
      .from(jobs)
      .where(and(eq(jobs.id, input.job), eq(jobs.companyId, seat.value.companyId)));
    if (!job) {
      return failure("invalid", "Choose one of your company's listings.", [
        { path: "job", message: "Choose one of your company's listings" },
      ]);
    }
    title = job.title;
    const asked = await database
      .select({ id: skills.id, slug: skills.slug, name: skills.name })
      .from(jobSkills)
      .innerJoin(skills, eq(skills.id, jobSkills.skillId))
      .where(eq(jobSkills.jobId, input.job))
      .orderBy(asc(skills.name));
    for (const s of asked) roleSkills.set(s.id, { slug: s.slug, name: s.name });
  }
  const picked = [...new Set(input.skill)];
  if (picked.length) {
    const found = await database
      .select({ id: skills.id, slug: skills.slug, name: skills.name })
      .from(skills)
      .where(inArray(skills.slug, picked));
    if (found.length !== picked.length) {
      return failure("invalid", "Choose skills from the list.", [
        { path: "skill", message: "Choose skills from the list" },
      ]);
    }
    for (const s of found) roleSkills.set(s.id, { slug: s.slug, name: s.name });
  }
  const ids = [...roleSkills.keys()];
  const offset = (input.page - 1) * CANDIDATES_PAGE_SIZE;
  const where = filterSql(input);
  const skillList = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  // With a role: from the role's skills (user_skills by skill id) to the public profiles that
  // have them, one group per candidate; a skill is verified when its roadmap milestone is
  // done (a left join on roadmap_progress' primary key). Without: the public profiles
  // themselves, newest first (the partial index).
  const statement = ids.length
    ? sql`select u.id, u.name, u.headline, u.location, u.years_experience, u.target_level, u.workplace_preference,
               count(distinct us.skill_id) as fits,
               count(distinct us.skill_id) filter (where rp.user_id is not null) as verified,
               count(*) over () as total
        from user_skills us
        join users u on u.id = us.user_id
        left join roadmap_milestones m on m.skill_id = us.skill_id
        left join roadmap_progress rp on rp.user_id = us.user_id and rp.milestone_id = m.id and rp.status = 'done'
        where us.skill_id in (${skillList}) and ${where}
        group by u.id
        order by fits desc, verified desc, u.created_at desc, u.id
        limit ${CANDIDATES_PAGE_SIZE} offset ${offset}`
    : sql`select u.id, u.name, u.headline, u.location, u.years_experience, u.target_level, u.workplace_preference,
               0 as fits, 0 as verified, count(*) over () as total
        from users u where ${where}
        order by u.created_at desc, u.id
        limit ${CANDIDATES_PAGE_SIZE} offset ${offset}`;
  const rows = rowsOf(await database.execute(statement)) as Row[];
  // Past the last page there are no rows to carry the total: count once more.
  const total = rows.length ? Number(rows[0]!.total) : offset === 0 ? 0 : await countCandidates(database, where, ids);
  const skillsByUser = await profileSkills(
    database,
    rows.map((r) => r.id),
  );
  return ok({
    role: { title, skills: [...roleSkills.values()] },
    total,
    page: input.page,
    pageCount: Math.min(CANDIDATES_MAX_PAGE, Math.max(1, Math.ceil(total / CANDIDATES_PAGE_SIZE))),
    items: rows.map((r) => {
      const own = skillsByUser.get(r.id) ?? [];
      const marked = own.map((s) => ({ ...s, asked: [...roleSkills.values()].some((k) => k.slug === s.slug) }));
      return {
        id: r.id,
        name: r.name ?? "",
        headline: r.headline,
        location: r.location,
        yearsExperience: r.years_experience === null ? null : Number(r.years_experience),
        targetLevel: r.target_level,
        workplacePreference: r.workplace_preference,
        fits: Number(r.fits),
        verified: Number(r.verified),
        skills: [...marked.filter((s) => s.asked), ...marked.filter((s) => !s.asked)],
      };
    }),
  });
}

async function countCandidates(database: Database, where: SQL, ids: number[]): Promise<number> {
  const statement = ids.length
    ? sql`select count(distinct us.user_id) as n from user_skills us join users u on u.id = us.user_id
          where us.skill_id in (${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )}) and ${where}`
    : sql`select count(*) as n from users u where ${where}`;
  const [row] = rowsOf(await database.execute(statement)) as { n: number | string }[];
  return Number(row?.n ?? 0);
}

/** The profile skills of the page's candidates, each marked when it is verified on a roadmap. */
async function profileSkills(database: Database, userIds: string[]) {
  const out = new Map<string, (SkillRef & { verified: boolean })[]>();
  if (!userIds.length) return out;
  const rows = rowsOf(
    await database.execute(sql`select us.user_id, s.slug, s.name, ${verifiedSql} as verified
      from user_skills us join skills s on s.id = us.skill_id
      where us.user_id in (${sql.join(
        userIds.map((id) => sql`${id}`),
        sql`, `,
      )})
      order by s.name`),
  ) as { user_id: string; slug: string; name: string; verified: boolean }[];
  for (const r of rows) {
    const list = out.get(r.user_id) ?? out.set(r.user_id, []).get(r.user_id)!;
    list.push({ slug: r.slug, name: r.name, verified: Boolean(r.verified) });
  }
  return out;
}

/** What the search form offers: the company's listings (as roles) and the skills list. */
export async function getCandidateSearchOptions(database: Database, companyId: number) {
  const [listings, skillRows] = await Promise.all([
    database
      .select({ id: jobs.id, title: jobs.title, status: jobs.status })
      .from(jobs)
      .where(eq(jobs.companyId, companyId))
      .orderBy(desc(jobs.createdAt))
      .limit(100),
    database
      .select({ slug: skills.slug, name: skills.name, category: skills.category })
      .from(skills)
      .orderBy(asc(skills.category), asc(skills.name)),
  ]);
  return { listings, skills: skillRows };
}

/**
 * Messages the company's recruiters sent, newest first. The candidate's email address is
 * there only once they replied (it came with the reply); until then, their name only.
 */
export async function getSentMessages(database: Database, companyId: number, limit = 50) {
  const rows = await database
    .select({
      id: candidateMessages.id,
      subject: candidateMessages.subject,
      body: candidateMessages.body,
      reply: candidateMessages.reply,
      repliedAt: candidateMessages.repliedAt,
      createdAt: candidateMessages.createdAt,
      candidateName: users.name,
      candidateEmail: users.email,
    })
    .from(candidateMessages)
    .innerJoin(users, eq(users.id, candidateMessages.candidateId))
    .where(eq(candidateMessages.companyId, companyId))
    .orderBy(desc(candidateMessages.createdAt), desc(candidateMessages.id))
    .limit(limit);
  return rows.map(({ candidateEmail, ...r }) => ({
    ...r,
    candidateName: r.candidateName ?? "A candidate",
    candidateEmail: r.repliedAt ? candidateEmail : null,
  }));
}

/**
 * A candidate's inbox: the messages recruiters sent them, newest first, with the company.
 * The recruiter's address is there only after the candidate replied (the reply went to it).
 */
export async function getInbox(database: Database, userId: string, limit = 50) {
  const rows = await database
    .select({
      id: candidateMessages.id,
      subject: candidateMessages.subject,
      body: candidateMessages.body,
      reply: candidateMessages.reply,
      repliedAt: candidateMessages.repliedAt,
      createdAt: candidateMessages.createdAt,
      companyName: companies.name,
      companySlug: companies.slug,
      recruiterName: users.name,
      recruiterEmail: users.email,
    })
    .from(candidateMessages)
    .innerJoin(companies, eq(companies.id, candidateMessages.companyId))
    .leftJoin(users, eq(users.id, candidateMessages.recruiterId))
    .where(eq(candidateMessages.candidateId, userId))
    .orderBy(desc(candidateMessages.createdAt), desc(candidateMessages.id))
    .limit(limit);
  return rows.map(({ recruiterEmail, ...r }) => ({ ...r, recruiterEmail: r.repliedAt ? recruiterEmail : null }));
}

/** How many messages wait for the candidate's reply (the /me badge). */
export async function countUnanswered(database: Database, userId: string): Promise<number> {
  const [row] = await database
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(candidateMessages)
    .where(and(eq(candidateMessages.candidateId, userId), isNull(candidateMessages.repliedAt)));
  return row?.n ?? 0;
}
