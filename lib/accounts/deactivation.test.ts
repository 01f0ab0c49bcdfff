import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { createSession, findViewerBySessionToken } from '@/lib/auth/sessions';
import { auditLog, mailOutbox, users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { isAppError } from '@/lib/errors';
import { closeOwnAccount, DeactivateInput, DeleteNowInput } from './deactivation';
import { reactivateWithCredentials, ReactivateInput } from './reactivation';

/* Closing one's own account and getting it back, on a database of their own. */

// The two-factor change implements this; here an account with TOTP on accepts one code.
vi.mock('@/lib/auth/two-factor', () => ({
  verifySecondFactor: async (_executor: unknown, _userId: number, code: string) => code === '246810',
}));

const { db } = testDatabase('migrated', 'accounts_deactivation');

const PASSWORD = 'correct horse battery staple';
let passwordHash = '';
let counter = 0;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

async function insertUser(extra: Partial<typeof users.$inferInsert> = {}) {
  counter += 1;
  const [user] = await db
    .insert(users)
    .values({ email: `Closer.${counter}@Example.org`, name: `Dr Closer ${counter}`, passwordHash, ...extra })
    .returning();
  return user!;
}

const statusOf = async (id: number) => (await db.select({ status: users.status }).from(users).where(eq(users.id, id)))[0]!.status;
const mailTo = (email: string) => db.select().from(mailOutbox).where(sql`lower(${mailOutbox.to}) = lower(${email})`);

describe('closeOwnAccount', () => {
  it('refuses a wrong password beside the field and changes nothing', async () => {
    const user = await insertUser();
    const result = await closeOwnAccount(user.id, { mode: 'deactivate', password: 'wrong password', ip: null });
    expect(result).toEqual({ ok: false, fieldErrors: { password: ['That password is not right.'] } });
    expect(await statusOf(user.id)).toBe('active');
  });

  it('deactivates with the right password, ends every session, and mails a confirmation with nothing secret', async () => {
    const user = await insertUser();
    const one = await createSession(db, user.id, { userAgent: null, ip: null });
    const two = await createSession(db, user.id, { userAgent: null, ip: null });
    expect(await closeOwnAccount(user.id, { mode: 'deactivate', password: PASSWORD, reason: 'Too many emails', ip: '203.0.113.5' })).toEqual({ ok: true });
    expect(await statusOf(user.id)).toBe('deactivated');
    expect(await findViewerBySessionToken(one)).toBeNull();
    expect(await findViewerBySessionToken(two)).toBeNull();
    const [mail] = await mailTo(user.email);
    expect(mail?.subject).toMatch(/deactivated/);
    expect(mail?.text).toContain('/reactivate');
    expect(mail?.html).toContain('/reactivate');
    for (const secret of [PASSWORD, passwordHash, one, two]) expect(JSON.stringify(mail)).not.toContain(secret);
    const rows = await db.select().from(auditLog).where(and(eq(auditLog.action, 'account.deactivate'), eq(auditLog.subjectId, String(user.id))));
    expect(rows).toHaveLength(1);
  });

  it('deletes at once with "delete now"', async () => {
    const user = await insertUser();
    expect(await closeOwnAccount(user.id, { mode: 'delete', password: PASSWORD, ip: null })).toEqual({ ok: true });
    expect(await statusOf(user.id)).toBe('deleted');
    expect((await mailTo(user.email)).map((m) => m.subject)).toEqual([expect.stringMatching(/deleted/)]);
  });

  it('allows 5 password attempts in 15 minutes per account; then even the right one is refused', async () => {
    const user = await insertUser();
    for (let i = 0; i < 5; i++) expect((await closeOwnAccount(user.id, { mode: 'deactivate', password: `wrong-${i}`, ip: null })).ok).toBe(false);
    let error: unknown;
    try {
      await closeOwnAccount(user.id, { mode: 'deactivate', password: PASSWORD, ip: null });
    } catch (caught) {
      error = caught;
    }
    expect(isAppError(error) && error.status).toBe(429);
    expect(await statusOf(user.id)).toBe('active');
  });

  it('validates its forms', () => {
    expect(DeactivateInput.safeParse({ password: 'x', reason: 'r'.repeat(1001) }).success).toBe(false);
    expect(DeactivateInput.safeParse({ password: '' }).success).toBe(false);
    expect(DeactivateInput.safeParse({ password: 'x', reason: '' }).success).toBe(true);
    expect(DeleteNowInput.safeParse({ password: 'x' }).success).toBe(false);
    expect(DeleteNowInput.safeParse({ password: 'x', confirm: 'on' }).success).toBe(true);
  });
});

describe('reactivateWithCredentials', () => {
  const input = (email: string, password = PASSWORD, code?: string) => ReactivateInput.parse({ email, password, code });

  it('reactivates a deactivated account within the grace period, in any letter case', async () => {
    const user = await insertUser();
    await closeOwnAccount(user.id, { mode: 'deactivate', password: PASSWORD, ip: null });
    expect(await reactivateWithCredentials(input(user.email.toUpperCase()), { ip: '203.0.113.9' })).toEqual({ outcome: 'reactivated' });
    expect(await statusOf(user.id)).toBe('active');
  });

  it('refuses alike a wrong password, an unknown address, a deleted account and one past its grace period', async () => {
    const wrong = await insertUser();
    await closeOwnAccount(wrong.id, { mode: 'deactivate', password: PASSWORD, ip: null });
    expect(await reactivateWithCredentials(input(wrong.email, 'not the password'), { ip: null })).toEqual({ outcome: 'refused' });
    expect(await reactivateWithCredentials(input('nobody@example.org'), { ip: null })).toEqual({ outcome: 'refused' });

    const deleted = await insertUser();
    await closeOwnAccount(deleted.id, { mode: 'delete', password: PASSWORD, ip: null });
    expect(await reactivateWithCredentials(input(deleted.email), { ip: null })).toEqual({ outcome: 'refused' });

    const late = await insertUser();
    await closeOwnAccount(late.id, { mode: 'deactivate', password: PASSWORD, ip: null });
    const afterGrace = new Date(Date.now() + 31 * 24 * 60 * 60 * 1000);
    expect(await reactivateWithCredentials(input(late.email), { ip: null, now: afterGrace })).toEqual({ outcome: 'refused' });
    expect(await statusOf(late.id)).toBe('deactivated');
    expect(await statusOf(wrong.id)).toBe('deactivated');
  });

  it('asks for the second factor when the account has it on', async () => {
    const user = await insertUser({ totpSecret: 'JBSWY3DPEHPK3PXP', totpEnabledAt: new Date() });
    await closeOwnAccount(user.id, { mode: 'deactivate', password: PASSWORD, ip: null });
    expect(await reactivateWithCredentials(input(user.email), { ip: null })).toEqual({ outcome: 'code-needed' });
    expect(await reactivateWithCredentials(input(user.email, PASSWORD, '000000'), { ip: null })).toEqual({ outcome: 'code-invalid' });
    expect(await statusOf(user.id)).toBe('deactivated');
    expect(await reactivateWithCredentials(input(user.email, PASSWORD, '246810'), { ip: null })).toEqual({ outcome: 'reactivated' });
  });

  it('is rate limited per account', async () => {
    const user = await insertUser();
    await closeOwnAccount(user.id, { mode: 'deactivate', password: PASSWORD, ip: null });
    for (let i = 0; i < 5; i++) await reactivateWithCredentials(input(user.email, `wrong-${i}`), { ip: null });
    await expect(reactivateWithCredentials(input(user.email), { ip: null })).rejects.toMatchObject({ status: 429 });
    expect(await statusOf(user.id)).toBe('deactivated');
  });

  it('is rate limited per address across accounts', async () => {
    const ip = '198.51.100.77';
    for (let i = 0; i < 50; i++) await reactivateWithCredentials(input(`guess-${i}@example.org`, 'x'), { ip });
    await expect(reactivateWithCredentials(input('one-more@example.org', 'x'), { ip })).rejects.toMatchObject({ status: 429 });
  });
});
