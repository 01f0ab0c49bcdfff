import 'server-only';
import { after } from 'next/server';
import type { MailMessage } from './send';
import { sendMail } from './send';

/**
 * For server actions: the message goes out after the response, so that how long an SMTP
 * server takes never shows in how long a page takes (whether an address has an account
 * must not be told by timing). sendMail keeps a failed send in the outbox.
 */
export function sendMailAfterResponse(message: MailMessage): void {
  after(() => sendMail(message));
}
