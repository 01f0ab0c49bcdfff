import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import { consumeToken, issueToken } from '@/lib/auth/tokens';
import { db } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { verifyEmailMessage } from '@/lib/mail/messages';
import { sendMail } from '@/lib/mail/send';
import { takeFromRateLimit } from '@/lib/security/rate-limit';
import type { MailSender } from './outcome';

/** "Resend the link", per account. */
export const RESEND_LIMIT = { limit: 3, windowSeconds: 3600 } as const;

/**
 * Opens a verification link: true once, for an unused token younger than 24 hours (the
 * newest one sent: resending voids the older), marking the address verified.
 */
export async function verifyEmail(token: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const used = await consumeToken(tx, 'verify_email', token);
    if (!used) return false;
    await tx
      .update(users)
      .set({ emailVerifiedAt: sql`now()` })
      .where(and(eq(users.id, used.userId), isNull(users.emailVerifiedAt)));
    await audit(tx, { actorId: used.userId, action: 'account.verify_email', subjectType: 'user', subjectId: used.userId });
    return true;
  });
}

/**
 * A new verification link for a signed-in user whose address is not verified yet (the older
 * link stops working). Rate limited per account; nothing is sent to a verified address.
 */
export async function resendVerification(userId: number, send: MailSender = sendMail): Promise<'sent' | 'already-verified'> {
  if (!(await takeFromRateLimit(`verify-resend:user:${userId}`, RESEND_LIMIT))) {
    throw new AppError('accounts:rate-limited', 'We have sent several links already. Please check your inbox and spam folder, or try again in an hour.', 429);
  }
  const sent = await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ email: users.email, name: users.name, emailVerifiedAt: users.emailVerifiedAt })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.status, 'active')));
    if (!user || user.emailVerifiedAt) return null;
    return { user, token: await issueToken(tx, userId, 'verify_email') };
  });
  if (!sent) return 'already-verified';
  await send(verifyEmailMessage(sent.user, sent.token));
  return 'sent';
}
