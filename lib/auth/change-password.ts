import 'server-only';
import { eq } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import { db } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { passwordChangedMessage } from '@/lib/mail/account-messages';
import { transactionThenMail } from '@/lib/mail/send';
import { checkCurrentPassword, PASSWORD_CHECK_MESSAGES } from './current-password';
import { hashPassword } from './password';
import { passwordProblem } from './password-policy';
import type { ChangePasswordInput } from './security-schemas';
import { endOtherSessions } from './sessions';
import type { Outcome } from './two-factor';

/**
 * Changes the password with the current one: the policy applies (with the user's name and
 * email), every other device is signed out and this one kept, an audit row and a notice
 * mail go with it, in one transaction. The slow hashing happens before it opens.
 */
export async function changePassword(
  viewer: { id: number; sessionId: string },
  input: Pick<ChangePasswordInput, 'currentPassword' | 'newPassword'>,
  meta: { ip?: string | null } = {},
): Promise<Outcome<{ otherSessionsEnded: number }>> {
  const check = await checkCurrentPassword(viewer.id, input.currentPassword);
  if (check !== 'ok') return { ok: false, field: 'currentPassword', message: PASSWORD_CHECK_MESSAGES[check] };
  const [user] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, viewer.id));
  if (!user) return { ok: false, message: 'Your account was not found.' };
  const problem = passwordProblem(input.newPassword, [user.name, user.email]);
  if (problem) return { ok: false, field: 'newPassword', message: problem };
  // The current password was just checked against the hash: comparing with it says the same
  // as a second argon2 check would, without its cost.
  if (input.newPassword === input.currentPassword) {
    return { ok: false, field: 'newPassword', message: 'That is your current password: choose a new one.' };
  }
  const newHash = await hashPassword(input.newPassword);
  return transactionThenMail(async (tx, mail) => {
    await tx.update(users).set({ passwordHash: newHash, updatedAt: new Date() }).where(eq(users.id, viewer.id));
    const otherSessionsEnded = await endOtherSessions(tx, viewer.id, viewer.sessionId);
    await audit(tx, {
      actorId: viewer.id,
      action: 'account.password_change',
      subjectType: 'user',
      subjectId: viewer.id,
      details: { otherSessionsEnded },
      ip: meta.ip,
    });
    mail({ to: user.email, ...passwordChangedMessage({ name: user.name }) });
    return { ok: true, otherSessionsEnded };
  });
}
