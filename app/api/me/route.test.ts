import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/auth/session';
import { createSession, findViewerBySessionToken } from '@/lib/auth/sessions';
import { users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';

/* GET /api/me for a real session of a real user: the name, and nothing secret. */

let viewer: Viewer | null = null;
vi.mock('@/lib/auth/session', () => ({ getViewer: async () => viewer }));
const { GET } = await import('./route');

const { db } = testDatabase('migrated', 'api_me');
const PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA';
let token: string;

beforeAll(async () => {
  const [user] = await db
    .insert(users)
    .values({ email: 'me@example.org', name: 'Dr Anita Rao', passwordHash: PASSWORD_HASH, totpSecret: 'JBSWY3DPEHPK3PXP' })
    .returning({ id: users.id });
  token = await createSession(db, user!.id, { userAgent: 'Firefox/130.0', ip: '192.0.2.9' });
});

describe('GET /api/me', () => {
  it('answers the signed-in user\'s name, privately, with no hash, token, secret or email', async () => {
    viewer = await findViewerBySessionToken(token);
    const response = await GET();
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ name: 'Dr Anita Rao' });
    for (const secret of [PASSWORD_HASH, token, viewer!.sessionId, 'JBSWY3DPEHPK3PXP', 'me@example.org', 'argon2']) expect(body).not.toContain(secret);
  });

  it('answers null to a reader who is not signed in, or whose session has ended', async () => {
    viewer = null;
    expect(await (await GET()).json()).toBeNull();
    await db.update(users).set({ status: 'deactivated' }).where(eq(users.email, 'me@example.org'));
    viewer = await findViewerBySessionToken(token);
    expect(await (await GET()).json()).toBeNull();
  });
});
