import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { deactivateAccount, eraseAccount } from '@/lib/accounts/status';
import { audit } from '@/lib/audit';
import { auditLog, users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { AuditQuery, listAuditLog, summariseDetails } from './audit-log';
import { insertStaff } from './test-helpers';

/* The audit log: append-only in the database itself, and the admins' filtered list. */

const { db, sql } = testDatabase('migrated', 'adm_users_audit');

async function insertRow(values: Partial<typeof auditLog.$inferInsert> = {}) {
  const [row] = await db
    .insert(auditLog)
    .values({ actorId: null, action: 'post.publish', subjectType: 'post', subjectId: '1', details: { to: 'published' }, ip: '203.0.113.1', ...values })
    .returning();
  return row!;
}

async function rowById(id: number) {
  const [row] = await db.select().from(auditLog).where(eq(auditLog.id, id));
  return row;
}

describe('the audit log is append-only (drizzle/0012 trigger)', () => {
  it('refuses UPDATE of action or details, DELETE and TRUNCATE, whoever asks', async () => {
    const row = await insertRow();
    await expect(sql`update audit_log set action = 'post.unpublish' where id = ${row.id}`).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(sql`update audit_log set details = '{"to":"draft"}'::jsonb where id = ${row.id}`).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(sql`update audit_log set created_at = now() - interval '1 year' where id = ${row.id}`).rejects.toThrow(/append-only/);
    // Putting an address back, or a different one, is a change of what the row says.
    await expect(sql`update audit_log set ip = '198.51.100.1' where id = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where id = ${row.id}`).rejects.toThrow(/append-only: DELETE refused/);
    await expect(sql`delete from audit_log`).rejects.toThrow(/append-only: DELETE refused/);
    await expect(sql`truncate audit_log`).rejects.toThrow(/append-only: TRUNCATE refused/);
    expect(await rowById(row.id)).toEqual(row);
  });

  it('lets the erase job clear the address of the erased user’s own rows', async () => {
    const doctor = await insertStaff(db, 'member');
    await audit(db, { actorId: doctor.id, action: 'account.profile', subjectType: 'user', subjectId: doctor.id, details: { fields: ['name'] }, ip: '203.0.113.77' });
    await deactivateAccount(doctor.id, { actorId: doctor.id, ip: '203.0.113.78' });

    const erased = await db.transaction((tx) => eraseAccount(tx, doctor.id));
    expect(erased).toBe(true);

    const rows = await db.select().from(auditLog).where(eq(auditLog.actorId, doctor.id));
    expect(rows.map((r) => r.action).sort()).toEqual(['account.deactivate', 'account.profile']);
    expect(rows.every((r) => r.ip === null)).toBe(true);
    // Only the address went: what was done stays.
    expect(rows.find((r) => r.action === 'account.profile')?.details).toEqual({ fields: ['name'] });
    const [user] = await db.select({ erasedAt: users.erasedAt }).from(users).where(eq(users.id, doctor.id));
    expect(user?.erasedAt).toBeInstanceOf(Date);
  });
});

describe('listAuditLog', () => {
  it('filters by actor email, action prefix, subject type and dates, newest first with the actor’s name', async () => {
    const admin = await insertStaff(db, 'admin', `Filter.Admin.${Date.now()}@staff.test`);
    const editor = await insertStaff(db, 'editor');
    const day = (iso: string) => new Date(iso);
    const a = await insertRow({ actorId: admin.id, action: 'user.role', subjectType: 'user', subjectId: '5', createdAt: day('2026-03-01T10:00:00Z') });
    const b = await insertRow({ actorId: admin.id, action: 'user.registration_verify', subjectType: 'user', subjectId: '6', createdAt: day('2026-03-02T23:59:00Z') });
    const c = await insertRow({ actorId: editor.id, action: 'post.publish', subjectType: 'post', createdAt: day('2026-03-03T08:00:00Z') });
    const d = await insertRow({ actorId: admin.id, action: 'userx.other', subjectType: 'thing', createdAt: day('2026-03-04T08:00:00Z') });

    const list = async (input: Record<string, string>) => (await listAuditLog(AuditQuery.parse(input))).items.map((row) => row.id);

    const byAdmin = await listAuditLog(AuditQuery.parse({ actor: 'filter.admin' }));
    expect(byAdmin.items.map((row) => row.id)).toEqual([d.id, b.id, a.id]);
    expect(byAdmin.items[0]).toMatchObject({ actorName: 'Admin Tester', actorEmail: admin.email });

    expect(await list({ actor: 'filter.admin', action: 'user.' })).toEqual([b.id, a.id]);
    expect(await list({ action: 'user.role' })).toContain(a.id);
    expect(await list({ subject: 'post', from: '2026-03-01', to: '2026-03-31' })).toEqual([c.id]);
    // `to` takes the whole day (UTC); `from` starts at its midnight.
    expect(await list({ from: '2026-03-02', to: '2026-03-02' })).toEqual([b.id]);
    expect(await list({ from: '2026-03-03', to: '2026-03-03' })).toEqual([c.id]);
    // A malformed filter is ignored, not a query: a LIKE wildcard does not widen the prefix.
    expect(AuditQuery.parse({ action: "user.%'", from: 'yesterday' })).toMatchObject({ action: undefined, from: undefined });
    expect(await list({ action: 'user_' })).toEqual([]);
  });

  it('pages newest first in a stable order (rows of the same instant by id)', async () => {
    const at = new Date('2025-01-01T00:00:00Z');
    const ids: number[] = [];
    for (let i = 0; i < 60; i++) ids.push((await insertRow({ action: 'page.test', subjectType: 'pager', createdAt: at })).id);
    const first = await listAuditLog(AuditQuery.parse({ subject: 'pager' }));
    const second = await listAuditLog(AuditQuery.parse({ subject: 'pager', page: '2' }));
    expect(first.totalPages).toBe(2);
    expect([...first.items, ...second.items].map((row) => row.id)).toEqual([...ids].reverse());
  });
});

describe('summariseDetails', () => {
  it('reads a change as old → new, then the other fields, cut short', () => {
    expect(summariseDetails({ from: 'editor', to: 'member', endedSessions: 2 })).toBe('editor → member; ended sessions: 2');
    expect(summariseDetails({ fields: ['title', 'body'], hasReason: true })).toBe('fields: title, body; has reason: yes');
    expect(summariseDetails({})).toBe('');
    expect(summariseDetails({ note: 'x'.repeat(500) }).length).toBeLessThanOrEqual(160);
  });
});
