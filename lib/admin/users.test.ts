import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createSession, findViewerBySessionToken } from '@/lib/auth/sessions';
import { auditLog, sessions, users, type NewUser } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { isAppError } from '@/lib/errors';
import { insertStaff } from './test-helpers';
import { changeUserRole, deactivateUser, getUserProfile, listUsers, reactivateUser, setRegistrationVerified, UserListQuery } from './users';

/* Users for admins (issue 17, point 6), on a database of their own. */

const { db } = testDatabase('migrated', 'adm_users_users');

const DAY_MS = 24 * 60 * 60 * 1000;
const device = { userAgent: 'vitest', ip: '192.0.2.9' };
let counter = 0;

async function insertUser(values: Partial<NewUser> = {}) {
  counter += 1;
  const [row] = await db
    .insert(users)
    .values({ email: `user-${counter}@users.test`, name: `User ${counter}`, passwordHash: 'not-a-real-hash', ...values })
    .returning();
  return row!;
}

async function roleOf(id: number) {
  const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, id));
  return row!.role;
}

async function auditRowsAbout(userId: number) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, 'user'), eq(auditLog.subjectId, String(userId))))
    .orderBy(desc(auditLog.id));
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

const query = (input: Record<string, string>) => UserListQuery.parse(input);

describe('listUsers', () => {
  it('searches name or email in any case and filters by role and status, newest first', async () => {
    const marker = `zebra${Date.now()}`;
    const now = new Date();
    const asha = await insertUser({ name: `Dr Asha ${marker}`, email: `asha.${marker}@clinic.test`, role: 'editor' });
    const ravi = await insertUser({ name: 'Dr Ravi Rao', email: `RAVI.${marker.toUpperCase()}@clinic.test` });
    const gone = await insertUser({ name: `Dr Gone ${marker}`, status: 'deleted', erasedAt: now });
    const grace = await insertUser({ name: `Dr Grace ${marker}`, status: 'deactivated', deactivatedAt: now, deleteAfter: new Date(now.getTime() + DAY_MS) });
    const lapsed = await insertUser({ name: `Dr Lapsed ${marker}`, status: 'deactivated', deactivatedAt: now, deleteAfter: new Date(now.getTime() - DAY_MS) });

    const all = await listUsers(query({ q: marker.toUpperCase() }));
    expect(all.items.map((u) => u.id)).toEqual([lapsed.id, grace.id, gone.id, ravi.id, asha.id]);
    expect(all.total).toBe(5);

    expect((await listUsers(query({ q: marker, role: 'editor' }))).items.map((u) => u.id)).toEqual([asha.id]);
    expect((await listUsers(query({ q: marker, status: 'active' }))).items.map((u) => u.id)).toEqual([ravi.id, asha.id]);
    // Deactivated = still within the grace period (standingOf's in-grace); past it, the account counts as deleted.
    expect((await listUsers(query({ q: marker, status: 'deactivated' }))).items.map((u) => u.id)).toEqual([grace.id]);
    expect((await listUsers(query({ q: marker, status: 'deleted' }))).items.map((u) => u.id)).toEqual([lapsed.id, gone.id]);
    expect(all.items.find((u) => u.id === lapsed.id)?.standing).toBe('deleted');
  });

  it('treats % and _ in a search as themselves, and ignores filters that are not choices', async () => {
    await insertUser({ name: 'Percent%Person' });
    const found = await listUsers(query({ q: 't%P' }));
    expect(found.items.map((u) => u.name)).toEqual(['Percent%Person']);
    const parsed = query({ role: 'owner', status: 'gone', page: '-3' });
    expect(parsed).toEqual({ q: undefined, role: undefined, status: undefined, page: 1 });
  });

  it('pages in a stable order', async () => {
    const marker = `pager${Date.now()}`;
    const createdAt = new Date('2026-01-01T00:00:00Z');
    // Thirty accounts made in the same instant: the id breaks the tie, so no page repeats one.
    for (let i = 0; i < 30; i++) await insertUser({ name: `Pager ${marker} ${i}`, createdAt });
    const first = await listUsers(query({ q: marker }));
    const second = await listUsers(query({ q: marker, page: '2' }));
    expect(first.totalPages).toBe(2);
    const ids = [...first.items, ...second.items].map((u) => u.id);
    expect(new Set(ids).size).toBe(30);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });
});

