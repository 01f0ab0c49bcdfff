import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { verifyPassword } from '@/lib/auth/password';
import { db } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { siteUrl } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { escapeHtml } from '@/lib/security/html';
import { sendMail } from '@/lib/mail/send';
import { takeFromRateLimit, type RateRule } from '@/lib/security/rate-limit';
import { siteName } from '@/lib/site';
import { deactivateAccount, deleteAccountNow, MAX_DEACTIVATION_REASON } from './status';

/*
 * The signed-in user closing their own account from /account/deactivate: confirmed with the
 * current password, then deactivated (or deleted at once), then told by email.
 */

/** Password confirmations per account: a stolen session cannot guess the password to close the account. */
export const ACCOUNT_PASSWORD_RULE: RateRule = { limit: 5, windowSeconds: 15 * 60 };

const password = z.string().min(1, 'Enter your password.').max(1024, 'Enter your password.');

export const DeactivateInput = z.object({
  reason: z.string().max(MAX_DEACTIVATION_REASON, `Keep the reason to ${MAX_DEACTIVATION_REASON} characters.`).optional(),
  password,
});

export const DeleteNowInput = z.object({
  password,
  confirm: z.literal('on', { error: 'Tick the box to confirm that your account and data are deleted now.' }),
});

export type CloseAccountResult = { ok: true } | { ok: false; fieldErrors: Record<string, string[]> };

export async function closeOwnAccount(
  userId: number,
  request: { mode: 'deactivate' | 'delete'; password: string; reason?: string; ip: string | null },
): Promise<CloseAccountResult> {
  if (!(await takeFromRateLimit(`account-password:${userId}`, ACCOUNT_PASSWORD_RULE))) {
    throw new AppError('auth:rate-limited', 'Too many password attempts. Try again in about 15 minutes.', 429);
  }
  const [user] = await db.select({ email: users.email, name: users.name, passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user || !(await verifyPassword(user.passwordHash, request.password))) {
    return { ok: false, fieldErrors: { password: ['That password is not right.'] } };
  }
  const change = { actorId: userId, ip: request.ip };
  if (request.mode === 'deactivate') {
    const { deleteAfter } = await deactivateAccount(userId, { ...change, reason: request.reason });
    await sendMail(deactivatedMessage(user, deleteAfter));
  } else {
    await deleteAccountNow(userId, change);
    await sendMail(deletedMessage(user));
  }
  return { ok: true };
}


const formatDay = (date: Date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function deactivatedMessage(user: { email: string; name: string }, deleteAfter: Date) {
  const reactivate = `${siteUrl()}/reactivate`;
  const until = formatDay(deleteAfter);
  const lines = [
    `Dear ${user.name},`,
    `Your ${siteName} account has been deactivated and you have been signed out everywhere.`,
    `Changed your mind? You can reactivate it until ${until}: ${reactivate}`,
    `After that date your personal data is erased. CME certificates you earned stay verifiable by their code, without your name.`,
    `If you did not do this, reactivate the account and change your password.`,
  ];
  return {
    to: user.email,
    subject: `Your ${siteName} account is deactivated`,
    text: `${lines.join('\n\n')}\n\n${siteName}\n`,
    html: `${lines
      .map((line) => `<p>${escapeHtml(line).replace(escapeHtml(reactivate), `<a href="${escapeHtml(reactivate)}">${escapeHtml(reactivate)}</a>`)}</p>`)
      .join('')}<p>${escapeHtml(siteName)}</p>`,
  };
}

function deletedMessage(user: { email: string; name: string }) {
  const lines = [
    `Dear ${user.name},`,
    `Your ${siteName} account has been deleted at your request and you have been signed out everywhere.`,
    `Your personal data is erased within the hour. CME certificates you earned stay verifiable by their code, without your name.`,
    `You are welcome to sign up again with this address at any time.`,
  ];
  return {
    to: user.email,
    subject: `Your ${siteName} account is deleted`,
    text: `${lines.join('\n\n')}\n\n${siteName}\n`,
    html: `${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}<p>${escapeHtml(siteName)}</p>`,
  };
}
