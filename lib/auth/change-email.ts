import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import { db } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { siteUrl } from '@/lib/env';
import {
  emailChangedMessage,
  emailChangeLinkMessage,
  emailChangeNoticeMessage,
  emailInUseNoticeMessage,
} from '@/lib/mail/account-messages';
import { transactionThenMail } from '@/lib/mail/send';
import { takeFromRateLimit } from '@/lib/security/rate-limit';
import { checkCurrentPassword, PASSWORD_CHECK_MESSAGES } from './current-password';
import type { ChangeEmailInput } from './security-schemas';
import { consumeToken, issueToken } from './tokens';
import type { Outcome } from './two-factor';

/** Each request mails a stranger's address: a few an hour is plenty for a person. */
export const EMAIL_CHANGE_RULE = { limit: 5, windowSeconds: 60 * 60 } as const;

/** The confirmation page; the token is the path's last segment. */
export function emailChangeLink(token: string): string {
  return `${siteUrl()}/verify-email/change/${token}`;
}

/**
 * Asks to move the account to a new address, with the current password. The new address gets
 * a single-use link (24 hours; a newer request voids it) and the old one a notice without it.
 * The answer is the same whether or not the new address already has an account, so this form
 * cannot be used to find out who is registered; an owner of a taken address gets a notice
 * instead of the link, and nothing changes.
 */
export async function requestEmailChange(
  userId: number,
  input: ChangeEmailInput,
  meta: { ip?: string | null } = {},
): Promise<Outcome<{ message: string }>> {
  const check = await checkCurrentPassword(userId, input.currentPassword);
  if (check !== 'ok') return { ok: false, field: 'currentPassword', message: PASSWORD_CHECK_MESSAGES[check] };
  const [user] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId));
  if (!user) return { ok: false, message: 'Your account was not found.' };
  const newEmail = input.newEmail;
  if (newEmail.toLowerCase() === user.email.toLowerCase()) {
    return { ok: false, field: 'newEmail', message: 'This is already the address of your account.' };
  }
  if (!(await takeFromRateLimit(`change-email:${userId}`, EMAIL_CHANGE_RULE))) {
    return { ok: false, message: 'You asked for several address changes in a short time. Try again in an hour.' };
  }
  await transactionThenMail(async (tx, mail) => {
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(sql`lower(${users.email}) = lower(${newEmail})`, ne(users.id, userId)));
    if (taken) {
      mail({ to: newEmail, ...emailInUseNoticeMessage() });
    } else {
      const token = await issueToken(tx, userId, 'change_email', { newEmail });
      mail({ to: newEmail, ...emailChangeLinkMessage({ name: user.name, link: emailChangeLink(token) }) });
    }
    mail({ to: user.email, ...emailChangeNoticeMessage({ name: user.name, newEmail }) });
    await audit(tx, { actorId: userId, action: 'account.email_change_request', subjectType: 'user', subjectId: userId, ip: meta.ip });
  });
  return { ok: true, message: `We sent a link to ${newEmail}. Open it within 24 hours to finish the change; until then you sign in with your current address.` };
}

const INVALID_LINK = 'This link has expired or was already used. Ask for a new one in your account’s security page.';
const ADDRESS_TAKEN = 'That address now belongs to another account, so your address was not changed. Choose another one in your account’s security page.';

function isUniqueViolation(error: unknown): boolean {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/**
 * Opens a change-email link: the account takes the new address, verified now, once. Sessions
 * stay: the password did not change, and the viewer's email is re-read on every request.
 * An address that another account took meanwhile (in any letter case) is refused, by the
 * check and, for a sign-up at the same moment, by the unique index.
 */
export async function confirmEmailChange(token: string, meta: { ip?: string | null } = {}): Promise<Outcome<{ email: string }>> {
  try {
    return await transactionThenMail(async (tx, mail): Promise<Outcome<{ email: string }>> => {
      const consumed = await consumeToken(tx, 'change_email', token);
      if (!consumed?.newEmail) return { ok: false, message: INVALID_LINK };
      const newEmail = consumed.newEmail;
      const [user] = await tx
        .select({ name: users.name, email: users.email })
        .from(users)
        .where(and(eq(users.id, consumed.userId), eq(users.status, 'active')))
        .for('update');
      if (!user) return { ok: false, message: INVALID_LINK };
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(sql`lower(${users.email}) = lower(${newEmail})`, ne(users.id, consumed.userId)));
      if (taken) return { ok: false, message: ADDRESS_TAKEN };
      await tx.update(users).set({ email: newEmail, emailVerifiedAt: new Date(), updatedAt: new Date() }).where(eq(users.id, consumed.userId));
      await audit(tx, { actorId: consumed.userId, action: 'account.email_change', subjectType: 'user', subjectId: consumed.userId, ip: meta.ip });
      mail({ to: user.email, ...emailChangedMessage({ name: user.name, newEmail }) });
      return { ok: true, email: newEmail };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, message: ADDRESS_TAKEN };
    throw error;
  }
}
