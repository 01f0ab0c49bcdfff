import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession, findViewerBySessionToken } from '@/lib/auth/sessions';
import { issueToken } from '@/lib/auth/tokens';
import {
  bookmarks,
  cmeActivities,
  cmeAttempts,
  cmeCertificates,
  legalAcceptances,
  legalDocuments,
  posts,
  recoveryCodes,
  sessions,
  users,
} from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { eq } from 'drizzle-orm';
import { GET } from './route';

/*
 * The data download on a database of its own. Reading the session cookie is the sign-in
 * change's part: here the test sets the request's session token, and the viewer is looked up
 * from the real sessions table as every request does.
 */
const signedIn = vi.hoisted(() => ({ token: null as string | null }));
vi.mock('@/lib/auth/session', () => ({
  getViewer: async () => (signedIn.token ? findViewerBySessionToken(signedIn.token) : null),
}));

const { db } = testDatabase('migrated', 'account_export');

const PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2VjcmV0c2FsdA$c2VjcmV0aGFzaHNlY3JldGhhc2g';
const TOTP_SECRET = 'JBSWY3DPEHPK3PXPSECRET';
const RECOVERY_HASH = 'recovery-code-hash-0123456789';
let token = '';
let linkToken = '';
let sessionId = '';

beforeAll(async () => {
  const [user, other] = await db
    .insert(users)
    .values([
      { email: 'ada@example.org', name: 'Ada Lovelace', passwordHash: PASSWORD_HASH, profession: 'doctor', registrationNumber: 'MMC-123', country: 'IN', totpSecret: TOTP_SECRET, totpEnabledAt: new Date() },
      { email: 'someone.else@example.org', name: 'Someone Else', passwordHash: 'x' },
    ])
    .returning({ id: users.id });
  token = await createSession(db, user!.id, { userAgent: 'Mozilla/5.0 (Windows NT 10.0) Chrome/131.0', ip: '203.0.113.7' });
  await createSession(db, other!.id, { userAgent: null, ip: '198.51.100.99' });
  [{ id: sessionId }] = (await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, user!.id))) as [{ id: string }];
  linkToken = await issueToken(db, user!.id, 'reset_password');
  await db.insert(recoveryCodes).values({ userId: user!.id, codeHash: RECOVERY_HASH });
  const [document] = await db
    .insert(legalDocuments)
    .values({ kind: 'privacy', entity: 'llp', version: 3, title: 'Privacy Policy', body: 'b', effectiveDate: '2026-01-01' })
    .returning({ id: legalDocuments.id });
  await db.insert(legalAcceptances).values({ userId: user!.id, documentId: document!.id });
  const [post] = await db
    .insert(posts)
    .values({ kind: 'news', slug: 'saved-news', title: 'Saved news', summary: 's', body: 'b', status: 'published', publishedAt: new Date(Date.now() - 60_000) })
    .returning({ id: posts.id });
  await db.insert(bookmarks).values([{ userId: user!.id, postId: post!.id }, { userId: other!.id, postId: post!.id }]);
  const [activity] = await db
    .insert(cmeActivities)
    .values({ slug: 'cme-one', title: 'CME one', summary: 's', body: 'b', credits: '1.50', accreditationStatement: 'a', releaseDate: '2026-01-01', expiryDate: '2027-01-01', status: 'published' })
    .returning({ id: cmeActivities.id });
  const [attempt] = await db
    .insert(cmeAttempts)
    .values({ userId: user!.id, activityId: activity!.id, answers: { 1: 2 }, scorePercent: 80, isPassed: true })
    .returning({ id: cmeAttempts.id });
  await db.insert(cmeCertificates).values({ userId: user!.id, activityId: activity!.id, attemptId: attempt!.id, code: 'HDC-7KQ2-M9XD-4TNA-0001', credits: '1.50' });
});

describe('GET /account/data/export', () => {
  it('answers 401 to an anonymous request', async () => {
    signedIn.token = null;
    const response = await GET();
    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  it('downloads the profile, acceptances, sessions, bookmarks, CME attempts and certificates', async () => {
    signedIn.token = token;
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="your-data-\d{4}-\d{2}-\d{2}\.json"$/);
    const data = await response.json();
    expect(data.profile).toMatchObject({ email: 'ada@example.org', name: 'Ada Lovelace', profession: 'doctor', registrationNumber: 'MMC-123', country: 'IN' });
    expect(data.profile.twoFactor.enabledAt).toBeTruthy();
    expect(data.legalAcceptances).toEqual([expect.objectContaining({ document: 'privacy', entity: 'llp', version: 3, acceptedAt: expect.any(String) })]);
    expect(data.sessions).toEqual([expect.objectContaining({ device: 'Chrome on Windows', address: '203.0.113.7', createdAt: expect.any(String) })]);
    expect(data.bookmarks).toEqual([expect.objectContaining({ kind: 'news', title: 'Saved news', path: '/news/saved-news' })]);
    expect(data.cmeAttempts).toEqual([expect.objectContaining({ activity: 'CME one', scorePercent: 80, isPassed: true })]);
    expect(data.cmeCertificates).toEqual([expect.objectContaining({ verificationCode: 'HDC-7KQ2-M9XD-4TNA-0001', credits: '1.50' })]);
  });

  it('holds no secret and nothing of another user', async () => {
    signedIn.token = token;
    const text = await (await GET()).text();
    for (const secret of [PASSWORD_HASH, '$argon2', TOTP_SECRET, RECOVERY_HASH, token, linkToken, sessionId, 'someone.else', '198.51.100.99']) {
      expect(text, secret).not.toContain(secret);
    }
    expect(text).not.toMatch(/hash|secret|token/i);
  });
});
