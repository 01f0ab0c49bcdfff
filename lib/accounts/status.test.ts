import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createSession, findViewerBySessionToken } from '@/lib/auth/sessions';
import { issueToken } from '@/lib/auth/tokens';
import {
  auditLog,
  authTokens,
  bookmarks,
  cmeActivities,
  cmeAttempts,
  cmeCertificates,
  legalAcceptances,
  legalDocuments,
  mailOutbox,
  posts,
  rateLimitBuckets,
  recoveryCodes,
  sessions,
  specialties,
  users,
  type NewUser,
} from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { isAppError } from '@/lib/errors';
import { runJobs } from './jobs';
import {
  deactivateAccount,
  deleteAccountNow,
  eraseAccount,
  erasedEmail,
  reactivateAccount,
  UNUSABLE_PASSWORD_HASH,
} from './status';

/* The account life cycle and the jobs, on a database of their own. */

const { db } = testDatabase('migrated', 'accounts_status');

const DAY_MS = 24 * 60 * 60 * 1000;
const device = { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/131.0', ip: '203.0.113.7' };
let counter = 0;

async function insertUser(row: Partial<NewUser> = {}) {
  counter += 1;
  const [specialty] = await db
    .insert(specialties)
    .values({ slug: `spec-${counter}`, name: `Specialty ${counter}` })
    .returning({ id: specialties.id });
  const [user] = await db
    .insert(users)
    .values({
      email: `Doctor.${counter}@Example.org`,
      name: `Dr Test ${counter}`,
      passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA',
      profession: 'doctor',
      specialtyId: specialty!.id,
      registrationNumber: `REG-${counter}`,
      registrationCouncil: 'Maharashtra Medical Council',
      registrationVerifiedAt: new Date(),
      country: 'IN',
      emailVerifiedAt: new Date(),
      lastSignInAt: new Date(),
      totpSecret: 'JBSWY3DPEHPK3PXP',
      totpEnabledAt: new Date(),
      totpLastStep: 12345,
      ...row,
    })
    .returning();
  return user!;
}

async function userRow(id: number) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}

async function auditOf(userId: number) {
  return db
    .select({ action: auditLog.action, actorId: auditLog.actorId, ip: auditLog.ip })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, 'user'), eq(auditLog.subjectId, String(userId))))
    .orderBy(auditLog.id);
}

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

describe('deactivateAccount', () => {
  it('deactivates, ends every session at once and writes its audit row', async () => {
    const user = await insertUser();
    const phone = await createSession(db, user.id, device);
    const laptop = await createSession(db, user.id, device);
    expect(await findViewerBySessionToken(phone)).not.toBeNull();

    const now = new Date();
    const { deleteAfter } = await deactivateAccount(user.id, { reason: '  Retiring.  ', actorId: user.id, ip: '203.0.113.7', now });

    expect(await findViewerBySessionToken(phone)).toBeNull();
    expect(await findViewerBySessionToken(laptop)).toBeNull();
    expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
    const row = await userRow(user.id);
    expect(row.status).toBe('deactivated');
    expect(row.deactivatedAt).toEqual(now);
    expect(row.deactivationReason).toBe('Retiring.');
    expect(deleteAfter.getTime() - now.getTime()).toBe(30 * DAY_MS);
    expect(row.deleteAfter).toEqual(deleteAfter);
    expect(await auditOf(user.id)).toEqual([{ action: 'account.deactivate', actorId: user.id, ip: '203.0.113.7' }]);
  });

  it('refuses a reason over 1000 characters and an account that is not active, changing nothing', async () => {
    const user = await insertUser();
    expect(isAppError(await errorOf(deactivateAccount(user.id, { reason: 'x'.repeat(1001), actorId: user.id })))).toBe(true);
    expect((await userRow(user.id)).status).toBe('active');
    await deactivateAccount(user.id, { actorId: user.id });
    const again = await errorOf(deactivateAccount(user.id, { actorId: user.id }));
    expect(isAppError(again) && again.code).toBe('account:not-active');
    expect(await auditOf(user.id)).toHaveLength(1);
  });
});

