import { eq, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLog, sessions, users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { hashPassword } from './password';
import { findViewerBySessionToken } from './sessions';
import { SIGN_IN_FAILURES_PER_ACCOUNT, SIGN_IN_FAILURES_PER_ADDRESS, signInWithPassword } from './sign-in';

// The real argon2id check, watched: an unknown email must be checked against a hash too.
vi.mock('./password', async (importOriginal) => {
  const original = await importOriginal<typeof import('./password')>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});
const { verifyPassword } = await import('./password');

/* Sign-in rules on a database of their own. */

const { db } = testDatabase('migrated', 'auth_sign_in');

const PASSWORD = 'Correct-Horse-Battery-9';
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
let passwordHash: string;
let addressCounter = 0;
/** A fresh address per test, so the per-address counter of one test does not reach another. */
const freshDevice = () => ({ userAgent: CHROME, ip: `198.51.100.${++addressCounter}` });

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

async function insertUser(email: string, values: Partial<typeof users.$inferInsert> = {}) {
  const [row] = await db
    .insert(users)
    .values({ email, name: 'Dr Test', passwordHash, emailVerifiedAt: new Date(), ...values })
    .returning({ id: users.id });
  return row!.id;
}

beforeEach(() => {
  vi.mocked(verifyPassword).mockClear();
});

describe('signInWithPassword', () => {
  it('opens a session for the right email and password, in any letter case, and records it', async () => {
    const id = await insertUser('right@example.org');
    const device = freshDevice();
    const result = await signInWithPassword({ email: '  Right@Example.ORG ', password: PASSWORD }, device);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.userId).toBe(id);
    const viewer = await findViewerBySessionToken(result.sessionToken);
    expect(viewer).toMatchObject({ id, email: 'right@example.org' });
    const [session] = await db.select().from(sessions).where(eq(sessions.userId, id));
    expect(session).toMatchObject({ userAgent: 'Chrome on Linux', ip: device.ip });
    // The row holds the token's hash, never the token.
    expect(session!.id).not.toBe(result.sessionToken);
    const [user] = await db.select({ lastSignInAt: users.lastSignInAt }).from(users).where(eq(users.id, id));
    expect(user!.lastSignInAt).toBeInstanceOf(Date);
    const rows = await db.select().from(auditLog).where(eq(auditLog.actorId, id));
    expect(rows.map((r) => r.action)).toEqual(['auth.sign-in']);
  });

  it('gives the same answer for a wrong password and an unknown email, after the same argon2 check', async () => {
    await insertUser('known@example.org');
    const wrong = await signInWithPassword({ email: 'known@example.org', password: 'Not-The-Password-1' }, freshDevice());
    expect(vi.mocked(verifyPassword)).toHaveBeenCalledTimes(1);
    const unknown = await signInWithPassword({ email: 'nobody@example.org', password: 'Not-The-Password-1' }, freshDevice());
    expect(vi.mocked(verifyPassword)).toHaveBeenCalledTimes(2);
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual(wrong);
    const dummy = vi.mocked(verifyPassword).mock.calls[1]![0];
    expect(dummy).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses the sixth attempt on an account within 15 minutes, even with the right password, until the window ends', async () => {
    await insertUser('limited@example.org');
    expect(SIGN_IN_FAILURES_PER_ACCOUNT).toEqual({ limit: 5, windowSeconds: 900 });
    // From five addresses: the limit is the account's, wherever the guesses come from.
    for (let i = 0; i < 5; i++) {
      expect(await signInWithPassword({ email: 'limited@example.org', password: `Wrong-Guess-${i}` }, freshDevice())).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await signInWithPassword({ email: 'limited@example.org', password: PASSWORD }, freshDevice())).toEqual({ ok: false, reason: 'rate-limited' });
    expect(await signInWithPassword({ email: 'LIMITED@example.org', password: PASSWORD }, freshDevice())).toEqual({ ok: false, reason: 'rate-limited' });
    // Once the window has closed, the right password works again.
    await db.execute(sql`update rate_limit_buckets set reset_at = now() - interval '1 second' where key = 'sign-in:account:limited@example.org'`);
    expect((await signInWithPassword({ email: 'limited@example.org', password: PASSWORD }, freshDevice())).ok).toBe(true);
  });

  it('judges at most five of many guesses sent at once, so a burst cannot outrun the limit', async () => {
    await insertUser('burst@example.org');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signInWithPassword({ email: 'burst@example.org', password: `Burst-Guess-${i}` }, freshDevice())),
    );
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === 'rate-limited')).toHaveLength(15);
  });

  it('does not count a right password as a failure', async () => {
    await insertUser('steady@example.org');
    for (let i = 0; i < 8; i++) expect((await signInWithPassword({ email: 'steady@example.org', password: PASSWORD }, freshDevice())).ok).toBe(true);
  });

  it('limits an unknown email exactly as a known one, so the limit tells nothing either', async () => {
    for (let i = 0; i < 5; i++) await signInWithPassword({ email: 'ghost@example.org', password: `Wrong-Guess-${i}` }, freshDevice());
    expect(await signInWithPassword({ email: 'ghost@example.org', password: 'Another-Guess' }, freshDevice())).toEqual({ ok: false, reason: 'rate-limited' });
  });

  it('refuses an address that failed on many accounts, for every account, the right password too', async () => {
    await insertUser('victim@example.org');
    const device = freshDevice();
    const { limit } = SIGN_IN_FAILURES_PER_ADDRESS;
    for (let i = 0; i < limit; i++) {
      expect(await signInWithPassword({ email: `spray-${i}@example.org`, password: 'Spring-2026!' }, device)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await signInWithPassword({ email: 'victim@example.org', password: PASSWORD }, device)).toEqual({ ok: false, reason: 'rate-limited' });
    // Another address is not affected.
    expect((await signInWithPassword({ email: 'victim@example.org', password: PASSWORD }, freshDevice())).ok).toBe(true);
  });

  it('asks for a code when two-factor is on, and refuses a wrong one, counting it as a failure', async () => {
    const id = await insertUser('twofactor@example.org', { totpSecret: 'JBSWY3DPEHPK3PXP', totpEnabledAt: new Date() });
    expect(await signInWithPassword({ email: 'twofactor@example.org', password: PASSWORD }, freshDevice())).toEqual({ ok: false, reason: 'code-required' });
    expect(await signInWithPassword({ email: 'twofactor@example.org', password: PASSWORD, code: '' }, freshDevice())).toEqual({ ok: false, reason: 'code-required' });
    for (let i = 0; i < 5; i++) {
      expect(await signInWithPassword({ email: 'twofactor@example.org', password: PASSWORD, code: `00000${i}` }, freshDevice())).toEqual({ ok: false, reason: 'code-invalid' });
    }
    expect(await signInWithPassword({ email: 'twofactor@example.org', password: PASSWORD, code: '123456' }, freshDevice())).toEqual({ ok: false, reason: 'rate-limited' });
    // A wrong password still gets the generic answer, never "code required".
    await db.execute(sql`delete from rate_limit_buckets where key = 'sign-in:account:twofactor@example.org'`);
    expect(await signInWithPassword({ email: 'twofactor@example.org', password: 'Not-The-Password-1' }, freshDevice())).toEqual({ ok: false, reason: 'invalid' });
    expect(await db.select().from(sessions).where(eq(sessions.userId, id))).toEqual([]);
  });

  it('sends a deactivated account within its grace period to reactivation, but only with the right password', async () => {
    const id = await insertUser('resting@example.org', {
      status: 'deactivated',
      deactivatedAt: new Date(),
      deleteAfter: new Date(Date.now() + 29 * 86_400_000),
    });
    expect(await signInWithPassword({ email: 'resting@example.org', password: PASSWORD }, freshDevice())).toEqual({ ok: false, reason: 'deactivated' });
    expect(await signInWithPassword({ email: 'resting@example.org', password: 'Not-The-Password-1' }, freshDevice())).toEqual({ ok: false, reason: 'invalid' });
    expect(await db.select().from(sessions).where(eq(sessions.userId, id))).toEqual([]);
  });

  it('treats a deactivated account past its grace period, a deleted and an erased one as unknown', async () => {
    await insertUser('lapsed@example.org', { status: 'deactivated', deactivatedAt: new Date(Date.now() - 31 * 86_400_000), deleteAfter: new Date(Date.now() - 86_400_000) });
    await insertUser('deleted@example.org', { status: 'deleted' });
    await insertUser('erased@example.org', { status: 'deleted', erasedAt: new Date() });
    for (const email of ['lapsed@example.org', 'deleted@example.org', 'erased@example.org']) {
      expect(await signInWithPassword({ email, password: PASSWORD }, freshDevice()), email).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('answers hostile input with the generic failure, never an exception', async () => {
    const device = freshDevice();
    const hostile: Array<Record<string, unknown>> = [
      { email: 'nul\u0000@example.org', password: PASSWORD },
      { email: `${'a'.repeat(10_000)}@example.org`, password: PASSWORD },
      { email: 'right@example.org', password: 'x'.repeat(10_000) },
      { email: ['right@example.org'], password: PASSWORD },
      { email: 'right@example.org', password: { toString: () => PASSWORD } },
      { email: 'right@example.org', password: PASSWORD, code: '1'.repeat(10_000) },
      { email: undefined, password: undefined },
      { email: 'not-an-email', password: PASSWORD },
    ];
    for (const attempt of hostile) {
      expect(await signInWithPassword(attempt as { email: unknown; password: unknown }, device)).toEqual({ ok: false, reason: 'invalid' });
    }
  });
});