describe('changeUserRole', () => {
  it('refuses the last admin: nobody can demote them, not even themself', async () => {
    await db.update(users).set({ role: 'editor' }).where(eq(users.role, 'admin'));
    const admin = await insertStaff(db, 'admin');
    expect(await refusal(changeUserRole({ id: admin.id }, { userId: admin.id, role: 'member' }))).toBe('admin:own-role');
    expect(await roleOf(admin.id)).toBe('admin');
  });

  it('two admins demoting each other at once: one of them stays admin', async () => {
    for (let round = 0; round < 5; round++) {
      await db.update(users).set({ role: 'editor' }).where(eq(users.role, 'admin'));
      const a = await insertStaff(db, 'admin');
      const b = await insertStaff(db, 'admin');
      const results = await Promise.allSettled([
        changeUserRole({ id: a.id }, { userId: b.id, role: 'member' }),
        changeUserRole({ id: b.id }, { userId: a.id, role: 'member' }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      // Refused as a demoted admin, under the lock: not by a deadlock between the two (a 500 for someone).
      const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(isAppError(refused.reason) ? refused.reason.code : String(refused.reason)).toBe('auth:forbidden');
      const roles = [await roleOf(a.id), await roleOf(b.id)].sort();
      expect(roles).toEqual(['admin', 'member']);
    }
  });

  it('ends every session of the user in the same change, and audits old → new', async () => {
    const admin = await insertStaff(db, 'admin');
    const editor = await insertStaff(db, 'editor');
    const phone = await createSession(db, editor.id, device);
    expect(await findViewerBySessionToken(editor.token)).not.toBeNull();

    const result = await changeUserRole({ id: admin.id, ip: '198.51.100.4' }, { userId: editor.id, role: 'member', currentRole: 'editor' });
    expect(result).toEqual({ from: 'editor', to: 'member', endedSessions: 2 });

    expect(await findViewerBySessionToken(editor.token)).toBeNull();
    expect(await findViewerBySessionToken(phone)).toBeNull();
    expect(await db.select().from(sessions).where(eq(sessions.userId, editor.id))).toEqual([]);
    const [row] = await auditRowsAbout(editor.id);
    expect(row).toMatchObject({ actorId: admin.id, action: 'user.role', ip: '198.51.100.4', details: { from: 'editor', to: 'member', endedSessions: 2 } });
    // The admin's own session goes on.
    expect(await findViewerBySessionToken(admin.token)).not.toBeNull();
  });

  it('refuses a change made on a stale page, the same role, and a deleted account', async () => {
    const admin = await insertStaff(db, 'admin');
    const author = await insertStaff(db, 'author');
    expect(await refusal(changeUserRole({ id: admin.id }, { userId: author.id, role: 'editor', currentRole: 'member' }))).toBe('admin:role-changed');
    expect(await refusal(changeUserRole({ id: admin.id }, { userId: author.id, role: 'author' }))).toBe('admin:same-role');
    const gone = await insertUser({ status: 'deleted', erasedAt: new Date() });
    expect(await refusal(changeUserRole({ id: admin.id }, { userId: gone.id, role: 'editor' }))).toBe('admin:user-deleted');
    expect(await roleOf(author.id)).toBe('author');
    // Nothing refused leaves a trace: no session ended, no audit row.
    expect(await findViewerBySessionToken(author.token)).not.toBeNull();
    expect(await auditRowsAbout(author.id)).toEqual([]);
  });

  it('refuses an actor who is not an active admin (checked again under the lock)', async () => {
    const editor = await insertStaff(db, 'editor');
    const member = await insertStaff(db, 'member');
    expect(await refusal(changeUserRole({ id: editor.id }, { userId: member.id, role: 'admin' }))).toBe('auth:forbidden');
    expect(await roleOf(member.id)).toBe('member');
  });
});

describe('setRegistrationVerified', () => {
  it('marks a registration number verified and unverified, each audited with the admin', async () => {
    const admin = await insertStaff(db, 'admin');
    const doctor = await insertUser({ registrationNumber: 'KMC-1234', registrationCouncil: 'Karnataka Medical Council' });
    await setRegistrationVerified({ id: admin.id }, { userId: doctor.id, verified: true });
    expect((await getUserProfile(doctor.id))?.registrationVerifiedAt).toBeInstanceOf(Date);
    expect(await refusal(setRegistrationVerified({ id: admin.id }, { userId: doctor.id, verified: true }))).toBe('admin:registration-unchanged');
    await setRegistrationVerified({ id: admin.id }, { userId: doctor.id, verified: false });
    expect((await getUserProfile(doctor.id))?.registrationVerifiedAt).toBeNull();
    const rows = await auditRowsAbout(doctor.id);
    expect(rows.map((r) => [r.action, r.actorId])).toEqual([
      ['user.registration_unverify', admin.id],
      ['user.registration_verify', admin.id],
    ]);
  });

  it('refuses an account without a registration number', async () => {
    const admin = await insertStaff(db, 'admin');
    const member = await insertUser();
    expect(await refusal(setRegistrationVerified({ id: admin.id }, { userId: member.id, verified: true }))).toBe('admin:registration-unchanged');
  });
});

describe('deactivateUser and reactivateUser (through lib/accounts)', () => {
  it('deactivates with the admin as the actor: status, sessions ended, audit row; then reactivates', async () => {
    const admin = await insertStaff(db, 'admin');
    const doctor = await insertStaff(db, 'member');
    await deactivateUser({ id: admin.id, ip: '198.51.100.5' }, { userId: doctor.id, reason: 'Duplicate account' });

    const [row] = await db.select().from(users).where(eq(users.id, doctor.id));
    expect(row).toMatchObject({ status: 'deactivated', deactivationReason: 'Duplicate account' });
    expect(row!.deleteAfter!.getTime()).toBeGreaterThan(Date.now());
    expect(await findViewerBySessionToken(doctor.token)).toBeNull();
    const [deactivation] = await auditRowsAbout(doctor.id);
    expect(deactivation).toMatchObject({ action: 'account.deactivate', actorId: admin.id, ip: '198.51.100.5', details: { endedSessions: 1, hasReason: true } });

    const profile = await getUserProfile(doctor.id);
    expect(profile?.standing).toBe('deactivated');
    expect(profile?.liveSessions).toBe(0);
    expect(profile?.recentAudit[0]?.action).toBe('account.deactivate');

    await reactivateUser({ id: admin.id }, { userId: doctor.id });
    const [after] = await db.select().from(users).where(eq(users.id, doctor.id));
    expect(after).toMatchObject({ status: 'active', deactivatedAt: null, deactivationReason: null, deleteAfter: null });
    const [reactivation] = await auditRowsAbout(doctor.id);
    expect(reactivation).toMatchObject({ action: 'account.reactivate', actorId: admin.id });
  });

  it('refuses an admin account, one’s own, and one already closed', async () => {
    const admin = await insertStaff(db, 'admin');
    const other = await insertStaff(db, 'admin');
    expect(await refusal(deactivateUser({ id: admin.id }, { userId: other.id, reason: 'x' }))).toBe('admin:deactivate-admin');
    expect(await refusal(deactivateUser({ id: admin.id }, { userId: admin.id, reason: 'x' }))).toBe('admin:own-account');
    const gone = await insertUser({ status: 'deleted' });
    expect(await refusal(deactivateUser({ id: admin.id }, { userId: gone.id, reason: 'x' }))).toBe('account:not-active');
    expect(await refusal(reactivateUser({ id: admin.id }, { userId: gone.id }))).toBe('account:not-reactivatable');
  });
});