describe('reactivateAccount', () => {
  it('within the grace period restores the row exactly as it was, deactivation fields aside', async () => {
    const user = await insertUser();
    const before = await userRow(user.id);
    await deactivateAccount(user.id, { reason: 'Trying a break', actorId: user.id });
    await reactivateAccount(user.id, { actorId: user.id, ip: '198.51.100.4' });
    const after = await userRow(user.id);
    expect(after).toEqual(before);
    expect(await auditOf(user.id)).toEqual([
      { action: 'account.deactivate', actorId: user.id, ip: null },
      { action: 'account.reactivate', actorId: user.id, ip: '198.51.100.4' },
    ]);
  });

  it('is refused after the grace period, for a deleted account and for an active one', async () => {
    const late = await insertUser();
    const longAgo = new Date(Date.now() - 31 * DAY_MS);
    await deactivateAccount(late.id, { actorId: late.id, now: longAgo });
    const refused = await errorOf(reactivateAccount(late.id, { actorId: late.id }));
    expect(isAppError(refused) && refused.code).toBe('account:not-reactivatable');
    expect((await userRow(late.id)).status).toBe('deactivated');

    const deleted = await insertUser();
    await deleteAccountNow(deleted.id, { actorId: deleted.id });
    expect(isAppError(await errorOf(reactivateAccount(deleted.id, { actorId: deleted.id })))).toBe(true);

    const active = await insertUser();
    expect(isAppError(await errorOf(reactivateAccount(active.id, { actorId: active.id })))).toBe(true);
    expect(await auditOf(late.id)).toHaveLength(1);
  });

  it('takes an admin as the actor', async () => {
    const admin = await insertUser({ role: 'admin' });
    const user = await insertUser();
    await deactivateAccount(user.id, { actorId: admin.id });
    await reactivateAccount(user.id, { actorId: admin.id });
    expect((await auditOf(user.id)).map((row) => row.actorId)).toEqual([admin.id, admin.id]);
  });
});

