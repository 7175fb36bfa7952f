import { inspect } from "node:util";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.drop());

const EMAIL = "private.person@example.test";
const HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2VjcmV0c2FsdA$secrethashvalue";

/** What a log line of the error would show: Next prints the stack and util.inspect of it. */
async function logged(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return `${String(error)}\n${(error as Error).stack}\n${inspect(error, { depth: 6, showHidden: false })}`;
  }
  throw new Error("the query did not fail");
}

describe(`failed queries keep values out of the logs (${process.env.TEST_DB})`, () => {
  it("a unique violation on users names neither the email nor the password hash", async () => {
    await t.db.insert(users).values({ email: EMAIL, passwordHash: HASH });
    const text = await logged(() => t.db.insert(users).values({ email: EMAIL, passwordHash: HASH }));
    expect(text).toContain("Failed query");
    expect(text).toMatch(/insert into "users"/);
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain("secrethashvalue");
  });

  it("a value the column refuses (NUL, a bad integer) is not echoed", async () => {
    const nul = await logged(() =>
      t.db
        .select()
        .from(users)
        .where(eq(users.email, `${EMAIL}\u0000`)),
    );
    expect(nul).not.toContain(EMAIL);
    const int = await logged(() => t.db.execute(sql`select ${`${EMAIL}-not-a-number`}::int`));
    expect(int).not.toContain(EMAIL);
  });
});
