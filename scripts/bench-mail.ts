/* `npm run bench:mail`: the time to build and send the job-alert digests of 1,000 saved
   searches on real Postgres, at 100k listings (`-- --jobs N` for another count). Builds
   with runDigests (the hourly job's code), then delivers every digest to an SMTP server in
   this process (smtp-server, port 3265 or BENCH_SMTP_PORT), four sends at a time. */
import { parseArgs } from "node:util";
import { and, eq, inArray, isNull, like, sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";
import { seedDatabase } from "../db/seed";
import { jobs, mailMessages, savedSearches, users } from "../db/schema";
import { env, toolEnv } from "../env";
import { runDigests } from "../lib/alerts/digest";
import { deliverMessage } from "../lib/mail/deliver";
import { stopQueue } from "../lib/queue";
import { progressBar } from "./cli";

const { values: args } = parseArgs({ options: { jobs: { type: "string", default: "100000" } } });
const listings = Number(args.jobs);
const url = toolEnv().BENCH_DATABASE_URL ?? env().DATABASE_URL;
if (!url) {
  console.error("npm run bench:mail needs a real Postgres: set BENCH_DATABASE_URL or DATABASE_URL.");
  process.exit(1);
}
const SEARCHES = 1000;
const port = Number(process.env.BENCH_SMTP_PORT ?? 3265);
process.env.AUTH_SECRET ??= "bench-mail-secret-bench-mail-secret";

let received = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _s, done) {
    stream.on("data", () => {});
    stream.on("end", () => {
      received++;
      done();
    });
  },
});
await new Promise<void>((r) => smtp.listen(port, "127.0.0.1", () => r()));

const handle = openDatabase({ url });
const db = handle.db;
try {
  await runMigrations(handle);
  const [have] = await db.select({ n: sql<number>`count(*)::int` }).from(jobs);
  if ((have?.n ?? 0) < listings) {
    console.log(`Seeding to ${listings} listings...`);
    await seedDatabase(db, { jobs: listings, onProgress: progressBar("Listings") });
  }
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(jobs);

  // 1,000 verified people, one saved search each, due now, watermark a week back.
  await db.delete(users).where(like(users.email, "bench-mail-%"));
  const queries = [
    "q=engineer",
    "level=senior",
    "workplace=remote",
    "q=backend&level=senior",
    "q=python",
    "level=junior&workplace=remote",
    "q=kubernetes",
    "q=data",
    "sort=newest",
    "q=golang&workplace=remote",
  ];
  const made = await db
    .insert(users)
    .values(
      Array.from({ length: SEARCHES }, (_, i) => ({
        email: `bench-mail-${i}@example.test`,
        emailVerified: new Date(),
      })),
    )
    .returning({ id: users.id });
  await db.insert(savedSearches).values(
    made.map((u, i) => ({
      userId: u.id,
      name: `Bench ${i}`,
      query: queries[i % queries.length]!,
      feedToken: `bench-mail-${i}-${Date.now()}`,
      alertFrequency: i % 2 ? ("daily" as const) : ("weekly" as const),
      alertsFrom: sql`now() - interval '7 days'`,
      lastDigestAt: sql`now() - interval '8 days'`,
    })),
  );
  const userIds = made.map((u) => u.id);

  let t0 = performance.now();
  const built = await runDigests(db);
  const buildMs = performance.now() - t0;

  const pending = await db
    .select({ id: mailMessages.id })
    .from(mailMessages)
    .where(and(inArray(mailMessages.userId, userIds), isNull(mailMessages.sentAt)));
  t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < pending.length) {
        const m = pending[next++]!;
        await deliverMessage(db, m.id, { smtpUrl: `smtp://127.0.0.1:${port}` });
      }
    }),
  );
  const sendMs = performance.now() - t0;
  const [sent] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mailMessages)
    .where(and(inArray(mailMessages.userId, userIds), eq(mailMessages.transport, "smtp")));
  console.log(
    `Digests for ${SEARCHES} saved searches at ${count?.n} listings (Postgres):\n` +
      `  build ${(buildMs / 1000).toFixed(1)} s (${built.processed} searches, ${built.mailed} digests; ${(buildMs / SEARCHES).toFixed(1)} ms a search)\n` +
      `  send  ${(sendMs / 1000).toFixed(1)} s (${sent?.n} mails rendered and accepted by SMTP, ${received} received; 4 at a time)\n` +
      `  total ${((buildMs + sendMs) / 1000).toFixed(1)} s`,
  );
  await db.delete(users).where(like(users.email, "bench-mail-%"));
} finally {
  await stopQueue();
  await handle.close();
  smtp.close();
}
