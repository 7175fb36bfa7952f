import { and, count, eq, gt, min } from "drizzle-orm";
import type { Database } from "@/db";
import { candidateMessages, users } from "@/db/schema";
import { enqueueDelivery, storeMail } from "@/lib/mail/queue-mail";
import { publicOrigin } from "@/lib/public-origin";
import { catchRefusal, issuesFromZod, ok, rateLimited, refuse, Refusal, type Result } from "@/lib/result";
import { recruiterSeat } from "./queries";
import { candidateMessageInput, candidateReplyInput, MESSAGES_PER_DAY } from "./validation";

/*
 * Messages between recruiters and the candidates they found. The recruiter writes on Ladder;
 * the candidate gets it by mail and in their inbox (/me/messages), and answers there. Until
 * that answer, neither side has the other's address: the recruiter sees a name, the
 * candidate a company. The reply is mailed to the recruiter's confirmed address with the
 * candidate's, and from then on each side's page shows the other's address.
 *
 * Each write runs in one transaction (the row and its mail, lib/mail/queue-mail.ts), and the
 * mail is queued for delivery after the commit. A refusal throws, so nothing is half-written.
 */

const CHECK_FIELDS = "Check the highlighted fields. Nothing was sent.";
const DAY_MS = 86_400_000;

/**
 * A recruiter (member of a company, email confirmed) sends `{ candidateId, subject, body }`
 * to a seeker whose profile is open to recruiters. Answers the message id. Refusals:
 * forbidden (not a recruiter seat), not_found (unknown or private profile: the same
 * answer, so a private profile cannot be probed), invalid (field issues), rate_limited
 * (MESSAGES_PER_DAY in the last 24 hours, with Retry-After).
 */
export async function sendCandidateMessage(
  database: Database,
  userId: string,
  raw: unknown,
  now = new Date(),
): Promise<Result<{ messageId: number }>> {
  const sent = await catchRefusal(() =>
    database.transaction(async (tx) => {
      // The recruiter's row is locked: two sends at once count each other against the limit.
      await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
      const seat = await recruiterSeat(tx, userId);
      if (!seat.ok) refuse(seat.reason, seat.message);
      const parsed = candidateMessageInput.safeParse(raw);
      if (!parsed.success) refuse("invalid", CHECK_FIELDS, issuesFromZod(parsed.error, "form"));
      const input = parsed.data;
      const [candidate] = await tx
        .select({ email: users.email, name: users.name })
        .from(users)
        .where(and(eq(users.id, input.candidateId), eq(users.role, "seeker"), eq(users.profileVisibility, "public")));
      if (!candidate) refuse("not_found", "That candidate's profile is not open to recruiters.");
      const since = new Date(now.getTime() - DAY_MS);
      const [recent] = await tx
        .select({ n: count(), oldest: min(candidateMessages.createdAt) })
        .from(candidateMessages)
        .where(and(eq(candidateMessages.recruiterId, userId), gt(candidateMessages.createdAt, since)));
      if (recent && recent.n >= MESSAGES_PER_DAY) {
        const wait = ((recent.oldest?.getTime() ?? now.getTime()) + DAY_MS - now.getTime()) / 1000;
        throw new Refusal(
          rateLimited(
            `You sent ${MESSAGES_PER_DAY} messages in the last 24 hours, the most we allow. Try again later.`,
            wait,
            [{ path: "form", message: `At most ${MESSAGES_PER_DAY} messages a day` }],
          ),
        );
      }
      const [row] = await tx
        .insert(candidateMessages)
        .values({
          recruiterId: userId,
          companyId: seat.value.companyId,
          candidateId: input.candidateId,
          subject: input.subject,
          body: input.body,
          createdAt: now,
        })
        .returning({ id: candidateMessages.id });
      const mailId = await storeMail(tx, {
        key: `candidate_message:${row!.id}`,
        to: candidate.email,
        userId: input.candidateId,
        template: "candidate_message",
        props: {
          name: candidate.name,
          companyName: seat.value.companyName,
          subject: input.subject,
          body: input.body,
          inboxUrl: `${publicOrigin()}/me/messages#message-${row!.id}`,
        },
      });
      return ok({ messageId: row!.id, mailId });
    }),
  );
  if (!sent.ok) return sent;
  if (sent.value.mailId !== null) await enqueueDelivery(database, sent.value.mailId);
  return ok({ messageId: sent.value.messageId });
}

/**
 * The candidate answers one of their messages, once: `{ messageId, reply }`. The reply is
 * mailed to the recruiter's confirmed address, with the candidate's address so the
 * recruiter can write back. Refusals: not_found (not their message, or the recruiter's
 * account is gone), conflict (already answered), invalid (field issues).
 */
export async function replyToCandidateMessage(
  database: Database,
  userId: string,
  raw: unknown,
  now = new Date(),
): Promise<Result> {
  const sent = await catchRefusal(() =>
    database.transaction(async (tx) => {
      const parsed = candidateReplyInput.safeParse(raw);
      if (!parsed.success) refuse("invalid", CHECK_FIELDS, issuesFromZod(parsed.error, "form"));
      const [message] = await tx
        .select()
        .from(candidateMessages)
        .where(and(eq(candidateMessages.id, parsed.data.messageId), eq(candidateMessages.candidateId, userId)))
        .for("update");
      if (!message) refuse("not_found", "That message does not exist or is not yours.");
      if (message.repliedAt) {
        refuse("conflict", "You already replied: write to the recruiter's address shown with the message.");
      }
      const [[recruiter], [candidate]] = await Promise.all([
        tx
          .select({ email: users.email, name: users.name, verified: users.emailVerified })
          .from(users)
          .where(eq(users.id, message.recruiterId ?? "")),
        tx.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, userId)),
      ]);
      if (!recruiter?.verified || !candidate) {
        refuse("not_found", "The recruiter's account is gone: your reply cannot reach them.");
      }
      await tx
        .update(candidateMessages)
        .set({ reply: parsed.data.reply, repliedAt: now })
        .where(eq(candidateMessages.id, message.id));
      const mailId = await storeMail(tx, {
        key: `candidate_reply:${message.id}`,
        to: recruiter.email,
        userId: message.recruiterId,
        template: "candidate_reply",
        props: {
          candidateName: candidate.name ?? "The candidate",
          candidateEmail: candidate.email,
          subject: message.subject,
          reply: parsed.data.reply,
          sentUrl: `${publicOrigin()}/recruiter/candidates#sent`,
        },
      });
      return ok({ mailId });
    }),
  );
  if (!sent.ok) return sent;
  if (sent.value.mailId !== null) await enqueueDelivery(database, sent.value.mailId);
  return ok();
}