describe('deleteAccountNow and the erase job', () => {
  /**
   * Columns of users that are not about the person, so erasing keeps them. Any other column,
   * including one added later, must be cleared or replaced by eraseAccount, or this fails.
   */
  const NOT_PERSONAL = new Set(['id', 'role', 'status', 'deactivatedAt', 'deleteAfter', 'erasedAt', 'createdAt', 'updatedAt']);

  it('deletes at once (sessions ended, audit row), and the jobs erase every personal column', async () => {
    const user = await insertUser();
    const token = await createSession(db, user.id, device);
    await issueToken(db, user.id, 'change_email', { newEmail: 'new.address@example.org' });
    await db.insert(recoveryCodes).values({ userId: user.id, codeHash: 'abc' });
    const [post] = await db
      .insert(posts)
      .values({ kind: 'news', slug: `erase-${user.id}`, title: 't', summary: 's', body: 'b', status: 'published', publishedAt: new Date() })
      .returning({ id: posts.id });
    await db.insert(bookmarks).values({ userId: user.id, postId: post!.id });
    const [activity] = await db
      .insert(cmeActivities)
      .values({
        slug: `cme-${user.id}`,
        title: 'Activity',
        summary: 's',
        body: 'b',
        credits: '1.00',
        accreditationStatement: 'a',
        releaseDate: '2026-01-01',
        expiryDate: '2027-01-01',
        status: 'published',
      })
      .returning({ id: cmeActivities.id });
    const [attempt] = await db
      .insert(cmeAttempts)
      .values({ userId: user.id, activityId: activity!.id, answers: { 1: 2 }, scorePercent: 100, isPassed: true })
      .returning({ id: cmeAttempts.id });
    await db.insert(cmeCertificates).values({ userId: user.id, activityId: activity!.id, attemptId: attempt!.id, code: `HDC-0000-0000-0000-${String(user.id).padStart(4, '0')}`, credits: '1.00' });
    const [document] = await db
      .insert(legalDocuments)
      .values({ kind: 'terms', entity: 'llp', version: user.id, title: 'Terms', body: 'b', effectiveDate: '2026-01-01' })
      .returning({ id: legalDocuments.id });
    await db.insert(legalAcceptances).values({ userId: user.id, documentId: document!.id });
    await db.insert(mailOutbox).values({ to: user.email.toLowerCase(), subject: 'Welcome', text: 'Hello', status: 'logged' });

    // Deactivated first, so the reason is there to erase too; then "delete my account now".
    await db.update(users).set({ deactivationReason: 'Moving abroad' }).where(eq(users.id, user.id));
    await deleteAccountNow(user.id, { actorId: user.id, ip: '203.0.113.7' });
    expect(await findViewerBySessionToken(token)).toBeNull();
    const deleted = await userRow(user.id);
    expect(deleted.status).toBe('deleted');
    expect(deleted.erasedAt).toBeNull();

    const before = await userRow(user.id);
    const report = await runJobs();
    expect(report.erasedAccounts).toBeGreaterThanOrEqual(1);
    const after = await userRow(user.id);

    for (const [key] of Object.entries(getTableColumns(users))) {
      if (NOT_PERSONAL.has(key)) continue;
      const value = after[key as keyof typeof after];
      const original = before[key as keyof typeof before];
      // A new column must be filled in insertUser, so that this test sees it erased.
      expect(original, `fill users.${key} in insertUser`).not.toBeNull();
      expect(value === null || String(value) !== String(original), `users.${key} is personal and was kept: ${String(value)}`).toBe(true);
    }
    expect(after.email).toBe(erasedEmail(user.id));
    expect(after.passwordHash).toBe(UNUSABLE_PASSWORD_HASH);
    expect(after.status).toBe('deleted');
    expect(after.erasedAt).not.toBeNull();

    const count = async (table: typeof sessions | typeof authTokens | typeof recoveryCodes | typeof bookmarks | typeof cmeAttempts) =>
      (await db.select({ userId: table.userId }).from(table).where(eq(table.userId, user.id))).length;
    expect(await count(sessions)).toBe(0);
    expect(await count(authTokens)).toBe(0);
    expect(await count(recoveryCodes)).toBe(0);
    expect(await count(bookmarks)).toBe(0);
    expect(await count(cmeAttempts)).toBe(0);
    expect(await db.select().from(mailOutbox).where(sql`lower(${mailOutbox.to}) = lower(${user.email})`)).toEqual([]);
    // The certificate stays (verifiable as "account deleted"), and so does the evidence of consent.
    const [certificate] = await db.select().from(cmeCertificates).where(eq(cmeCertificates.userId, user.id));
    expect(certificate?.code).toBe(`HDC-0000-0000-0000-${String(user.id).padStart(4, '0')}`);
    expect(certificate?.attemptId).toBeNull();
    expect(await db.select().from(legalAcceptances).where(eq(legalAcceptances.userId, user.id))).toHaveLength(1);

    const trail = await auditOf(user.id);
    expect(trail.map((row) => row.action)).toEqual(['account.delete', 'account.erase']);
    expect(trail.map((row) => row.ip)).toEqual([null, null]);
  });

  it('frees the email for a new sign-up, in any letter case', async () => {
    const user = await insertUser();
    await deleteAccountNow(user.id, { actorId: user.id });
    await runJobs();
    const [fresh] = await db
      .insert(users)
      .values({ email: user.email.toUpperCase(), name: 'Dr New', passwordHash: 'x' })
      .returning({ id: users.id });
    expect(fresh?.id).toBeGreaterThan(user.id);
  });

  it('erases a deactivated account only once its grace period has ended', async () => {
    const user = await insertUser();
    await deactivateAccount(user.id, { actorId: user.id });
    await runJobs();
    expect((await userRow(user.id)).erasedAt).toBeNull();
    await runJobs(new Date(Date.now() + 31 * DAY_MS));
    const erased = await userRow(user.id);
    expect(erased.erasedAt).not.toBeNull();
    expect(erased.status).toBe('deleted');
    expect(erased.name).toBe('Deleted account');
  });

  it('erases an account an admin marked deleted without a date too', async () => {
    const user = await insertUser();
    await db.update(users).set({ status: 'deleted', deleteAfter: null }).where(eq(users.id, user.id));
    await runJobs();
    expect((await userRow(user.id)).erasedAt).not.toBeNull();
  });

  it('never erases an active account', async () => {
    const user = await insertUser();
    expect(isAppError(await db.transaction((tx) => errorOf(eraseAccount(tx, user.id))))).toBe(true);
    expect((await userRow(user.id)).email).toBe(user.email);
  });

  it('is idempotent: a second run changes nothing more', async () => {
    const user = await insertUser();
    await deleteAccountNow(user.id, { actorId: user.id });
    const expired = await insertUser();
    await db.insert(sessions).values({ id: `expired-${expired.id}`, userId: expired.id, expiresAt: new Date(Date.now() - 1000) });
    await db.insert(authTokens).values({ userId: expired.id, kind: 'verify_email', tokenHash: `old-${expired.id}`, expiresAt: new Date(Date.now() - 1000) });
    await db.insert(rateLimitBuckets).values({ key: `old-${expired.id}`, count: 3, resetAt: new Date(Date.now() - 2 * 60 * 60 * 1000) });

    const first = await runJobs();
    expect(first.erasedAccounts).toBeGreaterThanOrEqual(1);
    expect(first.expiredSessions).toBeGreaterThanOrEqual(1);
    expect(first.oldTokens).toBeGreaterThanOrEqual(1);
    expect(first.oldRateLimitBuckets).toBeGreaterThanOrEqual(1);
    const snapshot = async () => ({
      users: await db.select().from(users).orderBy(users.id),
      audit: await db.select().from(auditLog).orderBy(auditLog.id),
      sessions: await db.select().from(sessions).orderBy(sessions.id),
      tokens: await db.select().from(authTokens).orderBy(authTokens.id),
      buckets: await db.select().from(rateLimitBuckets).orderBy(rateLimitBuckets.key),
    });
    const afterFirst = await snapshot();
    expect(await runJobs()).toEqual({ erasedAccounts: 0, expiredSessions: 0, oldTokens: 0, oldRateLimitBuckets: 0 });
    expect(await snapshot()).toEqual(afterFirst);
  });
});
