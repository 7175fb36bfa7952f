import "server-only";
import { eq } from "drizzle-orm";
import { db, type Database } from "@/db";
import { companies, companyMembers, users } from "@/db/schema";

/**
 * What /me's account settings need: whether the account has a password (else it signs in
 * with GitHub or Google only, and deletion is confirmed by typing the email), and the
 * company it belongs to, if any (then it cannot switch away from recruiter). Null for an
 * unknown user.
 */
export async function getAccountSettings(userId: string, database: Database = db) {
  const [row] = await database
    .select({ passwordHash: users.passwordHash, role: users.role, company: companies.name })
    .from(users)
    .leftJoin(companyMembers, eq(companyMembers.userId, users.id))
    .leftJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(eq(users.id, userId))
    .limit(1);
  return row ? { hasPassword: row.passwordHash !== null, role: row.role, company: row.company } : null;
}
