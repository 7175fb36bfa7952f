import { desc } from "drizzle-orm";
import { db as appDb, type Database } from "@/db";
import { mailMessages } from "@/db/schema";

/** The newest `limit` mails (any transport), newest first: the development outbox page. */
export async function getOutbox(limit = 50, database: Database = appDb) {
  return database
    .select({
      id: mailMessages.id,
      to: mailMessages.to,
      subject: mailMessages.subject,
      template: mailMessages.template,
      html: mailMessages.html,
      firstLink: mailMessages.firstLink,
      transport: mailMessages.transport,
      sentAt: mailMessages.sentAt,
      createdAt: mailMessages.createdAt,
      lastError: mailMessages.lastError,
    })
    .from(mailMessages)
    .orderBy(desc(mailMessages.id))
    .limit(limit);
}
