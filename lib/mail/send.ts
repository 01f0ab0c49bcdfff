import 'server-only';
import { db, type Executor } from '@/lib/db/client';
import { mailOutbox } from '@/lib/db/schema';
import { env } from '@/lib/env';

export type MailMessage = { to: string; subject: string; text: string; html: string };

/**
 * Sends one message. Without SMTP_URL it goes to the mail outbox table and the server log
 * (what the demo and the tests read); with it, through nodemailer over SMTP.
 * INTERFACE: the mail change adds SMTP delivery, the layout every message shares and its tests.
 */
export async function sendMail(message: MailMessage, executor: Executor = db): Promise<void> {
  if (!env.SMTP_URL) {
    await executor.insert(mailOutbox).values({ ...message, status: 'logged' });
    console.info(`[mail] to ${message.to}: ${message.subject}`);
    return;
  }
  throw new Error('SMTP delivery is not built yet');
}
