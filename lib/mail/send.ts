import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { db, type Executor, type Transaction } from '@/lib/db/client';
import { mailOutbox } from '@/lib/db/schema';
import { env } from '@/lib/env';

export type MailMessage = { to: string; subject: string; text: string; html: string };

/** Where a message goes: SMTP through a nodemailer transporter, or nowhere but the outbox and the log. */
export type MailDelivery = { transport: Transporter | null; from: string };

/** A transporter for an smtp:// or smtps:// URL (user and password in the URL if the server wants them). */
export function createSmtpTransport(url: string): Transporter {
  return nodemailer.createTransport(url, {
    // A silent server must not hold a request (a sign-up, a reset) for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
}

// One transporter per process, made on first use from the one setting SMTP_URL; on globalThis,
// as the database pool is, so Next's copies of this module share it (and its connections).
const holder = globalThis as unknown as { __portalMail?: MailDelivery };

function configuredDelivery(): MailDelivery {
  holder.__portalMail ??= { transport: env.SMTP_URL ? createSmtpTransport(env.SMTP_URL) : null, from: env.MAIL_FROM };
  return holder.__portalMail;
}

/**
 * Sends one message. Without SMTP_URL it goes to the mail outbox table (status `logged`) and
 * the server log: what the demo, the tests and /admin/outbox read. With SMTP_URL it goes
 * through nodemailer over SMTP and leaves no copy (a sent message holds a live link, which is
 * better not kept at rest); a send that fails is recorded in the outbox with status `failed`,
 * the error and its link's token removed, for an admin to see, and sendMail still resolves,
 * because the caller's change (an account made, a token issued) stands either way and the
 * page must answer the same.
 *
 * Call it after the transaction that made the link commits: a message about a change that
 * rolled back must not go out. `delivery` is for tests that send through an SMTP server of
 * their own.
 */
export async function sendMail(message: MailMessage, executor: Executor = db, delivery: MailDelivery = configuredDelivery()): Promise<void> {
  if (!delivery.transport) {
    await executor.insert(mailOutbox).values({ ...message, status: 'logged' });
    console.info(`[mail] to ${message.to}: ${message.subject}`);
    return;
  }
  try {
    await delivery.transport.sendMail({ from: delivery.from, ...message });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`[mail] sending to ${message.to} failed: ${reason}`);
    // Kept for an admin to see, without the link: a live reset link in the outbox would let
    // whoever reads it take the account. The user asks for a new one.
    const kept = { ...message, text: withoutLinkTokens(message.text), html: withoutLinkTokens(message.html) };
    await executor.insert(mailOutbox).values({ ...kept, status: 'failed', attempts: 1, lastError: reason.slice(0, 1000) });
  }
}

/** The one-time token of every sign-in, reset or confirmation link, replaced. */
export function withoutLinkTokens(text: string): string {
  return text.replace(/(\/(?:reset-password|verify-email(?:\/change)?)\/)[A-Za-z0-9_%-]{16,}/g, '$1[link removed]');
}

/**
 * Runs `work` in one transaction and sends the messages it queued once that has committed, so
 * a message about a change that rolled back never goes out and no transaction waits on SMTP.
 */
export async function transactionThenMail<T>(work: (tx: Transaction, queue: (message: MailMessage) => void) => Promise<T>): Promise<T> {
  const queued: MailMessage[] = [];
  const result = await db.transaction((tx) => work(tx, (message) => queued.push(message)));
  for (const message of queued) await sendMail(message);
  return result;
}
