import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { createSession, endAllSessions, findViewerBySessionToken, listSessions, sessionHandle } from './sessions';
import { endDeviceSession, endOtherDeviceSessions, endSessionByToken } from './sign-out';

/* Ending sessions: a session ended any way is refused on its next request. */

const { db } = testDatabase('migrated', 'auth_sign_out');

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0';
const SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';

async function insertUser(email: string) {
  const [row] = await db.insert(users).values({ email, name: `Dr ${email}`, passwordHash: 'x' }).returning({ id: users.id });
  return row!.id;
}

async function viewerOf(token: string) {
  const viewer = await findViewerBySessionToken(token);
  if (!viewer) throw new Error('the session should be open');
  return viewer;
}

describe('ending sessions', () => {
  it('signing out ends that session only, and records it', async () => {
    const id = await insertUser('out@example.org');
    const laptop = await createSession(db, id, { userAgent: FIREFOX, ip: '192.0.2.1' });
    const phone = await createSession(db, id, { userAgent: SAFARI, ip: '192.0.2.2' });
    expect(await endSessionByToken(laptop, '192.0.2.1')).toBe(true);
    expect(await findViewerBySessionToken(laptop)).toBeNull();
    expect(await findViewerBySessionToken(phone)).not.toBeNull();
    expect(await endSessionByToken(laptop)).toBe(false);
    const actions = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.actorId, id));
    expect(actions).toEqual([{ action: 'auth.sign-out' }]);
  });

  it('lists a user\'s devices, newest use first, with what the list shows and no token', async () => {
    const id = await insertUser('list@example.org');
    await createSession(db, id, { userAgent: FIREFOX, ip: '192.0.2.3' });
    const phone = await createSession(db, id, { userAgent: SAFARI, ip: '2001:db8::7' });
    const phoneId = (await viewerOf(phone)).sessionId;
    await db.execute(`update sessions set last_seen_at = now() + interval '1 minute' where id = '${phoneId}'`);
    const list = await listSessions(id);
    expect(list.map(({ userAgent, ip }) => ({ userAgent, ip }))).toEqual([
      { userAgent: 'Safari on iOS', ip: '2001:db8::7' },
      { userAgent: 'Firefox on Windows', ip: '192.0.2.3' },
    ]);
    expect(JSON.stringify(list)).not.toContain(phone);
    for (const row of list) expect(row.createdAt).toBeInstanceOf(Date);
  });

  it('"sign out of this device" ends one of the viewer\'s sessions, never another user\'s', async () => {
    const ada = await insertUser('ada@example.org');
    const babbage = await insertUser('babbage@example.org');
    const adaLaptop = await viewerOf(await createSession(db, ada, { userAgent: FIREFOX, ip: null }));
    const adaPhoneToken = await createSession(db, ada, { userAgent: SAFARI, ip: null });
    const babbageToken = await createSession(db, babbage, { userAgent: FIREFOX, ip: null });
    const babbageSession = (await viewerOf(babbageToken)).sessionId;

    expect(await endDeviceSession(adaLaptop, sessionHandle(babbageSession))).toBe(false);
    // The id itself is not a handle: pages never hold it.
    expect(await endDeviceSession(adaLaptop, adaLaptop.sessionId)).toBe(false);
    expect(await findViewerBySessionToken(babbageToken)).not.toBeNull();

    expect(await endDeviceSession(adaLaptop, sessionHandle((await viewerOf(adaPhoneToken)).sessionId))).toBe(true);
    expect(await findViewerBySessionToken(adaPhoneToken)).toBeNull();
    expect((await listSessions(ada)).map((s) => s.id)).toEqual([adaLaptop.sessionId]);
  });

  it('"sign out of all other devices" keeps only the current one, and touches no other user', async () => {
    const id = await insertUser('others@example.org');
    const otherUser = await insertUser('bystander@example.org');
    const current = await viewerOf(await createSession(db, id, { userAgent: FIREFOX, ip: null }));
    const others = [await createSession(db, id, { userAgent: SAFARI, ip: null }), await createSession(db, id, { userAgent: SAFARI, ip: null })];
    const bystander = await createSession(db, otherUser, { userAgent: SAFARI, ip: null });
    expect(await endOtherDeviceSessions(current)).toBe(2);
    for (const token of others) expect(await findViewerBySessionToken(token)).toBeNull();
    expect(await findViewerBySessionToken(bystander)).not.toBeNull();
    expect((await listSessions(id)).map((s) => s.id)).toEqual([current.sessionId]);
  });

  it('ending every session (password reset, deactivation) refuses all of them at once', async () => {
    const id = await insertUser('all@example.org');
    const tokens = [await createSession(db, id, { userAgent: FIREFOX, ip: null }), await createSession(db, id, { userAgent: SAFARI, ip: null })];
    expect(await endAllSessions(db, id)).toBe(2);
    for (const token of tokens) expect(await findViewerBySessionToken(token)).toBeNull();
  });

  it('refuses a session whose user is no longer active', async () => {
    const id = await insertUser('paused@example.org');
    const token = await createSession(db, id, { userAgent: FIREFOX, ip: null });
    await db.update(users).set({ status: 'deactivated' }).where(eq(users.id, id));
    expect(await findViewerBySessionToken(token)).toBeNull();
  });
});
