import 'server-only';
import { eq } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import { db } from '@/lib/db/client';
import { sessions } from '@/lib/db/schema';
import { endOtherSessions, endSession, listSessions, sessionHandle, type Viewer } from './sessions';
import { hashToken } from './tokens';

/** Signing out: the session row goes, so a copy of the cookie opens nothing any more. */
export async function endSessionByToken(token: string, ip: string | null = null): Promise<boolean> {
  if (token.length < 20 || token.length > 100) return false;
  return db.transaction(async (tx) => {
    const [ended] = await tx.delete(sessions).where(eq(sessions.id, hashToken(token))).returning({ userId: sessions.userId });
    if (!ended) return false;
    await audit(tx, { actorId: ended.userId, action: 'auth.sign-out', subjectType: 'user', subjectId: ended.userId, ip });
    return true;
  });
}

/**
 * "Sign out of this device" in the session list, given the row's handle (sessionHandle): only
 * ever one of the viewer's own sessions, found among theirs.
 */
export async function endDeviceSession(viewer: Viewer, handle: string, ip: string | null = null): Promise<boolean> {
  return db.transaction(async (tx) => {
    const sessionId = (await listSessions(viewer.id, tx)).find((s) => sessionHandle(s.id) === handle)?.id;
    if (!sessionId) return false;
    const ended = await endSession(tx, viewer.id, sessionId);
    if (ended) {
      await audit(tx, { actorId: viewer.id, action: 'auth.end-session', subjectType: 'user', subjectId: viewer.id, ip, details: { self: sessionId === viewer.sessionId } });
    }
    return ended;
  });
}

/** "Sign out of all other devices": every session of the viewer but the one making the request. */
export async function endOtherDeviceSessions(viewer: Viewer, ip: string | null = null): Promise<number> {
  return db.transaction(async (tx) => {
    const count = await endOtherSessions(tx, viewer.id, viewer.sessionId);
    await audit(tx, { actorId: viewer.id, action: 'auth.end-other-sessions', subjectType: 'user', subjectId: viewer.id, ip, details: { count } });
    return count;
  });
}
