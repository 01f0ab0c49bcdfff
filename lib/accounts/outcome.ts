import type { MailMessage } from '@/lib/mail/send';

/** What an account change answers the form: done, or messages for the fields the database or the policy refused. */
export type AccountOutcome = { ok: true } | { ok: false; fieldErrors: Record<string, string[]> };

export const done: AccountOutcome = { ok: true };

export function refused(fieldErrors: Record<string, string[]>): AccountOutcome {
  return { ok: false, fieldErrors };
}

/**
 * How a change hands over its message: sendMail by default (awaited: what tests read); a
 * server action passes one that sends after the response (next/server's after()), so that
 * how long an SMTP server takes cannot tell an attacker whether an address has an account.
 */
export type MailSender = (message: MailMessage) => Promise<void> | void;

/** Rate-limit keys name an address without regard to case, as the users table compares them. */
export function addressKey(email: string): string {
  return email.trim().toLowerCase();
}
