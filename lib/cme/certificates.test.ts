import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { getOwnedCertificate, verifyCertificate, VERIFY_RATE } from './certificates';
import { insertActivity, insertCertificate, insertDoctor } from './test-helpers';

const { db } = testDatabase('migrated', 'cme_certificates');

const reader = (id: number) => ({ id, status: 'active' as const, isEmailVerified: true });

describe('getOwnedCertificate', () => {
  it('gives the owner the certificate with the name, registration and council the account has now', async () => {
    const doctor = await insertDoctor(db, { email: 'owner@example.org', name: 'Анна Петрова', registrationNumber: 'KMC-77', registrationCouncil: 'Karnataka Medical Council' });
    const activity = await insertActivity(db, { title: 'Lorlatinib first line', credits: '2.00', accreditationStatement: 'Two credits.' });
    const certificate = await insertCertificate(db, doctor.id, activity);
    await db.update(users).set({ name: 'Анна Петрова-Смирнова' }).where(eq(users.id, doctor.id));

    const owned = await getOwnedCertificate(reader(doctor.id), certificate.code.toLowerCase().replace(/-/g, ' '));
    expect(owned).toEqual({
      state: 'ready',
      view: {
        code: certificate.code,
        holderName: 'Анна Петрова-Смирнова',
        registrationNumber: 'KMC-77',
        registrationCouncil: 'Karnataka Medical Council',
        activityTitle: 'Lorlatinib first line',
        activitySlug: activity.slug,
        credits: '2.00',
        accreditationStatement: 'Two credits.',
        issuedAt: certificate.issuedAt,
        verifyUrl: expect.stringMatching(new RegExp(`^https?://[^/]+/cme/verify/${certificate.code}$`)),
      },
    });
  });

  it('sends the owner to the evaluation first', async () => {
    const doctor = await insertDoctor(db, { email: 'not-evaluated@example.org' });
    const activity = await insertActivity(db);
    const certificate = await insertCertificate(db, doctor.id, activity, { evaluated: false });
    expect(await getOwnedCertificate(reader(doctor.id), certificate.code)).toEqual({ state: 'needs_evaluation', activitySlug: activity.slug });
  });

  it('is null for anyone else, anonymous, a deactivated reader, an unknown or malformed code', async () => {
    const doctor = await insertDoctor(db, { email: 'mine@example.org' });
    const stranger = await insertDoctor(db, { email: 'stranger@example.org' });
    const activity = await insertActivity(db);
    const certificate = await insertCertificate(db, doctor.id, activity);
    expect(await getOwnedCertificate(reader(stranger.id), certificate.code)).toBeNull();
    expect(await getOwnedCertificate(null, certificate.code)).toBeNull();
    expect(await getOwnedCertificate({ ...reader(doctor.id), status: 'deactivated' }, certificate.code)).toBeNull();
    expect(await getOwnedCertificate(reader(doctor.id), 'HDC-0000-0000-0000-0000')).toBeNull();
    expect(await getOwnedCertificate(reader(doctor.id), 'not a code')).toBeNull();
  });
});

describe('verifyCertificate', () => {
  it('tells whose, what, how many credits and when, and nothing else', async () => {
    const doctor = await insertDoctor(db, { email: 'verify-me@example.org', name: 'Dr. Zoë Ñúñez', registrationNumber: 'SECRET-REG-1' });
    const activity = await insertActivity(db, { title: 'Thromboprophylaxis', credits: '1.50' });
    const certificate = await insertCertificate(db, doctor.id, activity);
    const result = await verifyCertificate(certificate.code.toLowerCase(), '203.0.113.10');
    expect(result).toEqual({ state: 'valid', holderName: 'Dr. Zoë Ñúñez', isAccountDeleted: false, activityTitle: 'Thromboprophylaxis', credits: '1.50', issuedAt: certificate.issuedAt });
    expect(JSON.stringify(result)).not.toMatch(/verify-me@|SECRET-REG|"id"|userId/);
  });

  it('says "account deleted" with no name for a deleted or erased account', async () => {
    const activity = await insertActivity(db);
    for (const values of [{ status: 'deleted' as const }, { erasedAt: new Date() }]) {
      const doctor = await insertDoctor(db, { email: `gone-${Object.keys(values)[0]}@example.org`, name: 'Former Doctor' });
      const certificate = await insertCertificate(db, doctor.id, activity);
      await db.update(users).set(values).where(eq(users.id, doctor.id));
      const result = await verifyCertificate(certificate.code, '203.0.113.11');
      expect(result).toMatchObject({ state: 'valid', holderName: null, isAccountDeleted: true });
      expect(JSON.stringify(result)).not.toContain('Former Doctor');
    }
  });

  it('answers unknown for a code nobody holds and for one that cannot be a code', async () => {
    expect(await verifyCertificate('HDC-ZZZZ-ZZZZ-ZZZZ-ZZZZ', '203.0.113.12')).toEqual({ state: 'unknown' });
    expect(await verifyCertificate('<script>', '203.0.113.12')).toEqual({ state: 'unknown' });
  });

  it('refuses the 21st check from one address in ten minutes, with when to try again, and still serves another address', async () => {
    const doctor = await insertDoctor(db, { email: 'rate@example.org' });
    const certificate = await insertCertificate(db, doctor.id, await insertActivity(db));
    for (let i = 0; i < VERIFY_RATE.limit; i++) {
      expect((await verifyCertificate(i % 2 ? certificate.code : 'HDC-ZZZZ-ZZZZ-ZZZZ-ZZZZ', '198.51.100.20')).state).not.toBe('rate_limited');
    }
    const refused = await verifyCertificate(certificate.code, '198.51.100.20');
    expect(refused.state).toBe('rate_limited');
    if (refused.state !== 'rate_limited') return;
    expect(refused.retryAt.getTime()).toBeGreaterThan(Date.now());
    expect(refused.retryAt.getTime()).toBeLessThanOrEqual(Date.now() + 10 * 60 * 1000 + 5000);
    expect((await verifyCertificate(certificate.code, '198.51.100.21')).state).toBe('valid');
  });
});
