import 'server-only';
import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import { hashPassword } from '@/lib/auth/password';
import { passwordProblem } from '@/lib/auth/password-policy';
import { endAllSessions } from '@/lib/auth/sessions';
import { consumeToken, hashToken, issueToken } from '@/lib/auth/tokens';
import { db } from '@/lib/db/client';
import { authTokens, users } from '@/lib/db/schema';
import { passwordChangedMessage, resetPasswordMessage } from '@/lib/mail/messages';
import { sendMail } from '@/lib/mail/send';
import { takeFromRateLimit } from '@/lib/security/rate-limit';
import { addressKey, done, refused, type AccountOutcome, type MailSender } from './outcome';
import { findUserByEmail, type RequestContext } from './register';
import type { ForgotPasswordInput, ResetPasswordInput } from './schemas';

/** Reset requests from one network address, and for one account (by its address), per hour. */
export const RESET_LIMITS = {
  perAddress: { limit: 20, windowSeconds: 3600 },
  perAccount: { limit: 3, windowSeconds: 3600 },
} as const;

/**
 * "Forgot password": mails a reset link (single use, one hour, hashed at rest; a newer one
 * voids the older) to the account with this address, if there is one that can sign in again.
 * The caller always answers the same. Past either limit nothing is sent, silently: saying
 * "too many" only for known addresses would tell them apart, and the limits exist to stop
 * mail floods and guessing, which silence stops as well.
 */
export async function requestPasswordReset(input: ForgotPasswordInput, context: RequestContext, send: MailSender = sendMail): Promise<void> {
  const addressAllowed = await takeFromRateLimit(`reset:ip:${context.ip ?? 'unknown'}`, RESET_LIMITS.perAddress);
  // Keyed by the address rather than the user id, so unknown addresses count alike.
  const accountAllowed = await takeFromRateLimit(`reset:account:${addressKey(input.email)}`, RESET_LIMITS.perAccount);
  if (!addressAllowed || !accountAllowed) return;

  const issued = await db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, input.email);
    // A deleted account cannot come back; a deactivated one may still be reactivated with its password.
    if (!user || user.status === 'deleted') return null;
    const token = await issueToken(tx, user.id, 'reset_password');
    await audit(tx, { actorId: null, action: 'account.password_reset_request', subjectType: 'user', subjectId: user.id, ip: context.ip });
    return { user, token };
  });
  if (issued) await send(resetPasswordMessage(issued.user, issued.token));
}

/** The account a reset link is for, while the link works (the page shows the form only then). */
export async function findPasswordResetAccount(token: string): Promise<{ userId: number; name: string; email: string } | null> {
  if (token.length < 20 || token.length > 100) return null;
  const [row] = await db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(authTokens)
    .innerJoin(users, eq(users.id, authTokens.userId))
    .where(
      and(
        eq(authTokens.tokenHash, hashToken(token)),
        eq(authTokens.kind, 'reset_password'),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, sql`now()`),
        ne(users.status, 'deleted'),
      ),
    );
  return row ?? null;
}

export type ResetOutcome = AccountOutcome | { ok: false; invalidLink: true };

/**
 * Sets a new password through a reset link: in one transaction the link is used up, the hash
 * replaced, every session of the account ended (on every device, at once) and the audit row
 * written; then the owner is told by mail. Opening the emailed link proves the address too.
 */
export async function resetPassword(input: ResetPasswordInput, context: RequestContext, send: MailSender = sendMail): Promise<ResetOutcome> {
  const account = await findPasswordResetAccount(input.token);
  if (!account) return { ok: false, invalidLink: true };
  const problem = passwordProblem(input.password, [account.name, account.email]);
  if (problem) return refused({ password: [problem] });
  const passwordHash = await hashPassword(input.password);

  const changed = await db.transaction(async (tx) => {
    const used = await consumeToken(tx, 'reset_password', input.token);
    if (!used || used.userId !== account.userId) return false;
    await tx
      .update(users)
      .set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`, updatedAt: sql`now()` })
      .where(eq(users.id, account.userId));
    const ended = await endAllSessions(tx, account.userId);
    await audit(tx, {
      actorId: account.userId,
      action: 'account.password_reset',
      subjectType: 'user',
      subjectId: account.userId,
      details: { sessionsEnded: ended },
      ip: context.ip,
    });
    return true;
  });
  if (!changed) return { ok: false, invalidLink: true };
  await send(passwordChangedMessage(account));
  return done;
}
