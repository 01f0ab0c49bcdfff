import 'server-only';
import { eq } from 'drizzle-orm';
import { db, type Executor } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { takeFromRateLimit } from '@/lib/security/rate-limit';
import { verifyPassword } from './password';

/**
 * A stolen session must not become a way to guess the password: the checks that ask for the
 * current one (change password, change email, two-factor off, new recovery codes) share one
 * budget per account.
 */
export const CURRENT_PASSWORD_RULE = { limit: 10, windowSeconds: 15 * 60 } as const;

export type PasswordCheck = 'ok' | 'wrong' | 'rate-limited';

export async function checkCurrentPassword(userId: number, password: string, executor: Executor = db): Promise<PasswordCheck> {
  if (!(await takeFromRateLimit(`current-password:${userId}`, CURRENT_PASSWORD_RULE, executor))) return 'rate-limited';
  const [row] = await executor.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!row) return 'wrong';
  return (await verifyPassword(row.passwordHash, password)) ? 'ok' : 'wrong';
}

export const PASSWORD_CHECK_MESSAGES = {
  wrong: 'That is not your current password.',
  'rate-limited': 'Too many attempts with the current password. Try again in 15 minutes.',
} as const;
