import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { createElement, type FunctionComponent } from "react";
import type { Database } from "@/db";
import { mailMessages } from "@/db/schema";
import { env } from "@/env";
import { publicOrigin } from "@/lib/public-origin";
import { TEMPLATES, type TemplateName } from "./templates";
import { logger } from "@/lib/log/logger";

/** A claimed send that has not finished after this long is taken to have died: it may be retried. */
const SENDING_TIMEOUT_SECONDS = 120;

const transports = new Map<string, Transporter>();
function transportFor(url: string): Transporter {
  let t = transports.get(url);
  if (!t) {
    // Short timeouts: a dead server fails this attempt quickly and pg-boss retries later.
    t = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    transports.set(url, t);
  }
  return t;
}

/** Renders a stored message: subject, HTML, plain text and the first link (for the outbox log). */
export async function renderMessage(template: string, props: unknown) {
  const entry = TEMPLATES[template as TemplateName];
  if (!entry) throw new Error(`Unknown mail template ${template}`);
  const component = entry.component as FunctionComponent<object>;
  // Loaded by Node itself, not bundled: inside Next the worker runs in the instrumentation
  // layer, compiled for React Server Components, where react-dom/server refuses to load.
  const { render, toPlainText } = await import(
    /* webpackIgnore: true */ /* turbopackIgnore: true */ "@react-email/render"
  );
  const html = await render(createElement(component, props as object));
  const text = toPlainText(html);
  const subject = (entry.subject as (p: unknown) => string)(props);
  const firstLink = (entry.link as (p: unknown) => string)(props);
  return { subject, html, text, firstLink };
}

/** Why mail cannot leave now (production without SMTP_URL), or null. */
export function mailPausedBecause(): string | null {
  const e = env();
  return !e.SMTP_URL && e.NODE_ENV === "production"
    ? "SMTP_URL is not set; mail waits in the queue until it is (README, Mail)"
    : null;
}

/**
 * Delivers message `id` once: claims it (not sent, not being sent by another attempt),
 * renders it, sends it over SMTP_URL (or, unset, files it in the local outbox with one log
 * line) and marks it sent. A message already sent is left alone, so a retried or duplicate
 * job never mails twice. A failed send releases the claim, records the error and throws,
 * so pg-boss retries with backoff. Answers what happened.
 */
export async function deliverMessage(
  database: Database,
  id: number,
  options: { smtpUrl?: string | null } = {},
): Promise<"sent" | "outbox" | "skipped"> {
  const smtpUrl = options.smtpUrl === undefined ? (env().SMTP_URL ?? null) : options.smtpUrl;
  const [message] = await database
    .update(mailMessages)
    .set({ sendingAt: sql`now()`, attempts: sql`${mailMessages.attempts} + 1` })
    .where(
      and(
        eq(mailMessages.id, id),
        isNull(mailMessages.sentAt),
        or(
          isNull(mailMessages.sendingAt),
          lt(mailMessages.sendingAt, sql`now() - make_interval(secs => ${SENDING_TIMEOUT_SECONDS})`),
        ),
      ),
    )
    .returning();
  if (!message) return "skipped";
  const rendered = await renderMessage(message.template, message.props);
  if (!smtpUrl) {
    await database
      .update(mailMessages)
      .set({ ...rendered, transport: "outbox", sentAt: sql`now()`, sendingAt: null, lastError: null })
      .where(eq(mailMessages.id, id));
    // The recipient's address and the link (it may carry a token) stay out of the log:
    // /dev/outbox shows both in development.
    logger().info({ mailId: message.id, template: message.template }, `[mail] outbox: ${rendered.subject}`);
    return "outbox";
  }
  const headers: Record<string, string> = {};
  const unsubscribe = (message.props as { unsubscribePostUrl?: string }).unsubscribePostUrl;
  if (unsubscribe) {
    // RFC 8058 one-click: mail clients POST "List-Unsubscribe=One-Click" to this URL.
    headers["List-Unsubscribe"] = `<${unsubscribe}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  try {
    await transportFor(smtpUrl).sendMail({
      from: env().MAIL_FROM,
      to: message.to,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      // The same Message-ID on every attempt lets a receiving server drop a duplicate.
      messageId: `<mail-${message.id}-${message.key.replace(/[^\w.-]/g, "_")}@${new URL(publicOrigin()).hostname}>`,
      headers,
    });
  } catch (error) {
    await database
      .update(mailMessages)
      .set({ sendingAt: null, lastError: String(error).slice(0, 500) })
      .where(eq(mailMessages.id, id));
    throw error;
  }
  await database
    .update(mailMessages)
    .set({ ...rendered, transport: "smtp", sentAt: sql`now()`, sendingAt: null, lastError: null })
    .where(eq(mailMessages.id, id));
  return "sent";
}
