import 'server-only';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { verifySecondFactor } from '@/lib/auth/two-factor';
import { db } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { takeFromRateLimit, type RateRule } from '@/lib/security/rate-limit';
import { reactivateAccount, standingOf } from './status';

/*
 * /reactivate: a deactivated user, signed out, proves who they are as at sign-in (email,
 * password, second factor if on) and gets the account back within the grace period.
 * Every refusal says the same, so the page tells nobody whether an address is registered,
 * deactivated or erased.
 */

export const REACTIVATE_PER_ACCOUNT: RateRule = { limit: 5, windowSeconds: 15 * 60 };
export const REACTIVATE_PER_ADDRESS: RateRule = { limit: 50, windowSeconds: 15 * 60 };

export const REACTIVATION_REFUSED =
  'We could not reactivate an account with these details. Check your email and password. An account that was deleted, or whose grace period has ended, cannot be reactivated.';

export const ReactivateInput = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address.')
    .max(254, 'Enter your email address.')
    .regex(/^[^@\s\0]+@[^@\s\0]+$/, 'Enter your email address, like name@example.com.'),
  password: z.string().min(1, 'Enter your password.').max(1024, 'Enter your password.'),
  code: z.string().trim().max(40, 'Enter the 6-digit code or a recovery code.').optional(),
});
export type ReactivateInput = z.infer<typeof ReactivateInput>;

export type ReactivationResult =
  | { outcome: 'reactivated' }
  | { outcome: 'active' }
  | { outcome: 'refused' }
  | { outcome: 'code-needed' }
  | { outcome: 'code-invalid' };

let dummyHash: Promise<string> | undefined;

export async function reactivateWithCredentials(input: ReactivateInput, { ip, now = new Date() }: { ip: string | null; now?: Date }): Promise<ReactivationResult> {
  const email = input.email.toLowerCase();
  const withinAddress = ip === null || (await takeFromRateLimit(`reactivate-ip:${ip}`, REACTIVATE_PER_ADDRESS));
  const withinAccount = await takeFromRateLimit(`reactivate:${email}`, REACTIVATE_PER_ACCOUNT);
  if (!withinAddress || !withinAccount) {
    throw new AppError('auth:rate-limited', 'Too many attempts. Try again in about 15 minutes.', 429);
  }
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, status: users.status, erasedAt: users.erasedAt, deleteAfter: users.deleteAfter, totpEnabledAt: users.totpEnabledAt })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`);
  // The same argon2 work for an unknown address as for a known one.
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const isPasswordRight = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !isPasswordRight) return { outcome: 'refused' };

  const standing = standingOf(user, now);
  if (standing === 'active') return { outcome: 'active' };
  if (standing === 'closed') return { outcome: 'refused' };
  if (user.totpEnabledAt) {
    if (!input.code) return { outcome: 'code-needed' };
    if (!(await verifySecondFactor(db, user.id, input.code))) return { outcome: 'code-invalid' };
  }
  await reactivateAccount(user.id, { actorId: user.id, ip, now });
  return { outcome: 'reactivated' };
}
