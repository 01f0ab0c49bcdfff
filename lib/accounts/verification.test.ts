import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { issueToken } from '@/lib/auth/tokens';
import { authTokens, users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { isAppError } from '@/lib/errors';
import { insertUser, linkToken, mailTo } from './test-helpers';
import { RESEND_LIMIT, resendVerification, verifyEmail } from './verification';

const { db } = testDatabase('migrated', 'accounts_verification');

async function verifiedAt(userId: number) {
  const [row] = await db.select({ at: users.emailVerifiedAt }).from(users).where(eq(users.id, userId));
  return row!.at;
}

describe('verifyEmail', () => {
  it('verifies the address once: the same link a second time does nothing', async () => {
    const user = await insertUser(db, { email: 'once@example.org' });
    await resendVerification(user.id);
    const token = await linkToken(db, 'once@example.org', 'verify-email');
    expect(await verifyEmail(token)).toBe(true);
    const at = await verifiedAt(user.id);
    expect(at).toBeInstanceOf(Date);
    expect(await verifyEmail(token)).toBe(false);
    expect(await verifiedAt(user.id)).toEqual(at);
  });

  it('refuses a link older than 24 hours, and one that was never issued', async () => {
    const user = await insertUser(db, { email: 'late@example.org' });
    const token = await db.transaction((tx) => issueToken(tx, user.id, 'verify_email', { now: new Date(Date.now() - 25 * 3_600_000) }));
    expect(await verifyEmail(token)).toBe(false);
    expect(await verifiedAt(user.id)).toBeNull();
    expect(await verifyEmail('x'.repeat(43))).toBe(false);
    expect(await verifyEmail('short')).toBe(false);
  });

  it('accepts a link within its 24 hours', async () => {
    const user = await insertUser(db, { email: 'early@example.org' });
    const token = await db.transaction((tx) => issueToken(tx, user.id, 'verify_email', { now: new Date(Date.now() - 23 * 3_600_000) }));
    expect(await verifyEmail(token)).toBe(true);
  });
});

describe('resendVerification', () => {
  it('sends a new link that voids the older one', async () => {
    const user = await insertUser(db, { email: 'resend@example.org' });
    expect(await resendVerification(user.id)).toBe('sent');
    const older = await linkToken(db, 'resend@example.org', 'verify-email');
    expect(await resendVerification(user.id)).toBe('sent');
    const newer = await linkToken(db, 'resend@example.org', 'verify-email');
    expect(newer).not.toBe(older);
    expect(await verifyEmail(older)).toBe(false);
    expect(await verifyEmail(newer)).toBe(true);
  });

  it('sends nothing to a verified address', async () => {
    const user = await insertUser(db, { email: 'done@example.org', emailVerifiedAt: new Date() });
    expect(await resendVerification(user.id)).toBe('already-verified');
    expect(await mailTo(db, 'done@example.org')).toEqual([]);
  });

  it('is limited per account', async () => {
    const user = await insertUser(db, { email: 'eager@example.org' });
    for (let i = 0; i < RESEND_LIMIT.limit; i++) expect(await resendVerification(user.id)).toBe('sent');
    const refused = await resendVerification(user.id).catch((error: unknown) => error);
    expect(isAppError(refused) && refused.status).toBe(429);
    expect(await mailTo(db, 'eager@example.org')).toHaveLength(RESEND_LIMIT.limit);
    const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${authTokens} where user_id = ${user.id} and used_at is null`);
    expect(row!.n).toBe(1);
  });
});
