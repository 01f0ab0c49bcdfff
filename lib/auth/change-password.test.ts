import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, mailOutbox, sessions, users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { changePassword } from './change-password';
import { hashPassword, verifyPassword } from './password';
import { createSession, findViewerBySessionToken } from './sessions';
import { hashToken } from './tokens';

const { db } = testDatabase('migrated', 'change_password');

const OLD = 'a quiet heron crosses 7 rivers';
const NEW = 'amber lantern under copper hills';
let serial = 0;

async function signedInTwice() {
  serial += 1;
  const [user] = await db
    .insert(users)
    .values({ email: `pw${serial}@example.com`, name: 'Anita Sharma', passwordHash: await hashPassword(OLD) })
    .returning({ id: users.id, email: users.email });
  const here = await createSession(db, user!.id, { userAgent: 'Firefox/1 Windows', ip: '192.0.2.1' });
  const elsewhere = await createSession(db, user!.id, { userAgent: 'Chrome/1 Android', ip: '192.0.2.2' });
  return { ...user!, viewer: { id: user!.id, sessionId: hashToken(here) }, here, elsewhere };
}

const storedHash = async (id: number) => (await db.select({ h: users.passwordHash }).from(users).where(eq(users.id, id)))[0]!.h;

describe('changePassword', () => {
  it('refuses a wrong current password and changes nothing', async () => {
    const user = await signedInTwice();
    const before = await storedHash(user.id);
    expect(await changePassword(user.viewer, { currentPassword: 'not my password', newPassword: NEW })).toMatchObject({
      ok: false,
      field: 'currentPassword',
    });
    expect(await storedHash(user.id)).toBe(before);
    expect(await findViewerBySessionToken(user.elsewhere, db)).not.toBeNull();
  });

  it('applies the password policy, with the name and email, and refuses the same password', async () => {
    const user = await signedInTwice();
    for (const weak of ['short', 'password1234', 'anitasharma2026', OLD]) {
      const result = await changePassword(user.viewer, { currentPassword: OLD, newPassword: weak });
      expect(result, weak).toMatchObject({ ok: false, field: 'newPassword' });
    }
    expect(await verifyPassword(await storedHash(user.id), OLD)).toBe(true);
  });

  it('sets the new hash, ends the other sessions but keeps this one, and writes an audit row and a notice', async () => {
    const user = await signedInTwice();
    expect(await changePassword(user.viewer, { currentPassword: OLD, newPassword: NEW }, { ip: '192.0.2.1' })).toEqual({
      ok: true,
      otherSessionsEnded: 1,
    });
    const hash = await storedHash(user.id);
    expect(await verifyPassword(hash, NEW)).toBe(true);
    expect(await verifyPassword(hash, OLD)).toBe(false);
    expect(await findViewerBySessionToken(user.here, db)).toMatchObject({ id: user.id });
    expect(await findViewerBySessionToken(user.elsewhere, db)).toBeNull();
    expect(await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, user.id))).toEqual([{ id: user.viewer.sessionId }]);
    const [row] = await db.select().from(auditLog).where(eq(auditLog.action, 'account.password_change'));
    expect(row).toMatchObject({ actorId: user.id, subjectId: String(user.id), ip: '192.0.2.1', details: { otherSessionsEnded: 1 } });
    const mails = await db.select().from(mailOutbox).where(eq(mailOutbox.to, user.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Your password was changed · Hidoc Dr.');
    expect(mails[0]!.text).not.toContain(NEW);
    expect(mails[0]!.html).not.toContain(NEW);
  });
});
