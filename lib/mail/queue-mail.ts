import type { Database } from "@/db";
import { mailMessages } from "@/db/schema";
import { enqueue } from "@/lib/queue";
import { sendMailJob } from "./jobs";
import type { TemplateName, TemplateProps } from "./templates";

/**
 * Queues one mail: a row in mail_messages (template and props, rendered later by the
 * `mail.send` job) and a job to deliver it. `key` names the message once and for all
 * ("password_reset:<token id>", "digest:<search id>:<run>"): queuing the same key again
 * changes nothing and answers null, which is what makes a re-run digest or a retried
 * request safe. Answers the message id.
 *
 * The row is written first and the job after: if the process dies between the two, the
 * hourly `mail.resend` sweep queues the message again (lib/mail/jobs.ts).
 */
export async function queueMail<N extends TemplateName>(
  database: Database,
  message: MailInput<N>,
): Promise<number | null> {
  const id = await storeMail(database, message);
  if (id !== null) await enqueueDelivery(database, id);
  return id;
}

type MailInput<N extends TemplateName> = {
  key: string;
  to: string;
  userId?: string | null;
  template: N;
  props: TemplateProps<N>;
};

/**
 * The first half of `queueMail`, for use inside a transaction (the message commits with
 * the writes it belongs to): call `enqueueDelivery` with the id after the commit. A job
 * queued inside the transaction could run before the row is visible, and on PGlite would
 * wait on the transaction forever. Answers null when `key` was queued before.
 */
export async function storeMail<N extends TemplateName>(
  database: Pick<Database, "insert">,
  message: MailInput<N>,
): Promise<number | null> {
  const [row] = await database
    .insert(mailMessages)
    .values({
      key: message.key,
      to: message.to,
      userId: message.userId ?? null,
      template: message.template,
      props: message.props,
    })
    .onConflictDoNothing({ target: mailMessages.key })
    .returning({ id: mailMessages.id });
  return row?.id ?? null;
}

/** Queues delivery of a stored message (idempotent: delivery checks `sent_at`). */
export async function enqueueDelivery(database: Database, messageId: number): Promise<void> {
  await enqueue(sendMailJob, { messageId }, { database });
}
