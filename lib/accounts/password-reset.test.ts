import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { createSession, findViewerBySessionToken } from '@/lib/auth/sessions';
import { auditLog, authTokens, users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { findPasswordResetAccount, requestPasswordReset, RESET_LIMITS, resetPassword } from './password-reset';
import { insertUser, linkToken, mailTo } from './test-helpers';

const { db } = testDatabase('migrated', 'accounts_password_reset');

let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}`;
const NEW_PASSWORD = 'copper lantern orchard 19';

async function passwordHashOf(userId: number) {
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row!.hash;
}

describe('requestPasswordReset', () => {
  it('answers the same for a known and an unknown address, mailing only the account’s owner', async () => {
    await insertUser(db, { email: 'Known@example.org', name: 'Known Person' });
    const known = await requestPasswordReset({ email: 'known@EXAMPLE.org' }, { ip: freshIp() });
    const unknown = await requestPasswordReset({ email: 'nobody@example.org' }, { ip: freshIp() });
    expect(known).toEqual(unknown);
    expect(await mailTo(db, 'nobody@example.org')).toEqual([]);
    const [mail] = await mailTo(db, 'Known@example.org');
    expect(mail!.subject).toMatch(/Set a new password/);
    expect(mail!.html).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}/);
  });

  it('sends nothing more once an account had its requests for the hour, in any letter case', async () => {
    await insertUser(db, { email: 'limited@example.org' });
    for (let i = 0; i <= RESET_LIMITS.perAccount.limit; i++) {
      await requestPasswordReset({ email: i % 2 ? 'LIMITED@example.org' : 'limited@example.org' }, { ip: freshIp() });
    }
    expect(await mailTo(db, 'limited@example.org')).toHaveLength(RESET_LIMITS.perAccount.limit);
  });

  it('sends nothing more from a network address past its limit, whatever address it asks for', async () => {
    await insertUser(db, { email: 'target@example.org' });
    const ip = freshIp();
    for (let i = 0; i < RESET_LIMITS.perAddress.limit; i++) await requestPasswordReset({ email: `guess-${i}@example.org` }, { ip });
    await requestPasswordReset({ email: 'target@example.org' }, { ip });
    expect(await mailTo(db, 'target@example.org')).toEqual([]);
    await requestPasswordReset({ email: 'target@example.org' }, { ip: freshIp() });
    expect(await mailTo(db, 'target@example.org')).toHaveLength(1);
  });

  it('makes the older link stop working when a newer one is sent', async () => {
    await insertUser(db, { email: 'twice@example.org' });
    await requestPasswordReset({ email: 'twice@example.org' }, { ip: freshIp() });
    const older = await linkToken(db, 'twice@example.org', 'reset-password');
    await requestPasswordReset({ email: 'twice@example.org' }, { ip: freshIp() });
    const newer = await linkToken(db, 'twice@example.org', 'reset-password');
    expect(await findPasswordResetAccount(older)).toBeNull();
    expect(await resetPassword({ token: older, password: NEW_PASSWORD }, { ip: null })).toEqual({ ok: false, invalidLink: true });
    expect(await resetPassword({ token: newer, password: NEW_PASSWORD }, { ip: null })).toEqual({ ok: true });
  });

  it('mails no link for a deleted account', async () => {
    await insertUser(db, { email: 'gone@example.org', status: 'deleted' });
    await requestPasswordReset({ email: 'gone@example.org' }, { ip: freshIp() });
    expect(await mailTo(db, 'gone@example.org')).toEqual([]);
  });
});

describe('resetPassword', () => {
  it('sets the new password, ends every session, uses the link up and writes the audit row', async () => {
    const user = await insertUser(db, { email: 'reset@example.org', name: 'Reset Person', passwordHash: await hashPassword('the old password 123') });
    const phone = await createSession(db, user.id, { userAgent: 'Mozilla/5.0 (iPhone) Safari/604.1', ip: '192.0.2.1' });
    const laptop = await createSession(db, user.id, { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0', ip: '192.0.2.2' });
    expect(await findViewerBySessionToken(phone)).not.toBeNull();

    await requestPasswordReset({ email: 'reset@example.org' }, { ip: freshIp() });
    const token = await linkToken(db, 'reset@example.org', 'reset-password');
    expect(await findPasswordResetAccount(token)).toEqual({ userId: user.id, name: 'Reset Person', email: 'reset@example.org' });
    expect(await resetPassword({ token, password: NEW_PASSWORD }, { ip: '192.0.2.9' })).toEqual({ ok: true });

    expect(await findViewerBySessionToken(phone)).toBeNull();
    expect(await findViewerBySessionToken(laptop)).toBeNull();
    const hash = await passwordHashOf(user.id);
    expect(await verifyPassword(hash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(hash, 'the old password 123')).toBe(false);
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'account.password_reset'), eq(auditLog.subjectId, String(user.id))));
    expect(entry).toMatchObject({ actorId: user.id, ip: '192.0.2.9', details: { sessionsEnded: 2 } });

    // Single use: the same link again changes nothing.
    expect(await resetPassword({ token, password: 'a different passphrase 88' }, { ip: null })).toEqual({ ok: false, invalidLink: true });
    expect(await passwordHashOf(user.id)).toBe(hash);

    const [notice] = await mailTo(db, 'reset@example.org');
    expect(notice!.subject).toMatch(/password was changed/);
    for (const body of [notice!.text, notice!.html!]) {
      expect(body).not.toContain(NEW_PASSWORD);
      expect(body).not.toContain(hash);
      expect(body).not.toContain(token);
    }
  });

  it('refuses a weak password beside the field and keeps the link usable', async () => {
    const user = await insertUser(db, { email: 'priya.nair@example.org', name: 'Priya Nair' });
    await requestPasswordReset({ email: 'priya.nair@example.org' }, { ip: freshIp() });
    const token = await linkToken(db, 'priya.nair@example.org', 'reset-password');
    expect(await resetPassword({ token, password: 'PriyaNair2026' }, { ip: null })).toMatchObject({ ok: false, fieldErrors: { password: [expect.any(String)] } });
    expect(await passwordHashOf(user.id)).toBe('not-a-real-hash');
    expect(await findPasswordResetAccount(token)).not.toBeNull();
  });

  it('refuses a link past its hour', async () => {
    const user = await insertUser(db, { email: 'slow@example.org' });
    await requestPasswordReset({ email: 'slow@example.org' }, { ip: freshIp() });
    const token = await linkToken(db, 'slow@example.org', 'reset-password');
    const [row] = await db.select({ expiresAt: authTokens.expiresAt, createdAt: authTokens.createdAt }).from(authTokens).where(eq(authTokens.userId, user.id));
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeLessThanOrEqual(3_600_000 + 5_000);
    await db.update(authTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(authTokens.userId, user.id));
    expect(await findPasswordResetAccount(token)).toBeNull();
    expect(await resetPassword({ token, password: NEW_PASSWORD }, { ip: null })).toEqual({ ok: false, invalidLink: true });
  });
});
